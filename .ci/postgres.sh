# Sourced by .ci/run: makes a local PostgreSQL available for the store contract suite and exports
# SITREP_TEST_PG. Idempotent (installs, creates and starts only what is missing). Where it cannot
# (no apt, not root), it says why and the PostgreSQL suite skips with its own reason.
setup_test_postgres() {
  if [ -n "${SITREP_TEST_PG:-}" ]; then
    echo "postgres: using SITREP_TEST_PG from the environment"
    return 0
  fi
  local sudo_pg
  if [ "$(id -u)" = 0 ]; then sudo_pg="runuser -u postgres --"; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo_pg="sudo -n -u postgres"; else
    echo "postgres: skipped (not root and no passwordless sudo); set SITREP_TEST_PG to run the PostgreSQL store suite"
    return 0
  fi
  local root=""
  [ "$(id -u)" = 0 ] || root="sudo -n"
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "postgres: skipped (PostgreSQL is not installed and apt-get is unavailable); set SITREP_TEST_PG to run the PostgreSQL store suite"
      return 0
    fi
    echo "postgres: installing Debian's postgresql"
    if ! { $root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $root apt-get install -y -qq postgresql >/dev/null; }; then
      echo "postgres: skipped (apt-get install postgresql failed)"
      return 0
    fi
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
    $root pg_createcluster "$version" main >/dev/null || return 1
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    $root pg_ctlcluster "$version" main start || return 1
  fi
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  local psql="$sudo_pg psql -p $port -qtAX"
  if [ "$($psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'sitrep_test'")" != 1 ]; then
    $psql -c "CREATE ROLE sitrep_test LOGIN PASSWORD 'sitrep_test'" || return 1
  fi
  if [ "$($psql -c "SELECT 1 FROM pg_database WHERE datname = 'sitrep_test'")" != 1 ]; then
    $psql -c "CREATE DATABASE sitrep_test OWNER sitrep_test" || return 1
  fi
  export SITREP_TEST_PG="postgres://sitrep_test:sitrep_test@localhost:$port/sitrep_test"
  echo "postgres: SITREP_TEST_PG=$SITREP_TEST_PG"
}
