#!/usr/bin/env bash
# The cluster driver against a real Dask cluster: a scheduler and two workers
# on 127.0.0.1 (Debian's `dask scheduler` and `dask worker`). On a corpus of
# 2,500 records with bad lines scattered in it (and a directory of
# articles), the driver's standard output, standard error and exit code are
# byte for byte those of one claimcheck run on one machine, for check and
# extract; with a worker killed mid-run the output is still complete and the
# same; a record that crashes the binary is reported with its file and line.
set -uo pipefail
bin=$(realpath "$1")
driver=$(realpath "$2")
make_corpus=$(realpath "$3")
sample=$(realpath "$4")
py=/usr/bin/python3
if ! $py -c 'import distributed' 2>/dev/null || ! command -v dask >/dev/null; then
  echo "dask_test: Dask is missing (python3-distributed); run tools/setup.sh --tests" >&2
  exit 1
fi
tmp=${TEST_TMPDIR:-$(mktemp -d)}
tmp=$(realpath "$tmp")
cd "$tmp"
export HOME=$tmp
$py "$make_corpus" --sample="$sample" 2500 corpus.jsonl articles

pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done; }
trap cleanup EXIT
dask scheduler --host 127.0.0.1 --port 0 --no-dashboard --scheduler-file sched.json > scheduler.log 2>&1 &
pids+=($!)
for _ in $(seq 600); do [ -s sched.json ] && break; sleep 0.1; done
workers=()
for w in 1 2; do
  dask worker --scheduler-file sched.json --nworkers 1 --nthreads 1 --no-nanny --no-dashboard \
    --name "w$w" --local-directory "w$w" > "w$w.log" 2>&1 &
  pids+=($!)
  workers+=($!)
done
if ! $py -c "
from distributed import Client
c = Client(scheduler_file='sched.json', timeout=60)
c.wait_for_workers(2, timeout=120)" > wait.log 2>&1; then
  echo "FAIL: the scheduler and two workers did not start" >&2
  tail -5 scheduler.log w1.log w2.log wait.log >&2
  exit 1
fi
addr=$($py -c "import json; print(json.load(open('sched.json'))['address'])")

passed=0
failed=0
# same NAME: the driver's run (dask.*) against the single run (single.*).
same() {
  local name=$1 ok=1
  if ! cmp -s single.out dask.out; then
    echo "FAIL: $name: standard output differs ($(wc -l < single.out) lines alone, $(wc -l < dask.out) on the cluster)" >&2
    diff single.out dask.out | head -5 >&2
    ok=0
  fi
  if ! cmp -s single.err dask.err; then
    echo "FAIL: $name: standard error differs" >&2
    diff single.err dask.err | head -10 >&2
    ok=0
  fi
  if [ "$single_rc" != "$dask_rc" ]; then
    echo "FAIL: $name: exit code $dask_rc on the cluster, $single_rc alone" >&2
    ok=0
  fi
  if [ "$ok" = 1 ]; then passed=$((passed + 1)); echo "PASS: $name"; else failed=$((failed + 1)); fi
}
run_both() {
  "$bin" "$@" > single.out 2> single.err
  single_rc=$?
  "$driver" --scheduler="$addr" --binary="$bin" --partition-mb=0.2 "$@" > dask.out 2> dask.err
  dask_rc=$?
}

run_both check --format=jsonl corpus.jsonl
[ "$single_rc" = 2 ] && [ "$(grep -c '^claimcheck: error: corpus.jsonl:[0-9]*:' single.err)" -ge 10 ] ||
  { echo "FAIL: the corpus has no bad line where one was written" >&2; failed=$((failed + 1)); }
same "check over 2,500 records with bad lines"
run_both extract --format=jsonl corpus.jsonl articles
same "extract over records and a directory of articles"
run_both check --format=jsonl --fail-on=warning articles corpus.jsonl missing.jsonl articles/section-1
same "check over directories, records and a missing input, gated on warnings"
# Records without ids take their line numbers as ids: every part numbers its
# lines as the file's (and "--" ends the flags).
$py - <<'PY'
import json
with open('corpus.jsonl', 'rb') as f, open('no-ids.jsonl', 'wb') as out:
    for line in f.read().split(b'\n')[:600]:
        try:
            record = json.loads(line)
        except ValueError:
            out.write(line + b'\n')
            continue
        if isinstance(record, dict):
            record.pop('id', None)
        out.write(json.dumps(record).encode() + b'\n')
