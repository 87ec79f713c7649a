#!/usr/bin/env bash
# The executable as a server runs it: published for this machine's runtime with ReadyToRun
# images, so a process does not first wait for the JIT (docs/drift.md; the README's Performance
# section measures both builds). Usage: bash scripts/publish.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/rapportering}"
rid="$(dotnet --info | awk -F': *' '/^ *RID:/ {print $2; exit}')"
dotnet publish src/Rapportering.Jobs -c Release -r "${rid:-linux-x64}" --self-contained false -o "$out" --nologo -v quiet
echo "$out/rapportering"
