#!/usr/bin/env bash
# Calls-per-second benchmark: SIPp calls the Echo extension (INVITE, 200, ACK, 1 s, BYE; the caller trusted by IP,
# no authentication) at stepped rates against the distribution on 127.0.0.1.
# Usage: itests/bench/calls-benchmark.sh [path/to/karaf-assembly-*.tar.gz] [port] [rates...]
#   defaults: the assembly's target tar.gz, port 15270, rates 250 500 1000 2000 3000 (calls/s)
# After a warm-up (3,000 calls at 300/s, for the JIT), per step: 5 s worth of calls (at most 15,000), then prints the
# achieved rate, failed calls, p50/p99 of call setup (INVITE sent -> 200, SIPp -trace_rtt) and server CPU per call
# (utime+stime of the server JVM from /proc/<pid>/stat). A benchmark: nothing is asserted. Bounded: boot 90 s, each
# step 90 s (SIPp -timeout). Traffic to 127.0.0.1 only; SIPp shares the machine's cores with the server.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
archive=${1:-$here/../../karaf-assembly/target/karaf-assembly-0.1.0-SNAPSHOT.tar.gz}
port=${2:-15270}
shift $(( $# > 2 ? 2 : $# )) || true
rates=(${@:-250 500 1000 2000 3000})
step_seconds=5
export HOLD_SECONDS=1 # each call stays up 1 s: the rate is over the time less the last calls' hold
max_calls=15000
source "$here/lib.sh"
bench_unpack

cat >"$home/etc/asterism/pjsip.conf" <<CONF
; calls-benchmark.sh: loopback only, the caller identified by its address
[transport-udp]
type=transport
protocol=udp
bind=127.0.0.1:$port

[bench]
type=endpoint
context=bench
disallow=all
allow=ulaw
timers=no

[bench-ip]
type=identify
endpoint=bench
match=127.0.0.1/32
CONF
cat >"$home/etc/asterism/extensions.conf" <<CONF
[general]
static=yes
[bench]
exten => 600,1,Answer()
 same => n,Echo()
 same => n,Hangup()
CONF

bench_start
bench_features INVITE res_pjsip_session chan_pjsip res_pjsip_sdp_rtp res_rtp_asterisk pbx_config app_echo res_pjsip_endpoint_identifier_ip
bench_idle_cpu
printf '\n%-8s %-8s %-10s %-8s %-9s %-9s %-12s\n' "target/s" "calls" "achieved/s" "failed" "p50 ms" "p99 ms" "CPU us/call"
step() { bench_step "$1" "$2" "$3" "$here/calls-bench.xml" -mp 40000; }
step warm-up 300 3000
for rate in "${rates[@]}"; do
  calls=$(( rate * step_seconds )); [ "$calls" -gt "$max_calls" ] && calls=$max_calls
  step "$rate" "$rate" "$calls"
done
echo
echo "achieved/s: successful calls / SIPp's elapsed time; failed: calls not successful (failed or never finished);"
echo "p50/p99: INVITE sent -> 200 (SIPp rtd); CPU: server JVM utime+stime per successful call (step window plus"
echo "1 s, ${hz} Hz ticks). Each call lasts 1 s, so the server holds about <rate> calls at once."
