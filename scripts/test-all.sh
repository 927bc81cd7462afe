#!/usr/bin/env bash
# `npm test`: every test, on a fresh machine of this kind. Installs what it needs (npm packages,
# Debian's Chromium and PostgreSQL), starts a private PostgreSQL on 127.0.0.1, then runs the type
# check, the unit tests, the storage/router tests on PGlite and PostgreSQL, the production build
# and the browser tests in real Chromium. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export VITE_CONFIG_NATIVE_IGNORE_WARNING=true

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm packages"
  # The lock file is the contract; if npm ci refuses it (a lock written by another npm that left
  # out other platforms' optional packages, say), say so loudly and install from package.json.
  if ! npm ci --no-audit --no-fund; then
    echo "WARNING: npm ci refused package-lock.json; falling back to npm install" >&2
    npm install --no-audit --no-fund || exit 1
  fi
fi

apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if [ ! -x /usr/bin/chromium ]; then
  step "installing Chromium from Debian's packages"
  apt_install chromium fonts-dejavu-core fonts-liberation || exit 1
fi
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  step "installing PostgreSQL from Debian's packages"
  apt_install postgresql || exit 1
fi

step "starting PostgreSQL on 127.0.0.1"
pgdir=$(mktemp -d /tmp/tally-pg-XXXXXX)
pgport=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
trap 'bash scripts/pg-test.sh stop "$pgdir"; rm -rf "$pgdir"' EXIT
TALLY_TEST_PG_URL=$(bash scripts/pg-test.sh start "$pgdir" "$pgport") || { echo "PostgreSQL did not start"; cat "$pgdir/log" 2>/dev/null; exit 1; }
export TALLY_TEST_PG_URL

results=.test-results
rm -rf "$results" && mkdir -p "$results"
status=0
run() { # name, then the vitest project
  step "$1"
  npx vitest run --project "$2" --reporter=default --reporter=json --outputFile.json="$results/$2.json" || status=1
}

step "type check"
npx tsc --noEmit -p . || status=1
run "unit tests" unit
run "storage and router tests (PGlite and PostgreSQL)" db
step "production build"
rm -rf .next
npx next build || { echo "build failed"; status=1; }
run "browser tests (Chromium)" browser

node scripts/test-summary.mjs "$results" || status=1
exit $status
