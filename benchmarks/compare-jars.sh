#!/usr/bin/env bash
# Forks of one benchmark from two or more benchmark jars (builds of different commits), taken in
# turns, one fork of each jar per round, so that their figures come from the same minutes of a
# machine whose speed drifts. AlternatingRuns does this for benchmarks of one jar; this compares
# builds.
#
# Usage: benchmarks/compare-jars.sh ROUNDS BENCHMARK_REGEX JAR...
#   A jar of another commit: git worktree add /tmp/before <commit> &&
#   (cd /tmp/before && mvn -B -q package -DskipTests) -> /tmp/before/benchmarks/target/benchmarks.jar
#
# Each fork: 6 warm-up and 15 measured iterations of 200 ms. Prints, per jar, how many measured
# iterations there were and their fastest, 10th percentile, median and mean (ns/op).
set -euo pipefail

if [ "$#" -lt 3 ]; then
  echo "usage: $0 ROUNDS BENCHMARK_REGEX JAR..." >&2
  exit 2
fi
rounds=$1
regex=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for round in $(seq "$rounds"); do
  n=0
  for jar in "$@"; do
    java -jar "$jar" -f 1 -wi 6 -i 15 -w 200ms -r 200ms "$regex" > "$out/fork"
    if [ "$(grep -c '^# Benchmark:' "$out/fork")" != 1 ]; then
      echo "$jar: \"$regex\" must match exactly one benchmark" >&2
      exit 2
    fi
    awk '/^Iteration/ { print $3 }' "$out/fork" >> "$out/$n"
    n=$((n + 1))
  done
  echo "round $round of $rounds done" >&2
done

n=0
for jar in "$@"; do
  sort -g "$out/$n" | awk -v jar="$jar" '
    { v[NR] = $1; sum += $1 }
    END {
      if (NR == 0) { printf "%s: no iterations (does the regex match a benchmark?)\n", jar; exit }
      median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%s n=%d min=%.1f p10=%.1f median=%.1f mean=%.1f ns/op\n",
        jar, NR, v[1], v[int(NR / 10) + 1], median, sum / NR
    }'
  n=$((n + 1))
done
