# Shared by the benchmark scripts (sourced): starting a server, timing its first answered invoke,
# and measuring it under wrk. Expects SCRIPT (the wrk Lua script), DATA (a scratch directory),
# WARMUP, DURATION, CONNECTIONS and WRK_THREADS; optionally TARGET (the path wrk posts to,
# default /api/plugins/invoke) and PROBE (a script whose wrk.body is the invoke start-up waits
# for, default SCRIPT).

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages" >&2
  apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi

now_ms() { date +%s%3N; }

# The body of the invoke that start-up waits for.
invoke_body() { sed -n 's/^wrk.body = \[\[\(.*\)\]\]$/\1/p' "${PROBE:-$SCRIPT}"; }

# start PORT COMMAND...: starts a server, waits for its first answered invoke, and sets PID and
# STARTUP_MS (the milliseconds from launch to that answer; curl polls every 5 ms).
start() {
  local port=$1; shift
  local body begin; body=$(invoke_body); begin=$(now_ms)
  "$@" >"$DATA/server-$port.log" 2>&1 &
  PID=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      --data "$body" "http://127.0.0.1:$port/api/plugins/invoke" || true)" == 200 ]]; do
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "server on port $port died:" >&2; cat "$DATA/server-$port.log" >&2; exit 1
    fi
    sleep 0.005
  done
  STARTUP_MS=$(( $(now_ms) - begin ))
}

# User + system clock ticks the process has used.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# measure NAME PORT COMMAND...: starts the server, warms it up, measures it, stops it, and prints
# one line: start-up, RSS after the run, the server's CPU per request, and wrk's RESULT fields.
measure() {
  local name=$1 port=$2; shift 2
  start "$port" "$@"
  wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" -s "$SCRIPT" \
      "http://127.0.0.1:$port${TARGET:-/api/plugins/invoke}" >/dev/null
  local line cpu_before cpu_after requests
  cpu_before=$(cpu_ticks "$PID")
  line=$(wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --latency -s "$SCRIPT" \
      "http://127.0.0.1:$port${TARGET:-/api/plugins/invoke}" | grep '^RESULT')
  cpu_after=$(cpu_ticks "$PID")
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")
  local rss_kib; rss_kib=$(ps -o rss= -p "$PID" | tr -d ' ')
  kill "$PID"; wait "$PID" 2>/dev/null || true
  # The server's CPU time (user + system) over the measured run, per request: steadier than
  # throughput on a shared machine, since wrk and other tenants take their share of the cores.
  local cpu_us=$(( (cpu_after - cpu_before) * 1000000 / $(getconf CLK_TCK) / requests ))
  echo "$name startup_ms=$STARTUP_MS rss_mib=$(( rss_kib / 1024 )) cpu_us_per_req=$cpu_us ${line#RESULT }"
}

# field LINE NAME: the value of NAME=… in a line measure printed.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

# median N...: the median of the numbers given.
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
