# Shared by bench/run and bench/compare (sourced, in the project's root): the bench stack, the app started as
# production starts it, and stopping both. Expects $out, $settings, $app_port and $java_opts; start_app also
# $app_password, $jdbc_password and the props array read from $settings.

say() { echo "[bench] $*"; }

stack=""
app=""
stop_all() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ -n "$stack" ]; then kill "$stack" 2>/dev/null || true; wait "$stack" 2>/dev/null || true; fi
}

# PostgreSQL and Keycloak (the same code as deploy/local/run, on the bench's own data and Keycloak port); their
# settings are written to $settings once they are up, and read (read_settings). A restart adds to the same log.
start_stack() {
  rm -f "$settings"
  ./mvnw -B -o -q compiler:testCompile@devstack exec:java@local-stack -Dexec.args="$settings" >>"$out/stack.log" 2>&1 &
  stack=$!
  until [ -f "$settings" ]; do
    if ! kill -0 "$stack" 2>/dev/null; then
      stack=""
      echo "The bench stack did not start; see $out/stack.log:" >&2; tail -20 "$out/stack.log" >&2; exit 1
    fi
    sleep 1
  done
  read_settings
}

# What the stack wrote to $settings: the database's address, the owner's credentials (the generator loads with COPY
# as the owner; the load harness reads ids as it), the app's own role and its password, Keycloak's address and the
# database's port (psql, for the embedded server only); every line also as a -D option for the app (props).
read_settings() {
  jdbc_url=$(sed -n 's/^quarkus.datasource.jdbc.url=//p' "$settings")
  jdbc_user=$(sed -n 's/^quarkus.flyway.username=//p' "$settings")
  jdbc_password=$(sed -n 's/^quarkus.flyway.password=//p' "$settings")
  app_user=$(sed -n 's/^quarkus.datasource.username=//p' "$settings")
  app_password=$(sed -n 's/^quarkus.datasource.password=//p' "$settings")
  keycloak_url=$(sed -n 's/^placeworks.keycloak.url=//p' "$settings")
  pg_port=$(echo "$jdbc_url" | sed -n 's/^jdbc:postgresql:\/\/[^:]*:\([0-9]*\)\/.*/\1/p')
  props=()
  while IFS= read -r line; do [ -n "$line" ] && props+=("-D$line"); done <"$settings"
}

# The packaged app in $1 (a quarkus-app folder), prod profile, logging to $2; its pid in $app. A version older than the
# data's migrations starts on it (bench/compare runs two versions in turn on one database): a later version's
# migrations are ignored, not refused.
start_app() {
  # Local-only secrets (the same values as the local profile's); mail stays on this machine (mock mailer).
  PLACEWORKS_WEB_CLIENT_SECRET=local-only-web-client-secret-0123456789 \
  PLACEWORKS_OIDC_STATE_SECRET=local-only-state-secret-0123456789abcdef \
  PLACEWORKS_SESSION_SECRET=local-only-session-secret-0123456789abcdef \
  PLACEWORKS_ADMIN_CLIENT_SECRET=local-only-admin-client-secret \
  PLACEWORKS_DB_PASSWORD="$app_password" \
  PLACEWORKS_DB_OWNER_PASSWORD="${jdbc_password:-unused-the-embedded-server-trusts-local-connections}" \
  PLACEWORKS_REPORTER_KEYS=local-1=3IgIo5Dq1TwGzWpPGvJq4u+bpyMQ1t9o+fQJI1DkdDU= \
  PLACEWORKS_REPORTER_MATCH_KEY=fJLXpjGIPSrNBw+WLkSBiHcj41JTF1eufmL0YrgWMdE= \
  PLACEWORKS_RECEIPT_PEPPER=oMJK/sL38wIwaz/8v/Ls3FVnuZy39gGSrccLcvBE0uY= \
  PLACEWORKS_JSON_LOGS=false \
    bash -c 'cd "$0" && exec java "$@" -jar quarkus-run.jar' "$1" $java_opts -XX:SharedArchiveFile=app-cds.jsa \
    -Dquarkus.http.port="$app_port" -Dquarkus.mailer.mock=true -Dquarkus.flyway.ignore-migration-patterns='*:future' \
    "${props[@]}" >"$2" 2>&1 &
  app=$!
}

wait_ready() {
  local deadline=$((SECONDS + ${1:-300}))
  until curl -sf "http://localhost:$app_port/q/health/ready" >/dev/null; do
    if ! kill -0 "$app" 2>/dev/null; then echo "The app exited; see $2" >&2; tail -30 "$2" >&2; app=""; exit 1; fi
    [ $SECONDS -lt $deadline ] || { echo "The app was not ready in time; see $2" >&2; exit 1; }
    sleep 0.5
  done
}

stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; }
