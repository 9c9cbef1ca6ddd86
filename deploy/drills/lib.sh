# Shared by the resilience drills (sourced, not run). Each drill starts its own PostgreSQL cluster in a temporary
# folder on its own port and runs the packaged app against it: nothing else on the machine is touched.
#
# Needs: Java 17, PostgreSQL 15's binaries (Debian: /usr/lib/postgresql/15/bin, or set PG_BIN), curl, and a Keycloak
# with the local realm (deploy/keycloak/placeworks-realm.json) on PLACEWORKS_KEYCLOAK_PORT (default 8180), as
# deploy/local/run starts one. The app is packaged first unless target/quarkus-app/quarkus-run.jar exists.
set -euo pipefail

DRILLS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
# The packaged app (./mvnw package -DskipTests); a copy elsewhere may be named, so that a build meanwhile does not
# change it under a running drill.
APP_DIR="${APP_DIR:-$DRILLS_ROOT/target/quarkus-app}"
KEYCLOAK="http://127.0.0.1:${PLACEWORKS_KEYCLOAK_PORT:-8180}"
# Everything a drill makes (database, logs, the ids of acknowledged writes) stays here; removed at the end unless
# DRILL_KEEP=1.
DRILL_DIR="${DRILL_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/placeworks-drill.XXXXXX")}"
mkdir -p "$DRILL_DIR"
PG_PORT="${DRILL_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}"
OWNER_PASSWORD="drill-owner-$RANDOM$RANDOM"
APP_PASSWORD="drill-app-$RANDOM$RANDOM"
# The JVM as in production (docs/running.md, "The JVM's settings"): the local run's options, which JvmSizingTest keeps
# equal to the Kubernetes manifest's.
JVM_OPTIONS="$(sed -n 's/^jvm_options="\(.*\)"$/\1/p' "$DRILLS_ROOT/deploy/local/run")"
[ -n "$JVM_OPTIONS" ] || { echo "No jvm_options line in deploy/local/run" >&2; exit 1; }
declare -A APP_PIDS=()
# APP_CPU_LIMIT[name]=CORES holds an instance to that much CPU time (a cgroup's quota), as a pod's CPU limit does.
declare -A APP_CPU_LIMIT=()
# The production secrets, made once per drill and shared by every instance, as replicas share one Kubernetes Secret:
# a session cookie sealed by one instance is opened by another, and a report encrypted by one is read by the other.
SESSION_SECRET="drill-session-secret-$(head -c 24 /dev/urandom | base64)"
STATE_SECRET="drill-state-secret-$(head -c 24 /dev/urandom | base64)"
REPORTER_KEYS="k1=$(head -c 32 /dev/urandom | base64)"
REPORTER_MATCH_KEY="$(head -c 32 /dev/urandom | base64)"
RECEIPT_PEPPER="$(head -c 32 /dev/urandom | base64)"

# PostgreSQL refuses to run as root: as root, the drill's cluster runs as PG_OS_USER (default postgres, the user
# Debian's packages create). That user owns only the drill's own cluster, in DRILL_DIR.
PG_OS_USER="${PG_OS_USER:-postgres}"
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

say() { echo "[$(date -u +%H:%M:%S)] $*"; }
fail() { say "DRILL FAILED: $*" >&2; exit 1; }

free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 20000 ))
    (echo > "/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

package_app() {
  if [ ! -f "$APP_DIR/quarkus-run.jar" ]; then
    say "packaging the app"
    (cd "$DRILLS_ROOT" && ./mvnw -B -q package -Dmaven.test.skip=true)
  fi
}

psql_owner() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d placeworks -At "$@"; }

# A fresh cluster, durable as production's (fsync, synchronous_commit, full_page_writes on: PostgreSQL's defaults),
# with the two database users of docs/running.md.
pg_init() {
  say "PostgreSQL: a new cluster in $DRILL_DIR/pgdata on port $PG_PORT"
  [ "$(id -u)" = 0 ] && chown "$PG_OS_USER" "$DRILL_DIR" && chmod 755 "$DRILL_DIR"
  as_pg "$PG_BIN/initdb" -D "$DRILL_DIR/pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$DRILL_DIR/initdb.log" 2>&1
  cat >> "$DRILL_DIR/pgdata/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DRILL_DIR'
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 60
client_connection_check_interval = 1000
CONF
  pg_start
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres <<SQL
create role placeworks login password '$OWNER_PASSWORD';
create role placeworks_app login password '$APP_PASSWORD';
create database placeworks owner placeworks;
SQL
  psql_owner -c "create extension if not exists pg_trgm"
}

