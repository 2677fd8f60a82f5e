#!/usr/bin/env bash
# The README's test command: installs what the tests need (idempotently), runs every test of the solution,
# and ends with the line "N passed, N failed" taken from the test results.
set -uo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium and check every page with the Nu Html Checker, which runs on Java and
# comes from npm. Install what is missing; nothing is installed twice.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v npm >/dev/null || missing+=(nodejs npm)
# The Standalone publish (Native AOT) links with clang against zlib; its test publishes it.
command -v clang >/dev/null || missing+=(clang)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  as_root=""
  [ "$(id -u)" -ne 0 ] && as_root="sudo"
  $as_root apt-get update
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y --no-install-recommends "${missing[@]}"
fi
if [ ! -f tests/Archive.BrowserTests/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  # --ignore-scripts: vnu-jar's own install script would download a Java runtime; the system's is used instead.
  npm ci --prefix tests/Archive.BrowserTests --ignore-scripts --no-audit --no-fund
fi

results="$(pwd)/tests/TestResults"
rm -rf "$results"

status=0
dotnet build Archive.sln --configuration Release || status=$?
if [ "$status" -eq 0 ]; then
  # One results file per test project, named after it.
  for project in tests/*/*.Tests.csproj tests/*/*.BrowserTests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --configuration Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=$?
  done
fi

passed=0
failed=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the test host failed before any test could report.
  failed=1
fi

echo "$passed passed, $failed failed"
exit "$status"
