#!/usr/bin/env bash
# Start the server from the JDK's ahead-of-time cache (JDK 25 or later: JEPs 483, 514 and 515):
# the classes the server loads, linked, and the profiles of the methods it runs, taken from a
# training run of the real server. Java 17 stays the baseline; this is an option beside the jar.
#
#   server/aot.sh train     # once per build of the jar: a training run writes the cache
#   server/aot.sh start     # starts the server from the cache, configured as the jar is
#
# Settings (environment):
#   JAVA           the java of a JDK 25 or later (default: $JAVA_HOME/bin/java, then java)
#   JAR            the server jar (default: server/target/aidialer-server.jar beside this script)
#   AOT_DIR        where the cache goes (default: an aot directory beside the jar)
#   JAVA_OPTS      JVM options, the same for training and start; by default "-Xmx512m
#                  -XX:+UseSerialGC -XX:CompileThresholdScaling=4": a heap this small needs no
#                  concurrent collector, and with the profiles the cache carries the JIT compilers
#                  otherwise take the cores from the start itself (they compile later instead;
#                  benchmarks/README.md has the figures, start-up and under load)
#   AIDIALER_JMX   true keeps JMX; by default the platform MBean server is not built, which saves
#                  about 140 ms of start-up (see NoPlatformMBeanServer)
# Everything else (PORT, DATA_DIR, API_KEYS, ...) configures the server as usual.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$here/target/aidialer-server.jar}
AOT_DIR=${AOT_DIR:-$(dirname "$JAR")/aot}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:CompileThresholdScaling=4}
if [[ -z "${JAVA:-}" ]]; then
  if [[ -n "${JAVA_HOME:-}" ]]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
fi
JAVA=$(command -v "$JAVA") || { echo "aot.sh: no java found; set JAVA" >&2; exit 1; }
CACHE=$AOT_DIR/server.aot
NATIVE=$AOT_DIR/native
SQLITE_LIB=libsqlitejdbc.so

fail() { echo "aot.sh: $*" >&2; exit 1; }

[[ -f "$JAR" ]] || fail "no server jar at $JAR; build it first (mvn -B -q install -DskipTests)"

# The options of both runs: a cache is only used by a JVM started as the one that wrote it.
jvm_options() {
  # shellcheck disable=SC2206
  OPTIONS=($JAVA_OPTS --enable-native-access=ALL-UNNAMED)
  if [[ "${AIDIALER_JMX:-false}" != true ]]; then
    OPTIONS+=(-Djavax.management.builder.initial=ai.dialer.server.NoPlatformMBeanServer)
  fi
  # SQLite's native library, extracted once at training instead of at every start.
  OPTIONS+=(-Dorg.sqlite.lib.path="$NATIVE" -Dorg.sqlite.lib.name="$SQLITE_LIB")
}

sqlite_entry() {
  local os arch
  case "$(uname -s)" in Linux) os=Linux ;; Darwin) os=Mac ;; *) fail "unsupported OS $(uname -s)" ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x86_64 ;; aarch64 | arm64) arch=aarch64 ;; *) fail "unsupported CPU $(uname -m)" ;; esac
  [[ $os == Mac ]] && SQLITE_LIB=libsqlitejdbc.dylib
  echo "org/sqlite/native/$os/$arch/$SQLITE_LIB"
}

train() {
  local entry work port log pid begin
  if ! "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
    fail "$JAVA has no AOT cache (it needs JDK 25 or later); set JAVA=/path/to/jdk-25/bin/java"
  fi
  entry=$(sqlite_entry)
  rm -rf "$AOT_DIR"
  mkdir -p "$NATIVE"
  (cd "$NATIVE" && "$(dirname "$JAVA")/jar" xf "$JAR" "$entry" && mv "$entry" . && rm -rf org)
  [[ -f "$NATIVE/$SQLITE_LIB" ]] || fail "the jar has no $entry"
  jvm_options
  work=$(mktemp -d)
  log=$work/server.log
  begin=$(date +%s%3N)
  # The real server on a free port, with a data directory of its own and nothing configured
  # that reaches outside.
  env -u API_KEYS -u API_KEYS_FILE -u OPENAI_BASE_URL -u OPENAI_API_KEY \
    HOST=127.0.0.1 PORT=0 DATA_DIR="$work/data" AUDIT_LOG="$work/audit.log" \
    "$JAVA" "${OPTIONS[@]}" -XX:AOTCacheOutput="$CACHE" -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  for ((i = 0; i < 600; i++)); do
    port=$(sed -n 's/^Listening on http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$log")
    [[ -n "$port" ]] && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "the training server did not start"; }
    sleep 0.05
  done
  [[ -n "$port" ]] || { kill "$pid"; fail "the training server did not start within 30 s"; }
  # What a server does in its first seconds: list, describe, invoke (answers and refusals),
  # MCP, the tool exports, the operations endpoints.
  local url=http://127.0.0.1:$port invoke=(-s -o /dev/null -H 'Content-Type: application/json')
  for ((round = 0; round < 20; round++)); do
    curl "${invoke[@]}" "$url/api/plugins"
    curl "${invoke[@]}" "$url/api/plugins/NoteTakerPlugin"
    curl "${invoke[@]}" --data '{"plugin":"SummarizerPlugin","context":{"text":"The customer called about the invoice. She said it was charged twice. I promised a refund within five days.","max_length":20}}' "$url/api/plugins/invoke"
    curl "${invoke[@]}" --data '{"plugin":"NoteTakerPlugin","context":{"content":"Call Bob back","tags":["work"]}}' "$url/api/plugins/invoke"
    curl "${invoke[@]}" --data '{"plugin":"NoteTakerPlugin","context":{"action":"list"}}' "$url/api/plugins/invoke"
    curl "${invoke[@]}" --data '{"plugin":"CalendarPlugin","context":{"title":"Standup","date":"2026-12-24","time":"09:30"}}' "$url/api/plugins/invoke"
    curl "${invoke[@]}" --data '{"plugin":"NoteTakerPlugin","context":{"content":7}}' "$url/api/plugins/invoke"
    curl "${invoke[@]}" --data '{"plugin":' "$url/api/plugins/invoke"
    curl "${invoke[@]}" -H 'Accept: application/json' -H 'MCP-Protocol-Version: 2025-06-18' \
      --data '{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}' "$url/mcp"
    curl "${invoke[@]}" "$url/api/tools?format=openai"
    curl "${invoke[@]}" "$url/health"
    curl "${invoke[@]}" "$url/ready"
    curl "${invoke[@]}" "$url/metrics"
  done
  kill -TERM "$pid"
  wait "$pid" || true
  rm -rf "$work"
  [[ -f "$CACHE" ]] || fail "the training run wrote no cache; see its output above"
  echo "aot.sh: wrote $CACHE ($(( $(stat -c %s "$CACHE") / 1048576 )) MiB) in $(( $(date +%s%3N) - begin )) ms of training"
}

start() {
  [[ -f "$CACHE" ]] || fail "no cache at $CACHE; run: $0 train"
  [[ "$CACHE" -nt "$JAR" ]] || fail "$JAR is newer than its cache $CACHE; run: $0 train"
  jvm_options
  exec "$JAVA" "${OPTIONS[@]}" -XX:AOTCache="$CACHE" -jar "$JAR" "$@"
}

case "${1:-}" in
  train) train ;;
  start) shift; start "$@" ;;
  *) echo "usage: $0 train | start [server arguments]" >&2; exit 2 ;;
esac