pg_start() {
  as_pg "$PG_BIN/pg_ctl" -D "$DRILL_DIR/pgdata" -l "$DRILL_DIR/postgres.log" -w -t 60 start > /dev/null
}

# mode: fast (clean shutdown, sessions ended) or immediate (as a crash: recovery from the WAL at the next start)
pg_stop() {
  as_pg "$PG_BIN/pg_ctl" -D "$DRILL_DIR/pgdata" -m "${1:-fast}" -w -t 60 stop > /dev/null
}

# app_start NAME [profile] [extra -D options...]: the packaged app on a free port; its port is in $DRILL_DIR/NAME.port.
app_start() {
  local name="$1" profile="${2:-local}"
  shift 2 || shift $#
  local port
  # The same port for every start of one instance, as behind a load balancer.
  [ -f "$DRILL_DIR/$name.port" ] || free_port > "$DRILL_DIR/$name.port"
  port=$(cat "$DRILL_DIR/$name.port")
  (
    cd "$APP_DIR"
    export PLACEWORKS_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/placeworks?ApplicationName=$name"
    export PLACEWORKS_DB_OWNER=placeworks PLACEWORKS_DB_OWNER_PASSWORD="$OWNER_PASSWORD"
    export PLACEWORKS_DB_USER=placeworks_app PLACEWORKS_DB_PASSWORD="$APP_PASSWORD"
    export PLACEWORKS_KEYCLOAK_URL="$KEYCLOAK"
    # The demo place without its two years of history cases: a first start in a minute rather than several.
    export PLACEWORKS_DEMO_HISTORY_CASES="${PLACEWORKS_DEMO_HISTORY_CASES:-0}"
    if [ "$profile" = prod ]; then
      export PLACEWORKS_WEB_CLIENT_SECRET=local-only-web-client-secret-0123456789
      export PLACEWORKS_ADMIN_CLIENT_SECRET=local-only-admin-client-secret
      export PLACEWORKS_SESSION_SECRET="$SESSION_SECRET" PLACEWORKS_OIDC_STATE_SECRET="$STATE_SECRET"
      export PLACEWORKS_REPORTER_KEYS="$REPORTER_KEYS" PLACEWORKS_REPORTER_MATCH_KEY="$REPORTER_MATCH_KEY"
      export PLACEWORKS_RECEIPT_PEPPER="$RECEIPT_PEPPER"
      export PLACEWORKS_JSON_LOGS=false
    fi
    [ -z "${APP_CPU_LIMIT[$name]:-}" ] || cpu_limit "$name" "${APP_CPU_LIMIT[$name]}" "$BASHPID"
    # shellcheck disable=SC2086
    exec java $JVM_OPTIONS -Dquarkus.profile="$profile" -Dquarkus.http.port="$port" "$@" -jar quarkus-run.jar
  ) >> "$DRILL_DIR/$name.log" 2>&1 &
  APP_PIDS[$name]=$!
}

# cpu_limit NAME CORES PID: PID (and what it becomes) gets CORES of CPU time per period, in a cgroup of the drill's
# own (cgroup v1's cpu controller or cgroup v2's cpu.max; needs root).
cpu_limit() {
  local group quota=$(awk -v c="$2" 'BEGIN { printf "%d", c * 100000 }')
  if [ -f /sys/fs/cgroup/cpu/cpu.cfs_quota_us ]; then
    group="/sys/fs/cgroup/cpu/placeworks-drill-$(basename "$DRILL_DIR")-$1"
    mkdir -p "$group" && echo 100000 > "$group/cpu.cfs_period_us" && echo "$quota" > "$group/cpu.cfs_quota_us"
  elif grep -qw cpu /sys/fs/cgroup/cgroup.controllers 2> /dev/null; then
    group="/sys/fs/cgroup/placeworks-drill-$(basename "$DRILL_DIR")-$1"
    mkdir -p "$group" && echo "$quota 100000" > "$group/cpu.max"
  else
    fail "no cgroup cpu controller to limit $1's CPU (run as root on Linux)"
  fi
  echo "$3" > "$group/cgroup.procs"
  echo "$group" >> "$DRILL_DIR/cgroups"
}

