#!/usr/bin/env bash
# Load benchmark: the real server against a bare Undertow + Jackson handler doing the same
# Summarizer work (benchmarks/src/main/java/ai/dialer/benchmarks/load/BareSummarizerServer.java),
# one after the other in one run, driven by wrk on loopback.
#
#   benchmarks/load/run.sh            # from the repository root; builds first
#
# Settings (environment): WARMUP (seconds, default 30), DURATION (default 30), CONNECTIONS
# (default 32), WRK_THREADS (default 2), JAVA_OPTS (default "-Xmx512m", the same for both),
# SERVER_START (how the server is started, default "java $JAVA_OPTS -jar
# server/target/aidialer-server.jar"; JAVA=/path/to/jdk-25/bin/java SERVER_START="server/aot.sh
# start" measures the server started from its AOT cache, after server/aot.sh train).
# Prints one line per server and the ratios the targets are stated in.
set -euo pipefail

cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
SCRIPT=benchmarks/load/invoke.lua

if [[ "${REBUILD:-1}" != 0 || ! -f server/target/aidialer-server.jar || ! -f benchmarks/target/benchmarks.jar ]]; then
  mvn -B -q -ntp install -DskipTests
fi

DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$DATA"' EXIT
source benchmarks/lib.sh

echo "wrk -t $WRK_THREADS -c $CONNECTIONS, warm-up ${WARMUP}s, measured ${DURATION}s; JAVA_OPTS=$JAVA_OPTS; $(nproc) cores"
# shellcheck disable=SC2086
SERVER=$(measure server 5101 env PORT=5101 DATA_DIR="$DATA/data" ${SERVER_START:-java $JAVA_OPTS -jar server/target/aidialer-server.jar})
echo "$SERVER"
# shellcheck disable=SC2086
BARE=$(measure bare 5102 java $JAVA_OPTS -cp benchmarks/target/benchmarks.jar ai.dialer.benchmarks.load.BareSummarizerServer 5102)
echo "$BARE"

awk -v s_rps="$(field "$SERVER" rps)" -v b_rps="$(field "$BARE" rps)" \
    -v s_p99="$(field "$SERVER" p99_ms)" -v b_p99="$(field "$BARE" p99_ms)" \
    -v s_start="$(field "$SERVER" startup_ms)" -v b_start="$(field "$BARE" startup_ms)" \
    -v s_rss="$(field "$SERVER" rss_mib)" -v b_rss="$(field "$BARE" rss_mib)" \
    -v s_cpu="$(field "$SERVER" cpu_us_per_req)" -v b_cpu="$(field "$BARE" cpu_us_per_req)" 'BEGIN {
  printf "throughput %.2fx the bare handler (target >= 0.9)\n", s_rps / b_rps
  printf "p99 latency %.2fx (target <= 1.5)\n", s_p99 / b_p99
  printf "start-up to first invoke %.2fx (target <= 1.2)\n", s_start / b_start
  printf "resident memory %+d MiB over the bare handler (target <= +32)\n", s_rss - b_rss
  printf "server CPU per request %.2fx the bare handler (no target: the steadier figure)\n", s_cpu / b_cpu
}'
