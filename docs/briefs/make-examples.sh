#!/usr/bin/env bash
# Rebuilds the example briefs of docs/briefs/ from ../shared (see README.md here): a temporary SQLite store holding
# ../shared/corpus (no date) and ../shared/corpus-news-2024 (each article with --date set to the publication date its
# gold-news-2024 record gives), then each brief (a country's, an area's, a search's) as Markdown (charts as SVG beside it) and
# PDF, the PDF's pages as PNG.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared
data="$(mktemp -d /tmp/caytre-briefs.XXXXXX)"
trap 'rm -rf "$data"' EXIT
bin/caytre ingest --data "$data" "$shared/corpus" >/dev/null
for f in "$shared"/corpus-news-2024/*.txt; do
  gold="$shared/gold-news-2024/$(basename "${f%.txt}").json"
  date="$(sed -n 's/.*"date": *"\([0-9-]*\)".*/\1/p' "$gold" | head -1)"
  bin/caytre ingest --data "$data" ${date:+--date "$date"} "$f" >/dev/null
done
out=docs/briefs
brief() {   # NAME ARGS…
  local name="$1"; shift
  bin/caytre brief --data "$data" "$@" --format md "$out/$name.md"
  bin/caytre brief --data "$data" "$@" --format pdf "$data/$name.pdf"
  rm -f "$out/$name"-page-*.png
  pdftoppm -png -r 72 "$data/$name.pdf" "$out/$name-page"
}
brief USA-2020-2024 --country USA --from 2020 --to 2024
brief multilateral-2020-2024 --area multilateral --from 2020 --to 2024
brief search-bien-dong --query "\"Biển Đông\"" --matched-passages
