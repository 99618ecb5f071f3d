#!/usr/bin/env bash
# Measures the time from starting the distribution to its first 200 OK to an OPTIONS over UDP.
# Usage: itests/bench/boot-to-first-200.sh [path/to/karaf-assembly-*.tar.gz] [port]
# Unpacks into a temporary folder, starts bin/karaf server, probes 127.0.0.1:<port> every 50 ms, stops it.
set -euo pipefail
archive=${1:-$(dirname "$0")/../../karaf-assembly/target/karaf-assembly-0.1.0-SNAPSHOT.tar.gz}
port=${2:-5060}
work=$(mktemp -d)
stop() {
  local pid; pid=$(cat "$work/pid" 2>/dev/null || true)
  if [ -n "$pid" ]; then
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    pkill -9 -f "$work" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT
if sipsak -s "sip:127.0.0.1:$port" >/dev/null 2>&1; then echo "something already answers on 127.0.0.1:$port; stop it first" >&2; exit 2; fi
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/)
start=$(date +%s%N)
("$home/bin/karaf" server >"$work/out.log" 2>&1 & echo $! >"$work/pid")
python3 - "$port" "$start" <<'PY'
import socket, sys, time, os
port, start = int(sys.argv[1]), int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); s.settimeout(0.05)
lp = s.getsockname()[1]
for i in range(1200):  # 60 s at most
    msg = (f"OPTIONS sip:127.0.0.1:{port} SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:{lp};branch=z9hG4bKboot{i}\r\n"
           f"From: <sip:boot@127.0.0.1>;tag={i}\r\nTo: <sip:127.0.0.1>\r\nCall-ID: boot{i}@127.0.0.1\r\n"
           f"CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
    s.sendto(msg.encode(), ("127.0.0.1", port))
    try:
        data = s.recv(65536)
        if data.startswith(b"SIP/2.0 200"):
            print(f"first 200 OK after {(time.time_ns() - start) / 1e6:.0f} ms")
            sys.exit(0)
    except socket.timeout:
        pass
print("no 200 OK within 60 s"); sys.exit(1)
PY
