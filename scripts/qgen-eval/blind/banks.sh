#!/bin/bash
# Writes the first-ten banks a blind A/B compares, from one checkout (a git worktree of a version):
#   scripts/qgen-eval/blind/banks.sh TREE OUT [tune|all]
# t-*  the 30 tuning stories (newswcl50, BASIL 00-19)     ts-* their 60 two-outlet subsets (BASIL 00-19)
# with "all" (the default) also the blind set, never to be read by whoever tunes the rules:
# b-*  BASIL 20-39 whole    u-* their two-outlet subsets    s-* each outlet alone
# p-*  the quiz each PolNeAR dev article gets alone (single-bank.ts)
# Generation is deterministic, so `cmp` between two OUT folders shows what a change touched.
# CORPORA defaults to ../shared/corpora beside the checkout.
set -eu
TREE=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd); MODE=${3:-all}
C=${CORPORA:-$TREE/../shared/corpora}
jobs=$(mktemp)
trap 'rm -f "$jobs"' EXIT
pairs() { # OUTPREFIX EVENT_DIR: one job per pair of a three-outlet folder
	local prefix=$1 f=("$2"/*.md) a b
	for p in "0 1" "0 2" "1 2"; do
		read -r a b <<<"$p"
		echo "$prefix-$(basename "${f[$a]}" .md)-$(basename "${f[$b]}" .md).json ${f[$a]} ${f[$b]}"
	done
}
for d in "$C"/newswcl50/event-* "$C"/basil/event-{00..19}; do
	echo "$OUT/t-$(basename "$(dirname "$d")")-$(basename "$d").json $(echo "$d"/*.md)" >>"$jobs"
done
for e in {00..19}; do pairs "$OUT/ts-event-$e" "$C/basil/event-$e" >>"$jobs"; done
if [ "$MODE" = all ]; then
	for e in {20..39}; do
		d=$C/basil/event-$e
		echo "$OUT/b-event-$e.json $(echo "$d"/*.md)" >>"$jobs"
		pairs "$OUT/u-event-$e" "$d" >>"$jobs"
		for x in "$d"/*.md; do echo "$OUT/s-e$e-$(basename "$x" .md).json $x" >>"$jobs"; done
	done
fi
cd "$TREE"
node scripts/cli/bundled.js scripts/generate.ts --help >/dev/null # build the bundle once
xargs -P 2 -L 1 sh -c 'node scripts/cli/bundled.js scripts/generate.ts --max 10 --out "$0" "$@" 2>/dev/null' <"$jobs"
if [ "$MODE" = all ]; then
	names=$(ls "$C/polnear/dev/text" | sed 's/\.txt$//' | paste -sd,)
	tmp=$(mktemp -d)
	node scripts/cli/bundled.js scripts/qgen-eval/blind/single-bank.ts "$C/polnear/dev" "$names" "$tmp"
	for f in "$tmp"/*.json; do mv "$f" "$OUT/p-$(basename "$f")"; done
	rmdir "$tmp"
fi
ls "$OUT" | wc -l
