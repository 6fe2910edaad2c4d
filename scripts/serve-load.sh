#!/usr/bin/env bash
# Load on `doctoury-graphics serve`, on this machine only (127.0.0.1), with wrk (Debian: wrk).
# Starts the service, then for each concurrency (1, 8, 64) posts the seed spec for PNG and for SVG
# and reports requests per second with p50 and p99 latency. Then it repeats the seed at
# concurrency 8 while hostile clients run beside it: alias bombs, 10 MiB bodies (declared and
# streamed) and clients that send their body a byte a second. It reports how those were answered
# and how fast, and samples the service's memory (RSS) all along. Every run stops by itself:
# each wrk run is bounded in seconds and in requests (100,000, a safety bound: when it stops a
# run early, wrk still divides by the full seconds), and the hostile clients in count.
#
#   scripts/serve-load.sh                 # publishes the native tool into artifacts/serve first
#   scripts/serve-load.sh --tool PATH [--seconds N] [--requests N] [--port N]
#
# The per-address rate limit is turned off (--rate 0): every request comes from 127.0.0.1,
# and the point is what the cores give. Publishing needs clang and zlib1g-dev (Debian).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=10
requests=100000
port=18080
tool=""
while [ $# -gt 0 ]; do
  case "$1" in
    --tool) tool=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "serve-load: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "serve-load: wrk is missing; on Debian: apt-get install wrk" >&2; exit 2; }
if [ -z "$tool" ]; then
  echo "publishing the native tool into artifacts/serve ..." >&2
  dotnet publish "$root/src/Doctoury.Graphics.Cli" -c Release -r linux-x64 -o "$root/artifacts/serve" >/dev/null
  tool="$root/artifacts/serve/doctoury-graphics"
fi

work=$(mktemp -d)
url="http://127.0.0.1:$port"
"$tool" serve "$root/specs" --urls "$url" --rate 0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "$url/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -sf "$url/healthz" >/dev/null || { echo "serve-load: the service did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# Memory: the service's resident size every 100 ms; the peak is read at the end.
( while kill -0 $server 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$server/status" 2>/dev/null; sleep 0.1; done ) >"$work/rss" &
sampler=$!
rss_mib() { sort -n "$1" | tail -1 | awk '{printf "%.1f", $1/1024}'; }

# A POST of a file, stopping each wrk thread after its share of the requests.
post_script() { # body-file, requests per thread
  cat <<LUA
local f = io.open("$1", "rb"); local body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.body = body; wrk.headers["Content-Type"] = "application/yaml"
local done = 0
function response(status) done = done + 1; if done >= $2 then wrk.thread:stop() end end
LUA
}
seed="$root/specs/car-t-cell-therapy.yaml"
load() { # path, connections -> "rps p50 p99 non2xx"
  local threads=$(( $2 < 2 ? $2 : 2 ))
  post_script "$seed" $(( requests / threads )) >"$work/post.lua"
  wrk -t"$threads" -c"$2" -d"${seconds}s" --timeout 30s --latency -s "$work/post.lua" "$url$1" >"$work/wrk.txt"
  /usr/bin/python3 - "$work/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*%s\s+([\d.]+)(us|ms|s)\b" % label, text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:(.*)", text)
print(f"{rps:.1f} {ms('50%'):.1f} {ms('99%'):.1f} {bad.group(1) if bad else 0}{' ' + errors.group(1).strip() if errors else ''}")
PY
}

echo "| output | connections | requests/s | p50 ms | p99 ms | not 2xx |"
echo "|---|---:|---:|---:|---:|---:|"
for kind in png svg; do
  for c in 1 8 64; do
    read -r rps p50 p99 bad rest <<<"$(load "/render/$kind" "$c")"
    echo "| $kind | $c | $rps | $p50 | $p99 | $bad $rest |"
  done
done
quiet_peak=$(rss_mib "$work/rss")

# Hostile clients beside the seed at 8 connections.
/usr/bin/python3 - "$work/bomb.yaml" <<'PY'
import sys
lines = ['version: 1', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' '#' >"$work/huge.yaml"
/usr/bin/python3 - "$url" "$work" <<'PY' &
# Hostile clients, each answer timed: 40 alias bombs, 20 declared 10 MiB bodies, 20 streamed
# (chunked) 10 MiB bodies, 30 clients that send a byte a second. Ends when all are answered.
import socket, sys, threading, time, urllib.parse
url, work = sys.argv[1], sys.argv[2]
host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
bomb = open(f"{work}/bomb.yaml", "rb").read()
huge = open(f"{work}/huge.yaml", "rb").read()
results, lock = [], threading.Lock()

def exchange(kind, send):
    start = time.monotonic()
    s = socket.create_connection((host, port), timeout=30)
    try:
        send(s)
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk: break
            data += chunk
        status = data.split(b" ")[1].decode() if data.startswith(b"HTTP/") else "closed"
    except OSError as e:
        status = "closed" if isinstance(e, (ConnectionResetError, BrokenPipeError)) else type(e).__name__
    finally:
        s.close()
    with lock: results.append((kind, status, time.monotonic() - start))

def head(length=None, chunked=False):
    h = f"POST /render/png HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/yaml\r\n"
    h += "Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {length}\r\n"
    return (h + "\r\n").encode()

def bomb_client(s): s.sendall(head(len(bomb)) + bomb)
def declared(s):
    s.sendall(head(len(huge)))
    try: s.sendall(huge)
    except OSError: pass
def streamed(s):
    s.sendall(head(chunked=True))
    try:
        for i in range(0, len(huge), 65536):
            part = huge[i:i + 65536]
            s.sendall(b"%x\r\n" % len(part) + part + b"\r\n")
    except OSError: pass
def slow(s):
    s.sendall(head(5000))
    try:
        for _ in range(30):
            s.sendall(b"#"); time.sleep(1)
    except OSError: pass

threads = []
for kind, fn, n in [("alias bomb", bomb_client, 40), ("10 MiB, declared", declared, 20), ("10 MiB, streamed", streamed, 20), ("a byte a second", slow, 30)]:
    for _ in range(n):
        t = threading.Thread(target=exchange, args=(kind, fn)); t.start(); threads.append(t); time.sleep(0.02)
for t in threads: t.join()
with open(f"{work}/hostile.txt", "w") as out:
    for kind in dict.fromkeys(k for k, _, _ in results):
        rows = [r for r in results if r[0] == kind]
        statuses = {}
        for _, s, _ in rows: statuses[s] = statuses.get(s, 0) + 1
        times = sorted(t for _, _, t in rows)
        out.write(f"| {kind} | {len(rows)} | {', '.join(f'{k}: {v}' for k, v in sorted(statuses.items()))} | {times[len(times)//2]*1000:.0f} | {times[-1]*1000:.0f} |\n")
PY
hostile=$!
sleep 0.5
read -r rps p50 p99 bad rest <<<"$(load /render/png 8)"
wait $hostile
echo
echo "Seed PNG at 8 connections with hostile clients beside it: $rps requests/s, p50 $p50 ms, p99 $p99 ms, not 2xx: $bad $rest"
echo
echo "| hostile client | requests | answers | median ms | slowest ms |"
echo "|---|---:|---|---:|---:|"
cat "$work/hostile.txt"
curl -sf "$url/healthz" >/dev/null && alive=yes || alive=NO
kill $sampler 2>/dev/null || true
echo
echo "Service still answering /healthz: $alive. Peak memory (RSS): $quiet_peak MiB under the seed's load, $(rss_mib "$work/rss") MiB over the whole run."
