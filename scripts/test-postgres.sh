#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests of `migcheck db`, on a private port, owned by the
# `postgres` user (initdb and the server refuse to run as root, and CI runs as root).
#   scripts/test-postgres.sh start DIR   initdb into DIR (a new folder the postgres user can reach,
#                                        e.g. under /tmp), start the server, print its URL
#   scripts/test-postgres.sh stop DIR    stop that server (fast shutdown) and remove DIR
# The superuser `postgres` gets a random password and TCP connections must give it (scram), so
# the tests see real authentication, and real authentication failures.
set -euo pipefail
action=${1:-}
dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; elif command -v runuser >/dev/null; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

case "$action" in
  start)
    [ ! -e "$dir" ] || { echo "$dir exists already: give a new folder" >&2; exit 2; }
    mkdir -p "$dir"
    chown postgres "$dir"
    as_postgres test -x "$dir" || { echo "the postgres user cannot reach $dir: choose a folder under /tmp" >&2; exit 2; }
    chmod 700 "$dir"
    password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s\n' "$password" >"$dir/.pw"
    chown postgres "$dir/.pw"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/.pw" -A scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/.pw"
    # A private port: try a few in a high range until one is free.
    for _ in 1 2 3 4 5 6 7 8; do
      port=$((40000 + RANDOM % 20000))
      if as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
          -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >/dev/null 2>&1; then
        printf '%s\n' "$port" >"$dir/port"
        echo "postgresql://postgres:$password@127.0.0.1:$port/postgres"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
