#!/usr/bin/env bash
# Makes a local PostgreSQL ready for mdd and prints its URL on stdout (messages go to stderr):
# installs Debian's postgresql when missing, starts the cluster when it is down, and creates
# the role mdd (password mdd, may create databases) and its database mdd when missing.
# Used by .ci/run and by `npm test`. Uses sudo when not run as root. Safe to run again.
set -euo pipefail

say() { echo "postgres: $*" >&2; }

as_root=()
as_postgres=(runuser -u postgres --)
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    say "niet als root gestart en sudo is er niet; start PostgreSQL zelf en zet MDD_TEST_DATABASE"
    exit 1
  fi
  as_root=(sudo)
  as_postgres=(sudo -u postgres)
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  say "Debian-pakket postgresql installeren"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends postgresql >&2
fi

# The newest cluster: Debian's package makes one (e.g. 15 main) on installation.
cluster=$(pg_lsclusters --no-header | sort -k1,1V | tail -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  say "cluster $version main aanmaken"
  "${as_root[@]}" pg_createcluster "$version" main >&2
  cluster=$(pg_lsclusters --no-header | sort -k1,1V | tail -n 1)
fi
read -r version name port status _ <<<"$cluster"

if [ "$status" != "online" ]; then
  say "cluster $version $name starten"
  "${as_root[@]}" pg_ctlcluster "$version" "$name" start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { say "PostgreSQL antwoordt niet op poort $port"; exit 1; }

psql_admin() { "${as_postgres[@]}" psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'mdd'")" ]; then
  say "rol mdd aanmaken"
  psql_admin -c "CREATE ROLE mdd LOGIN PASSWORD 'mdd' CREATEDB" >&2
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'mdd'")" ]; then
  say "database mdd aanmaken"
  psql_admin -c "CREATE DATABASE mdd OWNER mdd" >&2
fi

echo "postgres://mdd:mdd@127.0.0.1:$port/mdd"
