#!/usr/bin/env bash
# The executable as a server runs it: published for this machine's runtime with ReadyToRun
# images (the JIT need not compile every path on the first kommune of a batch). The bench's
# figures in the README are measured with this build. Usage: bash scripts/publish.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/rapportering}"
rid="$(dotnet --info | awk -F': *' '/^ *RID:/ {print $2; exit}')"
dotnet publish src/Rapportering.Jobs -c Release -r "${rid:-linux-x64}" --self-contained false -o "$out" --nologo -v quiet
echo "$out/rapportering"