app_url() { echo "http://127.0.0.1:$(cat "$DRILL_DIR/$1.port")"; }

# Waits until the app answers ready (the database and Keycloak answer); fails after $2 seconds (default 900).
app_await_ready() {
  local name="$1" deadline=$((SECONDS + ${2:-900}))
  until curl -fsS -o /dev/null "$(app_url "$name")/q/health/ready" 2>/dev/null; do
    kill -0 "${APP_PIDS[$name]}" 2>/dev/null || { tail -30 "$DRILL_DIR/$name.log" >&2; fail "$name stopped while starting"; }
    [ $SECONDS -lt $deadline ] || fail "$name was not ready within ${2:-900} s"
    sleep 1
  done
}

app_kill9() {
  local name="$1"
  kill -9 "${APP_PIDS[$name]}" 2>/dev/null || true
  wait "${APP_PIDS[$name]}" 2>/dev/null || true
}

app_stop() {
  local name="$1"
  kill "${APP_PIDS[$name]}" 2>/dev/null || true
  wait "${APP_PIDS[$name]}" 2>/dev/null || true
}

# A demo user's access token, from the local realm's public test client (the demo password is the user name).
# One sign-in at a time: with brute-force protection on, Keycloak 26 refuses a user's concurrent sign-ins as an
# attack ("user_temporarily_disabled", 401), which four writers renewing their tokens together would be.
token() {
  flock "$DRILL_DIR/token.lock" curl -fsS -d grant_type=password -d client_id=placeworks-test -d "username=$1" -d "password=$1" \
    "$KEYCLOAK/realms/placeworks/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

first_id() { grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4; }

# write_load NAME WORKER: registers families through the API as the demo user frontline until $DRILL_DIR/stop
# exists. Every acknowledged write (201 with the family's id) goes to acked.WORKER; every answer's status to
# codes.WORKER; any other answer, with its body, to answers.WORKER.
write_load() {
  local url worker="$2" tok="" tok_at=-999 n=0 resp code body id
  url="$(app_url "$1")/api/v1/families"
  while [ ! -f "$DRILL_DIR/stop" ]; do
    if (( SECONDS - tok_at > 60 )) || [ -z "$tok" ]; then
      tok=$(token frontline || true)
      tok_at=$SECONDS
    fi
    n=$((n + 1))
    resp=$(curl -s --max-time 20 -w '\n%{http_code}' -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
      -H 'Accept: application/json' -d "{\"name\":\"Drill family $worker-$n\",\"addressId\":\"$ADDRESS\"}" "$url" 2>/dev/null) || true
    code=${resp##*$'\n'}
    body=${resp%$'\n'*}
    echo "$code" >> "$DRILL_DIR/codes.$worker"
    if [ "$code" = 201 ]; then
      id=$(echo "$body" | first_id)
      [ -n "$id" ] && echo "$id" >> "$DRILL_DIR/acked.$worker"
    else
      [ "$code" = 000 ] || echo "$code $(echo "$body" | head -c 400)" >> "$DRILL_DIR/answers.$worker"
      sleep 0.3
    fi
  done
}

acked_count() { cat "$DRILL_DIR"/acked.* 2>/dev/null | wc -l; }

# Waits for N more acknowledged writes (fails after 5 minutes without them).
await_acks() {
  local target=$(( $(acked_count) + $1 )) deadline=$((SECONDS + 300))
  until [ "$(acked_count)" -ge "$target" ]; do
    [ $SECONDS -lt $deadline ] || fail "no acknowledged writes for 5 minutes; see $DRILL_DIR/answers.*"
    sleep 0.2
  done
}

# The demo address every drill family lives at (Thornbury, inside frontline's boundary).
demo_address() {
  curl -fsS -H "Authorization: Bearer $(token admin)" "$(app_url "$1")/api/v1/addresses?q=100090000121" | first_id
}

# Every acknowledged write is in the database, whole: the family, its current address and its audit entry.
check_writes() {
  local acked missing partial
  cat "$DRILL_DIR"/acked.* 2>/dev/null | sort -u > "$DRILL_DIR/acked.all" || true
  acked=$(wc -l < "$DRILL_DIR/acked.all")
  psql_owner -c "create temp table acked (id uuid)" -c "\copy acked from '$DRILL_DIR/acked.all'" \
    -c "select count(*) from acked a where not exists (select 1 from family f where f.id = a.id)" > "$DRILL_DIR/missing"
  missing=$(tail -1 "$DRILL_DIR/missing")
  partial=$(psql_owner -c "select count(*) from family f where f.name like 'Drill family %' and (
      not exists (select 1 from family_residence r where r.family_id = f.id and r.to_date is null)
      or not exists (select 1 from audit_entry e where e.record_kind = 'family' and e.record_id = f.id::text and e.action = 'CREATE'))")
  STORED=$(psql_owner -c "select count(*) from family where name like 'Drill family %'")
  ACKED=$acked MISSING=$missing PARTIAL=$partial
  say "acknowledged writes: $ACKED; stored drill families: $STORED; acknowledged but missing: $MISSING; partial: $PARTIAL"
}

# Every scheduled job every 10 seconds (app_start NAME prod "${EVERY_10[@]}").
EVERY_10=("-Dplaceworks.audit.seal-cron=*/10 * * * * ?" "-Dplaceworks.insight.current-month-cron=*/10 * * * * ?"
  "-Dplaceworks.insight.full-rebuild-cron=5/10 * * * * ?" "-Dplaceworks.insight.outcomes.sustainment-cron=*/10 * * * * ?"
  "-Dplaceworks.panel.schedule-cron=5/10 * * * * ?" "-Dplaceworks.grant.lapse-cron=*/10 * * * * ?"
  "-Dplaceworks.caf.reminder-cron=*/10 * * ? * *")

# record_job_runs: from now on every run an instance claims and commits is written down, and held open for
# JOB_SECONDS (default 3), as a long job would be. Needs the schema (an instance started once).
record_job_runs() {
  # As the schema's owner, not the superuser: each start grants the app's role its rights on every table, which only
  # the owner of a table may do (a restarted instance stopped at "permission denied for table drill_job_run").
  psql_owner <<SQL
set role placeworks;
create table drill_job_run (job text not null, fire timestamptz not null, instance text not null, at timestamptz not null default clock_timestamp());
create function drill_record_run() returns trigger language plpgsql security definer as \$\$
begin
    insert into drill_job_run (job, fire, instance) values (new.job, new.last_fire, current_setting('application_name'));
    perform pg_sleep(${JOB_SECONDS:-3});
    return new;
end;
\$\$;
create trigger drill_record_run after update on scheduled_job_claim for each row
    when (new.last_fire is distinct from old.last_fire) execute function drill_record_run();
SQL
}

# count_job_runs: each job's runs (on a, on b) and triggers; sets RUNS, TWICE (triggers run more than once) and
# MISSED (fire times, every 10 s from a job's first recorded run to its last, with no run).
count_job_runs() {
  psql_owner -c "select job, count(*) as runs, count(distinct fire) as triggers, sum(case when instance = 'a' then 1 else 0 end) as on_a,
      sum(case when instance = 'b' then 1 else 0 end) as on_b from drill_job_run group by job order by job" -F ' ' > "$DRILL_DIR/runs"
  say "job, runs, triggers, runs on a, runs on b:"
  sed 's/^/    /' "$DRILL_DIR/runs"
  TWICE=$(psql_owner -c "select count(*) from (select job, fire from drill_job_run group by job, fire having count(*) > 1) t")
  MISSED=$(psql_owner -c "select coalesce(sum(m), 0)::int from (select extract(epoch from max(fire) - min(fire)) / 10 + 1
      - count(distinct fire) as m from drill_job_run group by job) t")
  RUNS=$(psql_owner -c "select count(*) from drill_job_run")
}

cleanup() {
  local name
  for name in "${!APP_PIDS[@]}"; do
    kill -9 "${APP_PIDS[$name]}" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  if [ -f "$DRILL_DIR/pgdata/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$DRILL_DIR/pgdata" -m immediate -w stop > /dev/null 2>&1 || true
  fi
  if [ -f "$DRILL_DIR/cgroups" ]; then
    sort -u "$DRILL_DIR/cgroups" | xargs -r rmdir 2> /dev/null || true
  fi
  if [ "${DRILL_KEEP:-0}" = 1 ]; then
    say "kept: $DRILL_DIR"
  else
    rm -rf "$DRILL_DIR"
  fi
}
