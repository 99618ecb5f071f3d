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
source "$here/lib.sh"
bench_unpack

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

bench_start
echo "$users users configured"
bench_features REGISTER res_pjsip_registrar res_pjsip_endpoint_identifier_user res_pjsip_authenticator_digest
bench_idle_cpu
printf '\n%-8s %-8s %-10s %-8s %-9s %-9s %-12s\n' "target/s" "calls" "achieved/s" "failed" "p50 ms" "p99 ms" "CPU us/reg"
step() { bench_step "$1" "$2" "$3" "$here/register-bench.xml" -inf "$work/users.csv"; }
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
