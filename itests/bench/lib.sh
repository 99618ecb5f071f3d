# Shared by the benchmarks (sourced, not run): unpack the distribution into a temporary folder, start it on
# 127.0.0.1, drive it over its shell, run one SIPp step and print its figures. Everything is bounded and cleaned
# up on exit (KEEP=1 keeps the folder). Callers set: here, archive, port; then call bench_unpack, write their
# configuration under $home/etc/asterism, and call bench_start.
work=$(mktemp -d)
home=
pid=
launcher=
ssh_port=
hz=$(getconf CLK_TCK)

bench_stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  if [ -n "$launcher" ]; then kill "$launcher" 2>/dev/null || true; fi
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap bench_stop EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
set_prop() { # file key value: replace "key = ..." or append
  if grep -qE "^\s*$2\s*=" "$1"; then sed -i -E "s|^\s*$2\s*=.*|$2 = $3|" "$1"; else echo "$2 = $3" >>"$1"; fi
}
# OPTIONS to the server; prints the answer's status line and Allow header, or nothing
options() {
  python3 - "$port" <<'PY'
import socket, sys
port = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); s.settimeout(0.5)
lp = s.getsockname()[1]
msg = (f"OPTIONS sip:127.0.0.1:{port} SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:{lp};branch=z9hG4bKbench{lp}\r\n"
       f"From: <sip:bench@127.0.0.1>;tag={lp}\r\nTo: <sip:127.0.0.1>\r\nCall-ID: bench{lp}@127.0.0.1\r\n"
       f"CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
s.sendto(msg.encode(), ("127.0.0.1", port))
try:
    lines = s.recv(65536).decode(errors="replace").split("\r\n")
    print(lines[0]); print("\n".join(l for l in lines if l.lower().startswith("allow:")))
except socket.timeout:
    pass
PY
}
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat"; } # utime+stime (fields 14, 15)

# Unpacks the distribution and moves its own listeners off the defaults.
bench_unpack() {
  if [ -n "$(options)" ]; then echo "something already answers on 127.0.0.1:$port; stop it first" >&2; exit 2; fi
  tar xzf "$archive" -C "$work"
  home=$(ls -d "$work"/*/); home=${home%/}
  ssh_port=$(free_port)
  set_prop "$home/etc/org.apache.karaf.shell.cfg" sshPort "$ssh_port"
  set_prop "$home/etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
  set_prop "$home/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$(free_port)"
  set_prop "$home/etc/org.apache.karaf.management.cfg" rmiServerPort "$(free_port)"
  set_prop "$home/etc/config.properties" karaf.shutdown.host 127.0.0.1
  set_prop "$home/etc/config.properties" karaf.shutdown.port "$(free_port)"
}

# Starts the server and waits (90 s at most) for a 200 to OPTIONS.
bench_start() {
  export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
  local start
  start=$(date +%s%N)
  "$home/bin/karaf" server >"$work/console.log" 2>&1 &
  launcher=$!
  for _ in $(seq 1 900); do # 90 s
    if [ -z "$pid" ] && [ -s "$home/karaf.pid" ]; then pid=$(cat "$home/karaf.pid"); fi
    if [ -n "$pid" ] && options | grep -q "^SIP/2.0 200"; then break; fi
    sleep 0.1
  done
  if ! options | grep -q "^SIP/2.0 200"; then echo "no 200 to OPTIONS within 90 s; see $work/console.log" >&2; KEEP=1; exit 1; fi
  echo "server JVM pid $pid answering after $(( ($(date +%s%N) - start) / 1000000 )) ms"
}

client() { printf '%s\n' "$1" | "$home/bin/client" -h 127.0.0.1 -a "$ssh_port" -u karaf -p karaf -r 30 -d 1 -b 2>&1; }

# Installs the features not installed yet, then waits until METHOD shows in Allow: bench_features METHOD feature...
bench_features() {
  local method=$1 installed missing=()
  shift
  installed=$(client "feature:list -i")
  for f in "$@"; do grep -qE "^$f[[:space:]]" <<<"$installed" || missing+=("$f"); done
  if [ ${#missing[@]} -gt 0 ]; then echo "installing ${missing[*]}"; client "feature:install ${missing[*]}" >/dev/null; fi
  for _ in $(seq 1 300); do options | grep -qi "^allow:.*$method" && break; sleep 0.1; done
  options | grep -qi "^allow:.*$method" || { echo "$method never showed in Allow" >&2; exit 1; }
}

bench_idle_cpu() {
  local idle0 idle1
  idle0=$(cpu_ticks); sleep 2; idle1=$(cpu_ticks)
  echo "idle server CPU: $(( (idle1 - idle0) * 1000000 / hz / 2 )) us/s"
}

# One SIPp step: bench_step label rate calls scenario [sipp options...]; prints label, calls, achieved/s (over the
# step's time less HOLD_SECONDS, how long each call stays up), failed,
# p50 and p99 of SIPp's response-time measure 1 (ms) and server CPU (us) per successful call.
bench_step() {
  local label=$1 rate=$2 calls=$3 scenario=$4 dir="$work/step-$1" before after t0 t1
  shift 4
  mkdir -p "$dir"
  before=$(cpu_ticks)
  t0=$(date +%s%N)
  (cd "$dir" && sipp "127.0.0.1:$port" -sf "$scenario" "$@" -i 127.0.0.1 -t u1 -r "$rate" -m "$calls" -l 30000 \
      -buff_size 4194304 -timeout 90s -timeout_error -recv_timeout 8000 -nostdin >sipp.out 2>&1 \
      -trace_stat -stf stats.csv -fd 1 -trace_rtt -rtt_freq 1000 -trace_err -error_file errors.log) || true
  t1=$(date +%s%N)
  sleep 1 # let the server finish what it still owes
  after=$(cpu_ticks)
  python3 - "$dir" "$label" "$calls" "$(( after - before ))" "$hz" "$(( t1 - t0 ))" "${HOLD_SECONDS:-0}" <<'PY'
import csv, glob, sys
d, label, calls, ticks, hz, wall_ns = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
hold = float(sys.argv[7])  # how long each call stays up: the last calls' hold time is not call setup
ok = failed = 0; elapsed = wall_ns / 1e9
try:
    rows = list(csv.reader(open(f"{d}/stats.csv"), delimiter=";"))
    head, last = rows[0], rows[-1]
    ok = int(last[head.index("SuccessfulCall(C)")]); failed = int(last[head.index("FailedCall(C)")])
    epoch = lambda column: float(last[head.index(column)].split("\t")[-1])  # "date<TAB>time<TAB>epoch.micros"
    elapsed = epoch("CurrentTime") - epoch("StartTime")
except Exception as x:
    print(f"(no statistics: {x})", file=sys.stderr)
times = []
for f in glob.glob(f"{d}/*_rtt.csv"):
    for line in open(f):
        parts = line.strip().split(";")
        try:
            times.append(float(parts[1]))
        except (IndexError, ValueError):
            pass
times.sort()
pct = lambda p: f"{times[min(len(times) - 1, int(p * len(times)))]:.2f}" if times else "-"
cpu = f"{ticks * 1e6 / hz / ok:.0f}" if ok else "-"
elapsed = max(elapsed - hold, 1e-3)
print(f"{label:<8} {calls:<8} {ok / elapsed if elapsed else 0:<10.0f} {failed + (calls - ok - failed):<8} {pct(0.5):<9} {pct(0.99):<9} {cpu:<12}")
PY
}
