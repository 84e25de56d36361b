#!/usr/bin/env bash
# Start-up with the JDK's AOT cache (server/aot.sh) against the same jar without it: trains the
# cache (timed), then launches, alternately and STARTS times each, the server on Java 17, on
# JDK 25 without the cache, and on JDK 25 with it; for each the median time from launching the JVM
# to the first answered invoke (load/invoke.lua's body, curl polling every 5 ms) and the RSS then.
#
#   JAVA25=/path/to/jdk-25/bin/java benchmarks/startup/aot.sh    # REBUILD=0 skips mvn install
#
# Settings (environment): STARTS (default 11), JAVA_OPTS (default "-Xmx512m", for the runs without
# the cache; server/aot.sh uses its own defaults, see there).
set -euo pipefail

cd "$(dirname "$0")/../.."
STARTS=${STARTS:-11}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
[[ -x "$JAVA25" ]] || { echo "set JAVA25 to the java of a JDK 25 or later" >&2; exit 1; }
SCRIPT=benchmarks/load/invoke.lua

if [[ "${REBUILD:-1}" != 0 || ! -f server/target/aidialer-server.jar ]]; then
  mvn -B -q -ntp install -DskipTests
fi

DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$DATA"' EXIT
source benchmarks/lib.sh

JAVA=$JAVA25 server/aot.sh train

j17_ms=() j25_ms=() aot_ms=() j17_rss=() j25_rss=() aot_rss=()
port=5500
for ((i = 0; i < STARTS; i++)); do
  port=$((port + 1)); rm -rf "$DATA/data"
  # shellcheck disable=SC2086
  start "$port" env PORT="$port" DATA_DIR="$DATA/data" java $JAVA_OPTS -jar server/target/aidialer-server.jar
  j17_ms+=("$STARTUP_MS"); j17_rss+=("$(( $(ps -o rss= -p "$PID") / 1024 ))"); kill "$PID"; wait "$PID" 2>/dev/null || true
  port=$((port + 1)); rm -rf "$DATA/data"
  # shellcheck disable=SC2086
  start "$port" env PORT="$port" DATA_DIR="$DATA/data" "$JAVA25" $JAVA_OPTS --enable-native-access=ALL-UNNAMED -jar server/target/aidialer-server.jar
  j25_ms+=("$STARTUP_MS"); j25_rss+=("$(( $(ps -o rss= -p "$PID") / 1024 ))"); kill "$PID"; wait "$PID" 2>/dev/null || true
  port=$((port + 1)); rm -rf "$DATA/data"
  start "$port" env PORT="$port" DATA_DIR="$DATA/data" JAVA="$JAVA25" server/aot.sh start
  aot_ms+=("$STARTUP_MS"); aot_rss+=("$(( $(ps -o rss= -p "$PID") / 1024 ))"); kill "$PID"; wait "$PID" 2>/dev/null || true
done

echo "Java 17:            ${j17_ms[*]} ms; median $(median "${j17_ms[@]}") ms, RSS $(median "${j17_rss[@]}") MiB"
echo "JDK 25, no cache:   ${j25_ms[*]} ms; median $(median "${j25_ms[@]}") ms, RSS $(median "${j25_rss[@]}") MiB"
echo "JDK 25, AOT cache:  ${aot_ms[*]} ms; median $(median "${aot_ms[@]}") ms, RSS $(median "${aot_rss[@]}") MiB (target <= 300)"
