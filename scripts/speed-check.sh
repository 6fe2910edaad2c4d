#!/usr/bin/env bash
# Times the tool cold, as a user runs it, against Graphviz drawing the same four-step process
# (tests/Doctoury.Graphics.Benchmarks/car-t.dot): each round runs every command once in turn
# (A B C A B C ...), so drift on a shared machine hits them alike. Prints per command the median
# wall time, the median peak memory (RSS), the median of its per-round ratio to `dot -Tpng` and
# the ratio of the two medians (the per-round ratio is the noisier: a quick dot run inflates it).
# A batch of 100 specs (the seed under 100 ids) shows whether memory stays flat as a batch grows.
#
#   scripts/speed-check.sh                       # publishes the native (AOT) and the framework-dependent tool first
#   scripts/speed-check.sh --tool PATH [--tool PATH ...] [--runs N] [--no-batch]
#
# Needs Graphviz (Debian: graphviz) and GNU time (Debian: time). Publishing the native tool needs
# clang and zlib1g-dev (Debian), as Native AOT does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=11
batch=yes
tools=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --tool) tools+=("$2"); shift 2 ;;
    --no-batch) batch=no; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "speed-check: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for needed in dot /usr/bin/time; do
  command -v "$needed" >/dev/null || { echo "speed-check: '$needed' is missing; on Debian: apt-get install graphviz time" >&2; exit 2; }
done

if [ ${#tools[@]} -eq 0 ]; then
  build="$root/artifacts/speed"
  echo "publishing the native tool and the framework-dependent tool into artifacts/speed ..." >&2
  dotnet publish "$root/src/Doctoury.Graphics.Cli" -c Release -r linux-x64 -o "$build/native" -p:NativeDebugSymbols=false >/dev/null
  dotnet publish "$root/src/Doctoury.Graphics.Cli" -c Release -p:PublishAot=false -o "$build/framework" >/dev/null
  tools=("$build/native/doctoury-graphics" "$build/framework/doctoury-graphics")
fi

spec="$root/specs/car-t-cell-therapy.yaml"
dotfile="$root/tests/Doctoury.Graphics.Benchmarks/car-t.dot"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/batch"
for i in $(seq -w 1 100); do sed "s/^id: car-t-cell-therapy$/id: car-t-$i/" "$spec" > "$work/batch/car-t-$i.yaml"; done

# name<TAB>command; every command writes into the scratch folder.
cases=("dot -Tpng	dot -Tpng -Gdpi=136 $dotfile -o $work/car-t.png")
for tool in "${tools[@]}"; do
  label=$(basename "$(dirname "$tool")")
  cases+=("$label: full bundle	$tool render $spec --out $work/$label --force")
  cases+=("$label: --format svg	$tool render $spec --out $work/$label-svg --force --format svg")
  [ "$batch" = yes ] && cases+=("$label: 100 specs, full bundles	$tool render $work/batch --out $work/$label-batch --force")
done

# One warm-up round (disk cache), then the timed rounds.
for c in "${cases[@]}"; do bash -c "${c#*	}" >/dev/null 2>&1 || { echo "speed-check: this failed: ${c#*	}" >&2; exit 1; }; done
for round in $(seq "$runs"); do
  for i in "${!cases[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/peak" bash -c "exec ${cases[$i]#*	}" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$round $i $(( (end - start) / 1000 )) $(tail -1 "$work/peak")" >> "$work/times"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -a peaks
printf '%-36s %10s %10s %12s %12s\n' "cold, median of $runs alternating runs" "wall (s)" "peak MiB" "÷ dot, pairs" "÷ dot median"
for i in "${!cases[@]}"; do
  wall=$(awk -v i="$i" '$2 == i { print $3 / 1e6 }' "$work/times" | median)
  peak=$(awk -v i="$i" '$2 == i { printf "%.1f\n", $4 / 1024 }' "$work/times" | median)
  ratio=$(awk -v i="$i" '$2 == 0 { dot[$1] = $3 } $2 == i { t[$1] = $3 } END { for (r in t) if (dot[r] > 0) printf "%.2f\n", t[r] / dot[r] }' "$work/times" | median)
  [ "$i" -eq 0 ] && dotwall=$wall
  printf '%-36s %10.3f %10.1f %12.2f %12.2f\n' "${cases[$i]%%	*}" "$wall" "$peak" "$ratio" "$(awk -v a="$wall" -v b="$dotwall" 'BEGIN { print a / b }')"
  peaks[$i]=$peak
done
# Cases go in threes per tool: full bundle, svg, batch.
[ "$batch" = yes ] && for t in "${!tools[@]}"; do
  one=${peaks[$((1 + 3 * t))]}; batch=${peaks[$((3 + 3 * t))]}
  awk -v l="$(basename "$(dirname "${tools[$t]}")")" -v a="$one" -v b="$batch" 'BEGIN { printf "%s: peak memory of 100 specs is %.2fx that of one\n", l, b / a }'
done
