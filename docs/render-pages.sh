#!/bin/sh
# Renders the README's page images from an example: page 1 and the page where table 三 runs over,
# with the command-line jar and poppler's pdftoppm (apt-get install poppler-utils).
# Usage: docs/render-pages.sh   (from the repository root; ./govreport builds the jar when needed)
set -eu
example=examples/八桥镇-2020.govreport
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./govreport build "$example" --to pdf -o "$out" >/dev/null
pdf=$(ls "$out"/*.pdf)
# the page holding the second part of table 三: the first page after page 1 whose text repeats its header
# and holds its last row
page=$(for p in $(seq 2 "$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"); do
	if pdftotext -f "$p" -l "$p" "$pdf" - | tr -d ' \n' | grep -q '四、结转下年度继续办理'; then echo "$p"; break; fi
done)
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$pdf" docs/page-1
pdftoppm -r 60 -png -f "$page" -l "$page" -singlefile "$pdf" docs/page-table-3
echo "docs/page-1.png docs/page-table-3.png (page $page) from $example"
