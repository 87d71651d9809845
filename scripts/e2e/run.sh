#!/usr/bin/env bash
# `npm run test:e2e`: the extension in real editors, offline.
#   1. installs what is missing (scripts/e2e/install.sh: Debian packages, code-server 4.100.3 in
#      $CVLINT_E2E_CACHE, default ~/.cache/cvlint-e2e);
#   2. packages the extension (npm run package → cvlint.vsix), the thing under test;
#   3. code-server: the extension-host suite (`vscode: N passed, N failed`) and the UI test
#      (`ui: N passed, N failed`), screenshots in test-results/;
#   4. Neovim against dist/server.js (`neovim: N passed, N failed`).
# Exits non-zero if anything failed. Leaves no process behind.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started )) s"; }

echo "== e2e: install"
bash scripts/e2e/install.sh >/dev/null || { echo "e2e: install failed" >&2; exit 1; }

echo "== e2e: package ($(elapsed))"
npm run --silent package >/dev/null || { echo "e2e: npm run package failed" >&2; exit 1; }
echo "e2e: cvlint.vsix $(( $(stat -c %s cvlint.vsix) / 1024 )) KiB"

echo "== e2e: code-server (VS Code 1.100.3) ($(elapsed))"
bash test/e2e/code-server/run.sh
code_server_status=$?

echo "== e2e: neovim ($(elapsed))"
bash test/e2e/neovim/run.sh
neovim_status=$?

echo "== e2e: done in $(elapsed)"
exit $(( code_server_status || neovim_status ))
