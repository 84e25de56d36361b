#!/usr/bin/env bash
# Durable writes under load: wrk posts notes (each answered only once its commit is on disk) to the
# real server, with 32 connections by default.
#
#   benchmarks/load/notes.sh                 # from the repository root; builds first
#   benchmarks/load/notes.sh OTHER.jar       # the same load against another build of the server
#
# Settings (environment): WARMUP (seconds, default 10), DURATION (default 20), CONNECTIONS
# (default 32), WRK_THREADS (default 2), JAVA_OPTS (default "-Xmx512m"), NOTE_USERS (how many users
# the notes are spread over, default 100000).
set -euo pipefail

cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
SCRIPT=benchmarks/load/notes.lua
JAR=${1:-server/target/aidialer-server.jar}

if [[ $# == 0 && ( "${REBUILD:-1}" != 0 || ! -f "$JAR" ) ]]; then
  mvn -B -q -ntp install -DskipTests
fi

DATA=$(mktemp -d "${DATA_PARENT:-/tmp}/notes-bench.XXXXXX")
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$DATA"' EXIT
source benchmarks/lib.sh

echo "wrk -t $WRK_THREADS -c $CONNECTIONS, warm-up ${WARMUP}s, measured ${DURATION}s; $JAR; data on $(df --output=fstype "$DATA" | tail -1)"
# shellcheck disable=SC2086
measure notes 5103 env PORT=5103 DATA_DIR="$DATA/data" java $JAVA_OPTS -jar "$JAR"
