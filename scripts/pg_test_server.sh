#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL server for tests and benchmarks.
#
#   scripts/pg_test_server.sh start DIR [--fast]   # prints a postgresql:// URL on stdout
#   scripts/pg_test_server.sh stop DIR             # stops the server and deletes DIR
#
# The server listens only on a unix socket inside DIR (no TCP port), trusts local
# connections, and belongs to whoever started it. PostgreSQL refuses to run as root,
# so under root it runs as the "postgres" user (created by Debian's postgresql package).
# --fast turns off fsync and synchronous commit: fine for tests, wrong for benchmarks.
set -euo pipefail

cmd=${1:?usage: $0 start|stop DIR [--fast]}
dir=${2:?usage: $0 start|stop DIR [--fast]}
fast=${3:-}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "pg_test_server: PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb); apt-get install -y postgresql" >&2
  exit 3
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [[ $(id -u) -eq 0 ]]; then
      chown postgres: "$dir"
      if ! runuser -u postgres -- test -w "$dir"; then
        echo "pg_test_server: user postgres cannot reach $dir (a parent folder is private); use e.g. a folder made by mktemp -d and chmod 711" >&2
        exit 1
      fi
    fi
    nosync=""
    [[ "$fast" == "--fast" ]] && nosync="--no-sync"  # a throwaway cluster need not reach the disk
    as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 $nosync >"$dir/initdb.log" 2>&1 \
      || as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 $nosync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    opts="-c listen_addresses='' -c unix_socket_directories='$dir' -c port=5432 -c max_connections=50"
    if [[ "$fast" == "--fast" ]]; then
      opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 60 start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@/postgres?host=$dir&port=5432"
    ;;
  stop)
    if [[ -d "$dir/data" ]]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR [--fast]" >&2
    exit 2
    ;;
esac
