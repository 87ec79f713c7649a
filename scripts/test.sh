#!/usr/bin/env bash
# The whole test suite: installs the real servers it needs (PostgreSQL, an SMTP sink,
# Chromium, poppler) from Debian's packages if missing, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test Rapportering.sln -c Release "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# One plain closing line, summed over the test projects' summaries.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "${passed:-0} passed, ${failed:-0} failed"
if [ "${passed:-0}" = "0" ] && [ "$rc" = "0" ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$rc"
