#!/usr/bin/env bash
# The end-to-end wall time of the archadvisor command, whole process, median of N runs (default 10), beside the
# JVM's own start-up. The advice date is pinned and the advice timeout raised, so that a loaded machine measures
# slow runs instead of failing them. Build first: mvn -q -B package -DskipTests. Usage: benchmarks/cli-wall-time.sh [N] [SAMPLE]
# Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
sample=${2:-samples/src/main/resources/examples/order-platform.yaml}
jar=cli/target/archadvisor.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "cli-wall-time: $jar is missing; build it with: mvn -q -B package -DskipTests" >&2; exit 2; }

# one timed run of a command, in milliseconds; its exit status must be one the command can legitimately give (0 or 1)
time_ms() {
  local start end status
  start=$(date +%s%N)
  set +e
  "$@" >/dev/null 2>&1
  status=$?
  set -e
  end=$(date +%s%N)
  if [ "$status" -gt 1 ]; then
    echo "cli-wall-time: \`$*\` exited $status" >&2
    exit 1
  fi
  echo $(( (end - start) / 1000000 ))
}

# median, min and max of N runs after one warm-up run (which fills the file cache and, on JDK 19+, the CDS archive)
measure() {
  local label=$1
  shift
  time_ms "$@" >/dev/null
  local times=()
  for _ in $(seq "$runs"); do
    times+=("$(time_ms "$@")")
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local median
  median=$(printf '%s\n' "$sorted" | awk -v n="$runs" '{a[NR]=$1} END {if (n % 2) print a[(n+1)/2]; else print int((a[n/2]+a[n/2+1])/2)}')
  printf '| %s | %s | %s | %s |\n' "$label" "$median" "$(printf '%s\n' "$sorted" | head -1)" \
    "$(printf '%s\n' "$sorted" | tail -1)"
}

echo "Machine: $(nproc) CPUs, $("$java" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Input: $sample; $runs runs each after one warm-up; milliseconds"
echo
echo "| Command | Median | Min | Max |"
echo "|---|---:|---:|---:|"
measure '`java -version`' "$java" -version
measure '`java -cp archadvisor.jar` trivial main (`Version`)' "$java" -cp "$jar" io.archadvisor.cli.Version
measure '`java -XX:TieredStopAtLevel=1 -cp archadvisor.jar` trivial main' "$java" -XX:TieredStopAtLevel=1 -cp "$jar" io.archadvisor.cli.Version
measure '`java -jar archadvisor.jar check` (default JVM flags)' "$java" -jar "$jar" check --date=2026-08-22 --timeout=300s "$sample"
measure '`./archadvisor check` (launcher: C1, serial GC, CDS)' ./archadvisor check --date=2026-08-22 --timeout=300s "$sample"
if [ -f cli/target/archadvisor.jsa ]; then
  measure '`./archadvisor check` without the CDS archive' env ARCHADVISOR_JAVA_OPTS=-Xshare:off ./archadvisor check \
    --date=2026-08-22 --timeout=300s "$sample"
fi
