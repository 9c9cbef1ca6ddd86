#!/usr/bin/env bash
# Times the insight summary rebuild's statements in psql, one by one, against a database of your own:
#   bench/insight-rebuild-timing.sh [--as ROLE] DB full|month [jit]   (jit: leave PostgreSQL JIT on, as before V35)
# --as runs them as the app's role (e.g. placeworks_app) under the wall, with the ground of system work, as the app's
# job runs them; without it, as the connecting user (the schema's owner passes no wall, and is quicker).
# Needs target/classes (./mvnw -o compile). Prints each measure's name and its time; the total at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --as ]; then
  wall="-c placeworks.scope=all -c placeworks.staff= -c placeworks.services={} -c placeworks.neighbourhoods={}"
  export PGOPTIONS="${PGOPTIONS:-} -c role=$2 $wall -c placeworks.estates={} -c placeworks.shared={}"
  shift 2
fi
db=$1 kind=${2:-month}
script=$(mktemp)
java -cp target/classes bench/InsightRebuildStatements.java "$kind" ${3:-} > "$script"
psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$db" -q \
  -v first="'$(date +%Y-%m-01)'" -v last="'$(date +%Y-%m-01)'" -v today="'$(date +%F)'" -f "$script" \
  | awk '/^Time: / { printf "%-24s %10.1f ms\n", step, $2; total += $2; next } /^[A-Z_0-9]+$/ { step = $0 }
         BEGIN { step = "delete" } END { printf "%-24s %10.1f ms\n", "total", total }'
rm -f "$script"
