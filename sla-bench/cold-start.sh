#!/usr/bin/env bash
# Cold start: from the JVM's start to the first penalty decision, timed as a whole process (start to
# exit) over several runs, the engine's start and the hand-written baseline's start alternating, so that
# the machine's load shows in both; prints each run and, per variant, the median, min and max.
#
#   sla-bench/cold-start.sh [runs] [--cds]
#
# --cds first records an application class-data-sharing archive per variant (target/first-decision.jsa,
# target/first-baseline.jsa) in a training run, then starts every timed run from it. Needs the module
# built: run-benchmarks.sh builds it, or `mvn -B -o -pl sla-bench -am package -DskipTests`.
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
  echo "build first: mvn -B -o -pl sla-bench -am package -DskipTests" >&2
  exit 2
fi
# a jar, not target/classes: class-data sharing archives only jars
cp="$(ls target/sla-bench-*.jar | grep -v sources | head -1):$(cat target/classpath.txt)"
engine_opts=()
baseline_opts=()
if $cds; then
  rm -f target/first-decision.jsa target/first-baseline.jsa
  java -XX:ArchiveClassesAtExit=target/first-decision.jsa -cp "$cp" io.slarules.bench.FirstDecision >/dev/null 2>&1
  java -XX:ArchiveClassesAtExit=target/first-baseline.jsa -cp "$cp" io.slarules.bench.FirstDecision --baseline \
      >/dev/null 2>&1
  engine_opts=(-XX:SharedArchiveFile=target/first-decision.jsa)
  baseline_opts=(-XX:SharedArchiveFile=target/first-baseline.jsa)
fi
java -version 2>&1 | head -1
median() {
  local sorted n
  sorted=($(printf '%s\n' "$@" | sort -n))
  n=${#sorted[@]}
  if (( n % 2 == 1 )); then
    echo "median ${sorted[$((n / 2))]} ms, min ${sorted[0]} ms, max ${sorted[$((n - 1))]} ms"
  else
    echo "median $(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )) ms, min ${sorted[0]} ms, max ${sorted[$((n - 1))]} ms"
  fi
}
engine_times=()
baseline_times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  out=$(java "${engine_opts[@]}" -cp "$cp" io.slarules.bench.FirstDecision)
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  engine_times+=("$ms")
  engine_first=$(echo "$out" | head -1)
  echo "run $i: engine process ${ms} ms; $(echo "$out" | tail -1)"
  start=$(date +%s%N)
  out=$(java "${baseline_opts[@]}" -cp "$cp" io.slarules.bench.FirstDecision --baseline)
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  baseline_times+=("$ms")
  baseline_first=$(echo "$out" | head -1)
  echo "run $i: baseline process ${ms} ms; $(echo "$out" | tail -1)"
done
echo "$engine_first"
echo "$baseline_first"
echo "cold start$($cds && echo ' (AppCDS)'), JVM start to exit after the first decision, ${runs} runs each, interleaved:"
echo "  engine:   $(median "${engine_times[@]}")"
echo "  baseline: $(median "${baseline_times[@]}")"
