# Sourced by bench/run at the end: turns $OUT/samples.tsv into a table of medians and ratios, printed and
# written to $OUT/results.md.
{
    echo "# Benchmark results"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $( $SMOKE && echo 'smoke run' || echo 'full run'): $ROUNDS round(s), wrk -t2 -c16 -d${SECS}s" \
        "(warm-up ${WARM}s discarded, each read ${JVM_WARM}s after a start; ${SWARM}s per size${SCALE_JAVA_OPTS:+ with $SCALE_JAVA_OPTS}), $STARTS start(s); nproc $(nproc), $(java -version 2>&1 | head -1), node $(node -v)."
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
    # start-up variants of the simulator against the fake's start-up and idle RSS (same run)
    xrow() { local s f; s=$(median sim "$1"); f=$(median fake "$2")
             if $FAKE; then echo "| $1 | $(fmt "$s") | $(fmt "$f") ($2) | $(ratio "$s" "$f") | lower |"
             else echo "| $1 | $(fmt "$s") |"; fi; }
    xrow startup_nocds_ms startup_ms; xrow rss_idle_nocds_mib rss_idle_mib
    xrow embed_first_ms startup_ms; xrow embed_warm_ms startup_ms
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
    echo "## Simulator by workspace size (medians; N spaces, connected accounts, user identities, access grants, access methods)"
    echo
    first=${SCALES%% *}
    header="| figure |"; rule="|---|"
    for n in $SCALES; do header+=" $n |"; rule+="---:|"; done
    for n in ${SCALES#"$first"}; do header+=" $n/$first |"; rule+="---:|"; done
    echo "$header"; echo "$rule"
    srow() { local line="| $1 |" n; for n in $SCALES; do line+=" $(fmt "$(median "n$n" "$1")") |"; done
             for n in ${SCALES#"$first"}; do line+=" $(ratio "$(median "n$n" "$1")" "$(median "n$first" "$1")") |"; done
             echo "$line"; }
    for e in "${SCALE_WORK[@]}"; do
        read -r name _ <<<"$e"
        srow "$name rps"; srow "$name p50_ms"; srow "$name p99_ms"; srow "$name errors"
    done
    srow seed_ms; srow heap_mib; srow bytes_per_object; srow rss_mib
    echo
    echo "heap_mib: heap used after a full GC once seeded; bytes_per_object: its growth over the empty simulator / 5 N."
    echo
    echo "### Flat cost: throughput at N / throughput at $first (issue 5: within 20%, i.e. at least 0.80)"
    echo
    header="| figure |"; rule="|---|"
    for n in ${SCALES#"$first"}; do header+=" $n |"; rule+="---:|"; done
    echo "$header within 20% |"; echo "$rule---|"
    for e in "${SCALE_WORK[@]}"; do
        read -r name _ <<<"$e"
        line="| $name |" verdict=yes
        for n in ${SCALES#"$first"}; do
            r=$(ratio "$(median "n$n" "$name rps")" "$(median "n$first" "$name rps")")
            line+=" $r |"
            awk -v r="$r" 'BEGIN { exit !(r == "NA" || r < 0.8) }' && verdict=no
        done
        echo "$line $verdict |"
    done
    fi
} >"$OUT/results.md"
cat "$OUT/results.md"
log "written to $OUT/results.md"
# A run where a request failed or a wrk run served nothing measured the wrong thing: fail (CI runs --smoke).
bad=$(awk -F'\t' '($2 ~ / errors$/ && $3 != 0) || ($2 ~ / rps$/ && $3 + 0 == 0)' "$OUT/samples.tsv" | wc -l)
if (( bad > 0 )); then die "$bad wrk run(s) had failed requests or served nothing (see $OUT/raw/)"; fi
