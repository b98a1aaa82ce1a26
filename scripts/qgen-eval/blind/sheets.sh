#!/bin/bash
# A/B sheets for every blind bank two banks.sh folders disagree on (b-, u-, s-, p-):
#   ROUND=r12 scripts/qgen-eval/blind/sheets.sh OLD_OUT NEW_OUT SHEET_DIR
# Writes SHEET_DIR/NAME.md and SHEET_DIR/key.json (which set is which); a single article's quiz
# is cut to its first 12 items, a reader's load.
set -eu
: "${ROUND:?set ROUND, which salts the A/B order}"
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$3"
for f in "$2"/b-*.json "$2"/u-*.json "$2"/s-*.json "$2"/p-*.json; do
	[ -e "$f" ] || continue
	b=$(basename "$f" .json)
	cmp -s "$f" "$1/$b.json" && continue
	cap=$([[ $b == p-* ]] && echo 12 || true)
	python3 "$HERE/sheet.py" "${b#b-}" "$1/$b.json" "$f" "$3/${b#b-}.md" "$3/key.json" $cap
	echo "${b#b-}"
done
