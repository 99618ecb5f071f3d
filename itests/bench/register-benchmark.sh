#!/usr/bin/env bash
# REGISTER benchmark: 10,000 users with digest, SIPp at stepped rates against the distribution on 127.0.0.1.
# Usage: itests/bench/register-benchmark.sh [path/to/karaf-assembly-*.tar.gz] [port] [rates...]
#   defaults: the assembly's target tar.gz, port 15260, rates 500 1000 2000 4000 8000 (calls/s)
# After a warm-up (10,000 registrations at 1000/s: JIT, and every AoR bound once), per step: SIPp register-bench.xml (REGISTER, 401, REGISTER with credentials, 200) for 5 s worth of calls
# (at most 20,000), then prints the achieved rate, failed calls, p99 of the whole registration (first REGISTER
# sent -> 200, SIPp -trace_rtt) and server CPU per registration (utime+stime of the server JVM from
# /proc/<pid>/stat, before/after the step). A benchmark: nothing is asserted. Bounded: boot 90 s, each step
# 60 s (SIPp -timeout), whole script ~5 min at most. Traffic to 127.0.0.1 only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
archive=${1:-$here/../../karaf-assembly/target/karaf-assembly-0.1.0-SNAPSHOT.tar.gz}
port=${2:-15260}
shift $(( $# > 2 ? 2 : $# )) || true
rates=(${@:-500 1000 2000 4000 8000})
users=10000
first_user=20000
step_seconds=5
max_calls=20000
work=$(mktemp -d)
home=
pid=
launcher=

stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  if [ -n "$launcher" ]; then kill "$launcher" 2>/dev/null || true; fi
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap stop EXIT

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

# 10,000 users: endpoint, auth and AoR from templates, one password each; the matching SIPp injection file
python3 - "$home/etc/asterism/pjsip.conf" "$work/users.csv" "$port" "$first_user" "$users" <<'PY'
import sys
conf, csv, port, first, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
with open(conf, "w") as f:
    f.write(f"""; register-benchmark.sh: loopback only
[transport-udp]
type=transport
protocol=udp
bind=127.0.0.1:{port}

[phone](!)
type=endpoint
context=default
disallow=all
allow=ulaw

[phone-auth](!)
type=auth
auth_type=userpass

[phone-aor](!)
type=aor
max_contacts=1
remove_existing=yes
""")
    for u in range(first, first + n):
        f.write(f"\n[{u}](phone)\nauth={u}\naors={u}\n[{u}](phone-auth)\nusername={u}\npassword=pw-{u}\n[{u}](phone-aor)\n")
with open(csv, "w") as f:
    f.write("SEQUENTIAL\n")
    for u in range(first, first + n):
        f.write(f"{u};pw-{u};\n")
PY

export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
start=$(date +%s%N)
"$home/bin/karaf" server >"$work/console.log" 2>&1 &
launcher=$!
for _ in $(seq 1 900); do # 90 s
  if [ -z "$pid" ] && [ -s "$home/karaf.pid" ]; then pid=$(cat "$home/karaf.pid"); fi
  if [ -n "$pid" ] && options | grep -q "^SIP/2.0 200"; then break; fi
  sleep 0.1
done
if ! options | grep -q "^SIP/2.0 200"; then echo "no 200 to OPTIONS within 90 s; see $work/console.log" >&2; KEEP=1; exit 1; fi
echo "server JVM pid $pid answering after $(( ($(date +%s%N) - start) / 1000000 )) ms with $users users configured"

client() { printf '%s\n' "$1" | "$home/bin/client" -h 127.0.0.1 -a "$ssh_port" -u karaf -p karaf -r 30 -d 1 -b 2>&1; }
installed=$(client "feature:list -i")
missing=()
for f in res_pjsip_registrar res_pjsip_endpoint_identifier_user res_pjsip_authenticator_digest; do
  grep -qE "^$f[[:space:]]" <<<"$installed" || missing+=("$f")
done
if [ ${#missing[@]} -gt 0 ]; then echo "installing ${missing[*]}"; client "feature:install ${missing[*]}" >/dev/null; fi
for _ in $(seq 1 300); do options | grep -qi "^allow:.*REGISTER" && break; sleep 0.1; done
options | grep -qi "^allow:.*REGISTER" || { echo "REGISTER never showed in Allow" >&2; exit 1; }

hz=$(getconf CLK_TCK)
idle0=$(cpu_ticks); sleep 2; idle1=$(cpu_ticks)
echo "idle server CPU: $(( (idle1 - idle0) * 1000000 / hz / 2 )) us/s"
printf '\n%-8s %-8s %-10s %-8s %-9s %-9s %-12s\n' "target/s" "calls" "achieved/s" "failed" "p50 ms" "p99 ms" "CPU us/reg"
step() { # label rate calls
  local label=$1 rate=$2 calls=$3 dir="$work/step-$1" before after t0 t1
  mkdir -p "$dir"
  before=$(cpu_ticks)
  t0=$(date +%s%N)
  (cd "$dir" && sipp "127.0.0.1:$port" -sf "$here/register-bench.xml" -inf "$work/users.csv" \
      -i 127.0.0.1 -t u1 -r "$rate" -m "$calls" -l 20000 -buff_size 4194304 \
      -timeout 60s -timeout_error -recv_timeout 5000 -nostdin >sipp.out 2>&1 \
      -trace_stat -stf stats.csv -fd 1 -trace_rtt -rtt_freq 1000 -trace_err -error_file errors.log) || true
  t1=$(date +%s%N)
  sleep 1 # let the server finish what it still owes (group commits)
  after=$(cpu_ticks)
  python3 - "$dir" "$label" "$calls" "$(( after - before ))" "$hz" "$(( t1 - t0 ))" <<'PY'
import csv, glob, sys
d, label, calls, ticks, hz, wall_ns = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
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
print(f"{label:<8} {calls:<8} {ok / elapsed if elapsed else 0:<10.0f} {failed + (calls - ok - failed):<8} {pct(0.5):<9} {pct(0.99):<9} {cpu:<12}")
PY
}
# warm-up (JIT, and a first binding for every one of the 10,000 AoRs), then the measured steps: re-registrations
step warm-up 1000 "$users"
for rate in "${rates[@]}"; do
  calls=$(( rate * step_seconds )); [ "$calls" -gt "$max_calls" ] && calls=$max_calls
  step "$rate" "$rate" "$calls"
done
echo
echo "achieved/s: successful registrations / SIPp's elapsed time; failed: calls not successful (failed or never finished);"
echo "p50/p99: first REGISTER sent -> final 200 (SIPp rtd); CPU: server JVM utime+stime per successful registration"
echo "(step window plus 1 s, ${hz} Hz ticks). The warm-up binds all 10,000 AoRs once (1000/s); every measured"
echo "REGISTER then replaces an existing binding (max_contacts=1, remove_existing=yes)."
