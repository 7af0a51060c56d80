#!/usr/bin/env bash
# The end-to-end wall time and CPU time of the archadvisor command, whole process, median of N runs (default 10),
# beside the JVM's own start-up. The advice date is pinned and the advice timeout raised, so that a loaded machine measures
# slow runs instead of failing them. Build first: mvn -q -B package -DskipTests. Usage: benchmarks/cli-wall-time.sh [N] [SAMPLE]
# Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
sample=${2:-samples/src/main/resources/examples/order-platform.yaml}
jar=cli/target/archadvisor.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "cli-wall-time: $jar is missing; build it with: mvn -q -B package -DskipTests" >&2; exit 2; }

# one timed run of a command: wall time and CPU time (user + system, every thread of the process), in milliseconds;
# its exit status must be one the command can legitimately give (0 or 1)
time_ms() {
  local status report
  set +e
  report=$( { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null 2>&1; } 2>&1 )
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "cli-wall-time: \`$*\` exited $status" >&2
    exit 1
  fi
  echo "$report" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'
}

# the median of numbers, one per line
median() {
  sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'
}

# median, min and max wall time and median CPU time of N runs after one warm-up run (which fills the file cache and,
# on JDK 19+, the CDS archive)
measure() {
  local label=$1
  shift
  time_ms "$@" >/dev/null
  local walls=() cpus=() run
  for _ in $(seq "$runs"); do
    run=$(time_ms "$@")
    walls+=("${run% *}")
    cpus+=("${run#* }")
  done
  local sorted
  sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$(printf '%s\n' "${walls[@]}" | median)" \
    "$(printf '%s\n' "$sorted" | head -1)" "$(printf '%s\n' "$sorted" | tail -1)" \
    "$(printf '%s\n' "${cpus[@]}" | median)"
}

echo "Machine: $(nproc) CPUs, $("$java" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Input: $sample; $runs runs each after one warm-up; milliseconds"
echo
echo "| Command | Median | Min | Max | CPU (median) |"
echo "|---|---:|---:|---:|---:|"
measure '`java -version`' "$java" -version
measure '`java -cp archadvisor.jar` trivial main (`Version`)' "$java" -cp "$jar" io.archadvisor.cli.Version
measure '`java -XX:TieredStopAtLevel=1 -cp archadvisor.jar` trivial main' "$java" -XX:TieredStopAtLevel=1 -cp "$jar" io.archadvisor.cli.Version
measure '`java -jar archadvisor.jar check` (default JVM flags)' "$java" -jar "$jar" check --date=2026-08-22 --timeout=300s "$sample"
measure '`./archadvisor check` (launcher: C1, serial GC, CDS)' ./archadvisor check --date=2026-08-22 --timeout=300s "$sample"
if [ -f cli/target/archadvisor.jsa ]; then
  measure '`./archadvisor check` without the CDS archive' env ARCHADVISOR_JAVA_OPTS=-Xshare:off ./archadvisor check \
    --date=2026-08-22 --timeout=300s "$sample"
fi
