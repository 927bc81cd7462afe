#!/usr/bin/env bash
# Start a private PostgreSQL server on 127.0.0.1 for the storage and router tests.
# Installs Debian's postgresql when it is missing. Prints the connection URL on stdout.
# Usage: scripts/pg-test.sh start DIR PORT | scripts/pg-test.sh stop DIR
set -euo pipefail
cmd=$1; dir=$2; port=${3:-54329}

pg_bin() {
  local b
  b=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  echo "$b"
}

if [ "$cmd" = stop ]; then
  bin=$(pg_bin)
  [ -n "$bin" ] && [ -d "$dir/data" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi

if [ -z "$(pg_bin)" ]; then
  echo "[pg-test] installing PostgreSQL from Debian's packages…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
bin=$(pg_bin)
id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres
mkdir -p "$dir"
chown postgres "$dir"
# PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
if [ ! -f "$dir/data/PG_VERSION" ]; then
  runuser -u postgres -- "$bin/initdb" -D "$dir/data" --auth=trust --username=postgres -E UTF8 --locale=C.UTF-8 >&2
fi
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
echo "postgres://postgres@127.0.0.1:$port/postgres"
