#!/bin/sh
# compare.sh times verity check against ripgrep on a generated corpus.
#
#   verify/testdata/bench/compare.sh [DOCS] [CLAIMS] [WORKDIR]
#
# Run it from the module root. It generates DOCS documents (default 20000,
# about 50 MB) and CLAIMS claims (default 1000) with the deterministic
# generator (verify/internal/gen), builds verity, then times, with
# /usr/bin/time (wall, user+sys CPU, peak RSS):
#   - rg -c said over the same files (ripgrep: apt-get install -y ripgrep)
#   - verity check CLAIMS --sources DIR --format json --stats
#   - verity check with 10x the claims (the index makes claims cheap)
#   - verity check over a tenth of the sources (the cost is linear)
# and checks that at least 99% of the planted verdicts come out.
# Measure on a quiet machine: the load average is printed with each figure.
set -eu
docs=${1:-20000}
nclaims=${2:-1000}
work=${3:-${TMPDIR:-/tmp}/verity-bench}
time=/usr/bin/time
command -v rg >/dev/null || { echo "compare.sh: ripgrep (rg) is not installed" >&2; exit 2; }
[ -x "$time" ] || { echo "compare.sh: $time (GNU time) is not installed" >&2; exit 2; }

mkdir -p "$work"
go build -o "$work/verity" ./cmd/verity
gen() { # gen DIR DOCS CLAIMS
	[ -f "$1/claims.json" ] || go run ./verify/internal/gen/vgen -docs "$2" -claims "$3" -out "$1"
}
gen "$work/c$docs-$nclaims" "$docs" "$nclaims"
gen "$work/c$docs-$((nclaims * 10))" "$docs" "$((nclaims * 10))"
gen "$work/c$((docs / 10))-$nclaims" "$((docs / 10))" "$nclaims"
big=$work/c$docs-$nclaims

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
echo "corpus:  $(find "$big/sources" -type f | wc -l) files, $(cat "$big"/sources/*/* | wc -c) bytes"

measure() { # measure LABEL CMD...
	label=$1
	shift
	sync
	load=$(cut -d' ' -f1 /proc/loadavg)
	# Warm the page cache so that both tools read from memory.
	cat "$big"/sources/*/* >/dev/null
	$time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || true
	read -r wall user sys rss <"$work/time.txt"
	printf '%-34s wall %6.2fs  cpu %6.2fs  peak RSS %5d MB  (load %s)\n' "$label" "$wall" \
		"$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$load"
}

measure "rg -c said" rg -c said "$big/sources"
measure "verity check ($docs docs, $nclaims claims)" "$work/verity" check "$big/claims.json" --sources "$big/sources" --format json --fail-on none --stats
cp "$work/out.txt" "$work/report.json"
sed -n 's/^verity: stats: /  /p' "$work/err.txt"
measure "verity check ($docs docs, $((nclaims * 10)) claims)" "$work/verity" check "$work/c$docs-$((nclaims * 10))/claims.json" --sources "$work/c$docs-$((nclaims * 10))/sources" --format json --fail-on none
measure "verity check ($((docs / 10)) docs, $nclaims claims)" "$work/verity" check "$work/c$((docs / 10))-$nclaims/claims.json" --sources "$work/c$((docs / 10))-$nclaims/sources" --format json --fail-on none

# The planted verdicts: the report's verdict/reason against expected.json.
python3 - "$work/report.json" "$big/expected.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
want = json.load(open(sys.argv[2]))
ok = sum(1 for r in results if (r["verdict"], r["reason"]) == (want[r["id"]]["verdict"], want[r["id"]]["reason"]))
print(f"planted verdicts: {ok}/{len(results)} ({100 * ok / max(len(results), 1):.1f}%)")
sys.exit(0 if ok >= 0.99 * len(results) else 1)
PY
