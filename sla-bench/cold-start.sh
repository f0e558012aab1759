#!/usr/bin/env bash
# Cold start: from the JVM's start to the first penalty decision, timed as a whole process (start to
# exit) over several runs; prints each run and the median, min and max.
#
#   sla-bench/cold-start.sh [runs] [--cds]
#
# --cds first records an application class-data-sharing archive (target/first-decision.jsa) in a
# training run, then starts every timed run from it. Needs the module built: run-benchmarks.sh
# builds it, or `mvn -B -pl sla-bench -am package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")"
runs=10
cds=false
for arg in "$@"; do
  case "$arg" in
    --cds) cds=true ;;
    *) runs="$arg" ;;
  esac
done
if [[ ! -f target/classpath.txt ]]; then
  echo "build first: mvn -B -pl sla-bench -am package -DskipTests" >&2
  exit 2
fi
# a jar, not target/classes: class-data sharing archives only jars
cp="$(ls target/sla-bench-*.jar | head -1):$(cat target/classpath.txt)"
opts=()
if $cds; then
  rm -f target/first-decision.jsa
  java -XX:ArchiveClassesAtExit=target/first-decision.jsa -cp "$cp" io.slarules.bench.FirstDecision >/dev/null 2>&1
  opts=(-XX:SharedArchiveFile=target/first-decision.jsa)
fi
java -version 2>&1 | head -1
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  out=$(java "${opts[@]}" -cp "$cp" io.slarules.bench.FirstDecision)
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: process ${ms} ms; $(echo "$out" | tail -1)"
done
echo "$out" | head -1
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 == 1 )); then
  median=${sorted[$((n / 2))]}
else
  median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
fi
echo "cold start$($cds && echo ' (AppCDS)'), JVM start to exit after the first decision, ${n} runs: median ${median} ms, min ${sorted[0]} ms, max ${sorted[$((n - 1))]} ms"
