#!/usr/bin/env bash
# The full kill -9 trial run (docs/drift.md, "Kill trials"): N trials per storage (default 16,
# so 32 in all) of `rapportering run` killed while it mails, archives and writes the folder drop,
# on in-memory and PostgreSQL storage, against smtp-sink; each rerun to completion and checked.
# Prints one line per trial (lost / duplicated / partial) and a total per storage.
#   bash scripts/kill-trials.sh [N] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh >/dev/null
rapport="$(mktemp)"
trap 'rm -f "$rapport"' EXIT
set +e
RAPPORTERING_DRABFORSOEG="${1:-16}" RAPPORTERING_DRABFORSOEG_SAED="${2:-0}" RAPPORTERING_DRABFORSOEG_RAPPORT="$rapport" \
  dotnet test tests/Rapportering.Tests -c Release --filter "FullyQualifiedName~DrabForsoegTests" >/dev/null 2>&1
rc=$?
set -e
cat "$rapport"
[ "$rc" = 0 ] && echo "kill-trials: every trial met the target" || echo "kill-trials: a trial missed the target (see the lines above)" >&2
exit "$rc"
