#!/usr/bin/env bash
# First run on a fresh Debian machine: system packages, npm packages, the shipped golden
# delivery and the demo history (five more quarters) imported into a fresh database, and
# Schagen's (GM0441) report of 23-1-2017 as HTML and PDF.
set -euo pipefail
cd "$(dirname "$0")/.."

# Node 20.19 or newer must be there already (Debian 12's own nodejs is too old).
if ! command -v node >/dev/null 2>&1 ||
  ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "quickstart: Node.js 20.19 of nieuwer is nodig (gevonden: $(node --version 2>/dev/null || echo geen))." >&2
  exit 1
fi

./scripts/install-system-deps.sh

echo "quickstart: npm-pakketten installeren (npm ci; de eerste keer wordt better-sqlite3 gecompileerd)"
npm ci --no-audit --no-fund

# A fresh database each run, so the quickstart always shows the same result.
export MDD_DATABASE=var/quickstart.sqlite
rm -f "$MDD_DATABASE" "$MDD_DATABASE-wal" "$MDD_DATABASE-shm"

echo
echo "quickstart: de levering data/golden-2017q1 en de demogeschiedenis data/demo-history"
echo "            (2016Q1 t/m 2016Q4 en 2017Q2) importeren in $MDD_DATABASE"
echo "quickstart: let op: die leveringen bestaan grotendeels uit verzonnen gegevens;"
echo "            alleen de gemeenten en de cijfers van Schagen zijn echt (zie data/golden-2017q1/PROVENANCE.md"
echo "            en data/demo-history/README.md)."
node bin/mdd.js import data/golden-2017q1 data/demo-history

echo
echo "quickstart: rapport voor Schagen (GM0441) op peildatum 23-1-2017 maken"
node bin/mdd.js report GM0441 --date 2017-01-23 --format html,pdf --out out

html="out/GM0441-2017-01-23.html"
pdf="out/GM0441-2017-01-23.pdf"
for file in "$html" "$pdf"; do
  if [ ! -s "$file" ]; then
    echo "quickstart: $file is niet gemaakt" >&2
    exit 1
  fi
done
echo
echo "quickstart: klaar. Het rapport van Schagen op peildatum 23-1-2017 (voorbeeldgegevens):"
echo "  HTML: $PWD/$html"
echo "  PDF:  $PWD/$pdf"
