#!/usr/bin/env bash
# The README's test command: installs what the tests need (idempotently), runs every test of the solution,
# and ends with the line "N passed, N failed" taken from the test results.
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(pwd)/tests/TestResults"
rm -rf "$results"

dotnet test Archive.sln --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?

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
