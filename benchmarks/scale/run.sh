#!/usr/bin/env bash
# Scale benchmark (issue 13): servers of 1,000 plugins against the default server of the 4 shipped
# ones. Writes the projects with generate.sh, then measures:
#
#   - the clean-compile time (mvn clean package) of a project of 4 plugins, of 1,000 plugins, and
#     of 10 plugin jars of 100 plugins each plus the server built from them (mvn clean install);
#   - for the default server and the two servers of 1,000 plugins: start-up to the first answered
#     invoke (the median of STARTS launches) and the RSS then; then under wrk (as load/run.sh does)
#     throughput, p99, CPU per request and RSS, invoking the shipped SummarizerPlugin, which every
#     server serves; and the same for one of the 1,000 (Plugin0500).
#
#   benchmarks/scale/run.sh         # from the repository root; REBUILD=0 skips mvn install
#
# Settings (environment): STARTS (default 5), WARMUP (seconds, default 20), DURATION (default 20),
# CONNECTIONS (default 32), WRK_THREADS (default 2), JAVA_OPTS (default "-Xmx512m").
set -euo pipefail

cd "$(dirname "$0")/../.."
STARTS=${STARTS:-5}
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
SCRIPT=benchmarks/load/invoke.lua
OUT=benchmarks/target/scale

if [[ "${REBUILD:-1}" != 0 || ! -f server/target/aidialer-server.jar ]]; then
  mvn -B -q -ntp install -DskipTests
fi
benchmarks/scale/generate.sh

DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$DATA"' EXIT
source benchmarks/lib.sh

# compile NAME DIRECTORY GOAL: prints the seconds a clean build takes.
compile() {
  local begin; begin=$(now_ms)
  (cd "$2" && mvn -B -q -ntp clean "$3" >"$DATA/compile-$1.log" 2>&1) \
      || { cat "$DATA/compile-$1.log" >&2; exit 1; }
  awk -v ms=$(( $(now_ms) - begin )) -v name="$1" 'BEGIN { printf "compile %s %.1f s\n", name, ms / 1000 }'
}
compile small "$OUT/small" package >/dev/null  # once unmeasured: Maven's own plugins, downloaded
compile small "$OUT/small" package
compile single "$OUT/single" package
compile multi "$OUT/multi" install

SERVERS=(
  "default|server/target/aidialer-server.jar"
  "single|$OUT/single/target/single-server.jar"
  "multi|$OUT/multi/app/target/app-server.jar"
)
port=5200
echo "start-up: the median of $STARTS launches; JAVA_OPTS=$JAVA_OPTS; $(nproc) cores"
for server in "${SERVERS[@]}"; do
  name=${server%%|*} jar=${server#*|} times=() rss=()
  for ((i = 0; i < STARTS; i++)); do
    port=$((port + 1))
    # shellcheck disable=SC2086
    start "$port" env PORT=$port DATA_DIR="$DATA/$name-$i" java $JAVA_OPTS -jar "$jar"
    times+=("$STARTUP_MS")
    rss+=("$(( $(ps -o rss= -p "$PID" | tr -d ' ') / 1024 ))")
    kill "$PID"; wait "$PID" 2>/dev/null || true
  done
  echo "startup $name median_ms=$(median "${times[@]}") all_ms=${times[*]} rss_at_start_mib=$(median "${rss[@]}")"
done

echo "load: wrk -t $WRK_THREADS -c $CONNECTIONS, warm-up ${WARMUP}s, measured ${DURATION}s"
for server in "${SERVERS[@]}"; do
  name=${server%%|*} jar=${server#*|}
  port=$((port + 1))
  # shellcheck disable=SC2086
  measure "load $name SummarizerPlugin" "$port" env PORT=$port DATA_DIR="$DATA/$name" java $JAVA_OPTS -jar "$jar"
done
sed 's/"plugin":"SummarizerPlugin","context":{.*}}/"plugin":"Plugin0500","context":{"text":"some text to echo","count":3}}/' \
    "$SCRIPT" > "$DATA/echo.lua"
SCRIPT=$DATA/echo.lua
for server in "${SERVERS[@]:1}"; do
  name=${server%%|*} jar=${server#*|}
  port=$((port + 1))
  # shellcheck disable=SC2086
  measure "load $name Plugin0500" "$port" env PORT=$port DATA_DIR="$DATA/$name" java $JAVA_OPTS -jar "$jar"
done