PY
run_both extract --format=jsonl -- no-ids.jsonl
grep -q '"doc_id":"600"' single.out || { echo "FAIL: no record took its line number as id" >&2; failed=$((failed + 1)); }
same "extract over records with no id, numbered by their lines"

# A worker killed mid-run (SIGKILL, no goodbye): its parts run again on the
# other worker; nothing is lost or written twice.
"$bin" check --format=jsonl corpus.jsonl > single.out 2> single.err
single_rc=$?
"$driver" --scheduler="$addr" --binary="$bin" --partition-mb=0.02 check --format=jsonl corpus.jsonl \
  > dask.out 2> dask.err &
driver_pid=$!
for _ in $(seq 1200); do [ -s dask.out ] && break; sleep 0.05; done
if kill -0 "$driver_pid" 2>/dev/null; then
  kill -9 "${workers[0]}"
  wait "$driver_pid"
  dask_rc=$?
  same "check with a worker killed mid-run"
else
  wait "$driver_pid"
  echo "FAIL: the run ended before the worker could be killed" >&2
  failed=$((failed + 1))
fi

# A record that crashes the binary: a stand-in that kills itself (SIGSEGV)
# on a part holding a marker, else runs claimcheck. The record is reported
# with its file and line; every other record is checked.
cat > crashing <<PY
#!/usr/bin/python3
import os, signal, subprocess, sys
real = "$bin"
if sys.argv[-1] == '-':
    data = sys.stdin.buffer.read()
    if b'CRASH-ME' in data:
        os.kill(os.getpid(), signal.SIGSEGV)
    sys.exit(subprocess.run([real] + sys.argv[1:], input=data).returncode)
os.execv(real, [real] + sys.argv[1:])
PY
chmod +x crashing
$py - <<'PY'
lines = open('corpus.jsonl', 'rb').read().split(b'\n')
lines[1200] = lines[1200].replace(b'Record', b'CRASH-ME Record', 1)
open('crash.jsonl', 'wb').write(b'\n'.join(lines))
lines[1200] = b''
open('blanked.jsonl', 'wb').write(b'\n'.join(lines))
PY
"$bin" check --format=jsonl --stdin-name=crash.jsonl - < blanked.jsonl > single.out 2> single.err
"$driver" --scheduler="$addr" --binary="$tmp/crashing" --partition-mb=0.2 check --format=jsonl crash.jsonl \
  > dask.out 2> dask.err
dask_rc=$?
if $py - "$dask_rc" <<'PY'
import re, sys
single = open('single.err').read().splitlines()
dask = open('dask.err').read().splitlines()
crash_line = 'claimcheck: error: crash.jsonl:1201: claimcheck crashed on this record (signal 11); not checked'
record = open('crash.jsonl', 'rb').read().split(b'\n')[1200]
ok = open('single.out', 'rb').read() == open('dask.out', 'rb').read()
ok &= crash_line in dask and int(sys.argv[1]) == 2
rest = [l for l in dask if l != crash_line]
ok &= rest[:-1] == single[:-1]
summary = re.compile(r'claimcheck: (\d+) documents read, (\d+) failed, (\d+) bytes')
s, d = summary.match(single[-1]).groups(), summary.match(dask[-1]).groups()
ok &= int(d[0]) == int(s[0]) and int(d[1]) == int(s[1]) + 1
ok &= int(d[2]) == int(s[2]) + len(record) + 1  # (a blank line counts no bytes)
if not ok:
    sys.stderr.write('single: %s\ncluster: %s\n' % (single[-1], dask[-1]))
sys.exit(0 if ok else 1)
PY
then
  passed=$((passed + 1))
  echo "PASS: a record that crashes the binary is reported with its file and line"
else
  failed=$((failed + 1))
  echo "FAIL: the crashing record was not reported in its place, or other records were lost" >&2
  head -5 dask.err >&2
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
