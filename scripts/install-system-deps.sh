#!/usr/bin/env bash
# Installs the Debian packages mdd needs, only those that are missing: Chromium (PDF), poppler
# (PDF checks in the tests), the Liberation and DejaVu fonts the report uses, and the compiler
# toolchain better-sqlite3 is built with. Uses sudo when not run as root. Safe to run again.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
# better-sqlite3 has no prebuilt binary reachable everywhere; npm then compiles it.
command -v make >/dev/null 2>&1 || need+=(make)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v python3 >/dev/null 2>&1 || need+=(python3)

if [ ${#need[@]} -eq 0 ]; then
  echo "systeem: alle benodigde Debian-pakketten zijn al aanwezig"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "systeem: deze pakketten ontbreken: ${need[*]}" >&2
    echo "systeem: installeer ze als root (apt-get install ${need[*]}); sudo is er niet" >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi
echo "systeem: Debian-pakketten installeren: ${need[*]}"
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${need[@]}"
