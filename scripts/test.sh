#!/usr/bin/env bash
# The whole test suite: installs the real servers it needs (PostgreSQL, an SMTP sink,
# Chromium, poppler) from Debian's packages if missing, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
dotnet test Rapportering.sln -c Release --logger "console;verbosity=normal" "$@"
