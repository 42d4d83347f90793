# Helpers for bench/run (sourced). Every loop here is bounded in count and time; every process started is
# recorded in PIDS and ended by cleanup (bench/run traps EXIT).

PIDS=()

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
    PIDS=()
    # wrk runs inside command substitutions, so its pid (the `timeout` wrapper, which passes TERM on) is in a file
    if [[ -f ${OUT:-/nonexistent}/wrk.pid ]]; then stop_pid "$(cat "$OUT/wrk.pid")"; fi
}

# Ends one process this script started: TERM, then KILL after at most 5 s.
stop_pid() {
    local pid=$1 n
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for n in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# First port from $1 upwards that nothing on 127.0.0.1 listens on (at most 200 tries).
free_port() {
    local p=$1 n
    for n in $(seq 1 200); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
        p=$((p + 1))
    done
    die "no free port from $1"
}

# Waits for a 200 from http://127.0.0.1:$1/health (at most $2 seconds); prints ms since start time $3.
wait_health() {
    local port=$1 limit_s=$2 t0=$3 n code
    local deadline=$(( $(now_ms) + limit_s * 1000 ))
    for n in $(seq 1 $((limit_s * 100))); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health" || true)
        if [[ $code == 200 ]]; then echo $(( $(now_ms) - t0 )); return 0; fi
        (( $(now_ms) > deadline )) && break
        sleep 0.01
    done
    return 1
}

rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo NA; }

# Starts target $1 on port $2; sets STARTED_PID and STARTED_MS (process start to first 200). Targets: sim (the
# README's command: the jar with the AppCDS archive that `package` writes), sim_nocds (the jar alone), fake,
# bare (bench/BareServer.java: bare Javalin on the simulator's own classes, the ceiling).
start_target() {
    local target=$1 port=$2 t0
    t0=$(now_ms)
    if [[ $target == sim ]]; then
        java -XX:SharedArchiveFile=target/seam-simulator.jsa -XX:MaxTenuringThreshold=1 -XX:MaxGCPauseMillis=20 -XX:CompileThresholdScaling=2 -jar target/seam-simulator.jar --port "$port" >>"$OUT/sim.log" 2>&1 &
    elif [[ $target == sim_nocds ]]; then
        java -jar target/seam-simulator.jar --port "$port" >>"$OUT/sim.log" 2>&1 &
    elif [[ $target == bare ]]; then
        java -cp target/seam-simulator.jar bench/BareServer.java "$port" >>"$OUT/bare.log" 2>&1 &
    else
        PORT=$port NODE_ENV=production node --require ./bench/loopback.cjs \
            bench/node_modules/@seamapi/fake-seam-connect/dist/server.js --seed >>"$OUT/fake.log" 2>&1 &
    fi
    STARTED_PID=$!
    PIDS+=("$STARTED_PID")
    STARTED_MS=$(wait_health "$port" 60 "$t0") || die "$target did not answer /health within 60 s (see $OUT/$target.log)"
}

# One wrk run. Args: label port method path body keys seconds. Prints "rps p50_ms p99_ms errors".
# Raw output goes to $OUT/raw/. errors = non-2xx/3xx responses plus socket errors.
wrk_run() {
    local label=$1 port=$2 method=$3 path=$4 body=$5 keys=$6 secs=$7 token=${8:-seam_apikey1_token}
    local raw="$OUT/raw/$label.txt"
    BENCH_METHOD=$method BENCH_PATH=$path BENCH_BODY=$body BENCH_KEYS=$keys BENCH_TOKEN=$token \
        timeout $((secs + 30)) wrk -t2 -c16 -d"${secs}s" --latency -s bench/request.lua \
        "http://127.0.0.1:$port" >"$raw" 2>&1 &
    local wpid=$!
    echo "$wpid" >"$OUT/wrk.pid"
    wait "$wpid" || { log "wrk failed for $label (see $raw)"; echo "0 NA NA 1"; return 0; }
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
                         if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }  $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { err += $NF }
        /Socket errors:/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
        END { printf "%s %.3f %.3f %d\n", (rps == "" ? 0 : rps), p50, p99, err }' "$raw"
}

# Records one sample: target figure value (TSV in $OUT/samples.tsv).
sample() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$OUT/samples.tsv"; }

# Median of the samples for target $1, figure $2 (NA if none).
median() {
    awk -F'\t' -v t="$1" -v f="$2" '$1 == t && $2 == f && $3 != "NA" { print $3 }' "$OUT/samples.tsv" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) print "NA"; else if (NR % 2) print v[(NR + 1) / 2];
              else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "NA" || b == "NA" || b == 0) print "NA"; else printf "%.2f", a / b }'; }
fmt() { awk -v a="$1" 'BEGIN { if (a == "NA") print "NA"; else if (a >= 100 || a == int(a)) printf "%.0f", a; else printf "%.2f", a }'; }
