#!/usr/bin/env bash
# The language server in Neovim (Debian's neovim 0.7.2, headless): test/e2e/neovim/lsp.test.lua
# against dist/server.js on a scratch copy of test/e2e/workspace.
# Prints `neovim: N passed, N failed`; exit code 0 only if all passed.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
server_js=${CVLINT_SERVER_JS:-$repo/dist/server.js}
command -v nvim >/dev/null || { echo "neovim: nvim is not installed (scripts/e2e/install.sh)" >&2; echo "neovim: 0 passed, 1 failed"; exit 1; }
[ -f "$server_js" ] || { echo "neovim: no $server_js (npm run build)" >&2; echo "neovim: 0 passed, 1 failed"; exit 1; }

ws=$(mktemp -d "${TMPDIR:-/tmp}/cvlint-nvim.XXXXXX")
trap 'rm -rf "$ws"' EXIT
cp -r "$repo/test/e2e/workspace/." "$ws/"
started=$(date +%s%N)
# --clean: no user config or plugins. The timeout guards against a hung client; the script quits itself.
CVLINT_SERVER_JS=$server_js CVLINT_NVIM_WS=$ws timeout 120 \
  nvim --headless --clean -c "luafile $repo/test/e2e/neovim/lsp.test.lua" 2>&1
status=$?
echo "neovim: took $(( ($(date +%s%N) - started) / 1000000 )) ms"
if [ "$status" -eq 124 ]; then
  echo "neovim: timed out after 120 s"
  echo "neovim: 0 passed, 1 failed"
fi
exit "$status"
