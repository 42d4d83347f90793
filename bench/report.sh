# Sourced by bench/run at the end: turns $OUT/samples.tsv into a table of medians and ratios, printed and
# written to $OUT/results.md.
{
    echo "# Benchmark results"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $( $SMOKE && echo 'smoke run' || echo 'full run'): $ROUNDS round(s), wrk -t2 -c16 -d${SECS}s" \
        "(warm-up ${WARM}s discarded; ${SWARM}s per size), $STARTS start(s); nproc $(nproc), $(java -version 2>&1 | head -1), node $(node -v)."
    echo
    echo "## Simulator vs official fake (medians)"
    echo
    if $FAKE; then
        echo "| figure | simulator | fake | simulator/fake | better |"
        echo "|---|---:|---:|---:|---|"
        row() { local s f; s=$(median sim "$1"); f=$(median fake "$1")
                echo "| $1 | $(fmt "$s") | $(fmt "$f") | $(ratio "$s" "$f") | $2 |"; }
    else
        echo "(fake not installed: simulator only)"; echo
        echo "| figure | simulator |"; echo "|---|---:|"
        row() { echo "| $1 | $(fmt "$(median sim "$1")") |"; }
    fi
    for e in "${ENDPOINTS[@]}"; do
        read -r name _ <<<"$e"
        row "$name rps" higher; row "$name p50_ms" lower; row "$name p99_ms" lower; row "$name errors" lower
    done
    row startup_ms lower; row rss_idle_mib lower; row rss_load_mib lower
    echo
    if [[ " ${TARGETS[*]} " == *" bare "* ]]; then
        echo "## Simulator vs bare Javalin (the ceiling: bench/BareServer.java, same Jetty/Javalin/Jackson; medians)"
        echo
        echo "| figure | simulator | bare Javalin | simulator/bare |"
        echo "|---|---:|---:|---:|"
        for e in "${ENDPOINTS[@]}"; do
            read -r name _ <<<"$e"
            for f in rps p99_ms; do
                s=$(median sim "$name $f"); b=$(median bare "$name $f")
                echo "| $name $f | $(fmt "$s") | $(fmt "$b") | $(ratio "$s" "$b") |"
            done
        done
        echo
    fi
    if [[ -n $SCALES ]]; then
    echo "## Simulator by workspace size (medians; N spaces, connected accounts, user identities, access grants)"
    echo
    first=${SCALES%% *} last=${SCALES##* }
    header="| figure |"; rule="|---|"
    for n in $SCALES; do header+=" $n |"; rule+="---:|"; done
    echo "$header $last/$first |"; echo "$rule---:|"
    srow() { local line="| $1 |" n; for n in $SCALES; do line+=" $(fmt "$(median "n$n" "$1")") |"; done
             echo "$line $(ratio "$(median "n$last" "$1")" "$(median "n$first" "$1")") |"; }
    for e in "${SCALE_WORK[@]}"; do
        read -r name _ <<<"$e"
        srow "$name rps"; srow "$name p50_ms"; srow "$name p99_ms"; srow "$name errors"
    done
    srow load_ms; srow rss_mib
    fi
} >"$OUT/results.md"
cat "$OUT/results.md"
log "written to $OUT/results.md"
# A run where a request failed or a wrk run served nothing measured the wrong thing: fail (CI runs --smoke).
bad=$(awk -F'\t' '($2 ~ / errors$/ && $3 != 0) || ($2 ~ / rps$/ && $3 + 0 == 0)' "$OUT/samples.tsv" | wc -l)
if (( bad > 0 )); then die "$bad wrk run(s) had failed requests or served nothing (see $OUT/raw/)"; fi
