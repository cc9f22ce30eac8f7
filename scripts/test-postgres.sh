#!/usr/bin/env bash
# `npm run test:postgres`: runs the Strapi integration suites against PostgreSQL, the production
# database. With TEST_POSTGRES_URL set it uses that server (the user must be allowed to create
# databases); otherwise it installs PostgreSQL from Debian's packages if needed, starts the local
# cluster on loopback and creates a throw-away test role.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "▶ Installing PostgreSQL from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
  cluster=$(pg_lsclusters --no-header | head -n 1)
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$version" main >/dev/null
    cluster=$(pg_lsclusters --no-header | head -n 1)
  fi
  version=$(echo "$cluster" | awk '{print $1}')
  name=$(echo "$cluster" | awk '{print $2}')
  port=$(echo "$cluster" | awk '{print $3}')
  if ! echo "$cluster" | grep -q online; then
    echo "▶ Starting PostgreSQL $version/$name on port $port"
    pg_ctlcluster "$version" "$name" start
  fi
  for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p "$port" -q && break
    sleep 1
  done
  password="dh-test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'disclosure_hub_test') THEN
    CREATE ROLE disclosure_hub_test LOGIN CREATEDB;
  END IF;
END \$\$;
ALTER ROLE disclosure_hub_test PASSWORD '$password';
SQL
  export TEST_POSTGRES_URL="postgres://disclosure_hub_test:${password}@127.0.0.1:${port}/postgres"
fi

npm run build:packages --silent
TEST_DATABASE=postgres npx jest --selectProjects cms "$@"
