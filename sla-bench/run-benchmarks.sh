#!/usr/bin/env bash
# Runs every benchmark of sla-bench with the settings of the table in README.md and writes the
# results to sla-bench/target/results/. About 20 minutes on 2 cores. The settings (forks, warm-up,
# iterations) are the annotations' on each benchmark class, except where given below.
#
#   sla-bench/run-benchmarks.sh
#
# HEAP_AGREEMENTS (default 1000000) is how many agreements the heap run streams with -Xmx256m.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl sla-bench -am package -DskipTests
cd sla-bench
out=target/results
mkdir -p "$out"
cp="target/classes:$(cat target/classpath.txt)"

jmh() {
  local name=$1
  shift
  java -cp "$cp" org.openjdk.jmh.Main "$@" -rf json -rff "$out/$name.json" | tee "$out/$name.txt"
}

{ echo "cores: $(nproc)"; java -version; } 2>&1 | tee "$out/machine.txt"
jmh throughput ThroughputBenchmark -prof gc
jmh latency LatencyBenchmark
jmh events EventsScalingBenchmark
jmh agreements AgreementsScalingBenchmark -p agreements=10000,100000
jmh agreements-1m AgreementsScalingBenchmark -p agreements=1000000 -wi 0 -i 1
java -Xmx256m -cp "$cp" io.slarules.bench.HeapAfterStreaming "${HEAP_AGREEMENTS:-1000000}" | tee "$out/heap.txt"
./cold-start.sh 10 | tee "$out/cold-start.txt"
./cold-start.sh 10 --cds | tee "$out/cold-start-cds.txt"
