#!/usr/bin/env bash
# Start-up benchmark: the default server (every shipped plugin, the guide's included) against the
# bare handler (BareSummarizerServer), launched alternately STARTS times each; for each, the
# median time from launching the JVM to the first answered invoke (load/invoke.lua's body, curl
# polling every 5 ms) and the RSS then.
#
#   benchmarks/startup/run.sh       # from the repository root; REBUILD=0 skips mvn install
#
# Settings (environment): STARTS (default 11), JAVA_OPTS (default "-Xmx512m", the same for both).
set -euo pipefail

cd "$(dirname "$0")/../.."
STARTS=${STARTS:-11}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
SCRIPT=benchmarks/load/invoke.lua

if [[ "${REBUILD:-1}" != 0 || ! -f server/target/aidialer-server.jar || ! -f benchmarks/target/benchmarks.jar ]]; then
  mvn -B -q -ntp install -DskipTests
fi

DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$DATA"' EXIT
source benchmarks/lib.sh

server_ms=() bare_ms=() server_rss=() bare_rss=()
port=5300
for ((i = 0; i < STARTS; i++)); do
  port=$((port + 1))
  rm -rf "$DATA/data"
  # shellcheck disable=SC2086
  start "$port" env PORT="$port" DATA_DIR="$DATA/data" java $JAVA_OPTS -jar server/target/aidialer-server.jar
  server_ms+=("$STARTUP_MS"); server_rss+=("$(( $(ps -o rss= -p "$PID") / 1024 ))")
  kill "$PID"; wait "$PID" 2>/dev/null || true
  port=$((port + 1))
  # shellcheck disable=SC2086
  start "$port" java $JAVA_OPTS -cp benchmarks/target/benchmarks.jar ai.dialer.benchmarks.load.BareSummarizerServer "$port"
  bare_ms+=("$STARTUP_MS"); bare_rss+=("$(( $(ps -o rss= -p "$PID") / 1024 ))")
  kill "$PID"; wait "$PID" 2>/dev/null || true
done

s=$(median "${server_ms[@]}") b=$(median "${bare_ms[@]}")
echo "server start-up ms: ${server_ms[*]}"
echo "bare start-up ms:   ${bare_ms[*]}"
awk -v s="$s" -v b="$b" -v sr="$(median "${server_rss[@]}")" -v br="$(median "${bare_rss[@]}")" \
    -v n="$STARTS" 'BEGIN {
  printf "start-up to first invoke, median of %d: server %d ms, bare %d ms: %.2fx (target <= 1.2)\n", n, s, b, s / b
  printf "RSS at the first invoke, median: server %d MiB, bare %d MiB\n", sr, br
}'
