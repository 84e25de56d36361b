#!/usr/bin/env bash
# MCP against the invoke API (issue 15): the same Summarizer call as tools/call on /mcp
# (benchmarks/load/mcp-call.lua: revision 2026-07-28, JSON answer) and as POST
# /api/plugins/invoke (benchmarks/load/invoke.lua), one after the other, each on a fresh server,
# driven by wrk -t2 as benchmarks/load/run.sh drives the invoke API.
#
#   benchmarks/mcp/run.sh            # from the repository root; REBUILD=0 skips the build
#
# Settings (environment): WARMUP (default 30), DURATION (default 30), CONNECTIONS (default 32),
# WRK_THREADS (default 2), JAVA_OPTS (default "-Xmx512m").
set -euo pipefail

cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PROBE=benchmarks/load/invoke.lua

if [[ "${REBUILD:-1}" != 0 || ! -f server/target/aidialer-server.jar ]]; then
  mvn -B -q -ntp install -DskipTests
fi

DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$DATA"' EXIT
source benchmarks/lib.sh

# The MCP call must be a real one, not a tool error answered 200.
SCRIPT=benchmarks/load/mcp-call.lua
start 5201 env PORT=5201 DATA_DIR="$DATA/check" java $JAVA_OPTS -jar server/target/aidialer-server.jar
check=$(curl -s -X POST http://127.0.0.1:5201/mcp -H 'Content-Type: application/json' \
  -H 'Accept: application/json' -H 'MCP-Protocol-Version: 2026-07-28' -H 'Mcp-Method: tools/call' \
  -H 'Mcp-Name: SummarizerPlugin' --data "$(sed -n 's/^wrk.body = \[\[\(.*\)\]\]$/\1/p' "$SCRIPT")")
kill "$PID"; wait "$PID" 2>/dev/null || true
if [[ "$check" != *'"isError":false'* ]]; then
  echo "the MCP call is not a successful one: $check" >&2
  exit 1
fi

echo "wrk -t $WRK_THREADS -c $CONNECTIONS, warm-up ${WARMUP}s, measured ${DURATION}s; JAVA_OPTS=$JAVA_OPTS; $(nproc) cores"
# shellcheck disable=SC2086
MCP=$(TARGET=/mcp measure mcp 5202 env PORT=5202 DATA_DIR="$DATA/mcp" java $JAVA_OPTS -jar server/target/aidialer-server.jar)
echo "$MCP"
SCRIPT=benchmarks/load/invoke.lua
# shellcheck disable=SC2086
INVOKE=$(measure invoke 5203 env PORT=5203 DATA_DIR="$DATA/invoke" java $JAVA_OPTS -jar server/target/aidialer-server.jar)
echo "$INVOKE"
awk -v m="$(field "$MCP" rps)" -v i="$(field "$INVOKE" rps)" \
    -v mc="$(field "$MCP" cpu_us_per_req)" -v ic="$(field "$INVOKE" cpu_us_per_req)" 'BEGIN {
  printf "tools/call throughput %.2fx the invoke API (target >= 0.8)\n", m / i
  printf "server CPU per request %.2fx\n", mc / ic
}'
