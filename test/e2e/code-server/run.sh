#!/usr/bin/env bash
# The real-VS-Code tests on the offline route: code-server 4.100.3 (VS Code 1.100.3 with a Node
# extension host) with the packaged extension (cvlint.vsix) installed into it, driven by headless
# Chromium. Runs the extension-host suite (test/e2e/suite) and the UI tests (test/e2e/ui/*.ui.ts, in
# name order, one mocha run: cv-editing.ui.ts first, the others in the same workspace after it).
# code-server is started in a session of its own (setsid) and the whole group is killed at the end,
# also on failure or Ctrl+C: its extension hosts would otherwise linger for hours.
# Needs: scripts/e2e/install.sh done, cvlint.vsix built (npm run package).
# Prints `vscode: N passed, N failed` and `ui: N passed, N failed`.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cache=${CVLINT_E2E_CACHE:-$HOME/.cache/cvlint-e2e}
code_server=${CVLINT_CODE_SERVER:-$cache/code-server-4.100.3/node_modules/.bin/code-server}
vsix=${CVLINT_VSIX:-$repo/cvlint.vsix}
results=${CVLINT_E2E_RESULTS:-$repo/test-results}

fail() { echo "code-server e2e: $*" >&2; exit 1; }
[ -x "$code_server" ] || fail "no code-server at $code_server: run scripts/e2e/install.sh"
[ -f "$vsix" ] || fail "no $vsix: run npm run package"

run=$(mktemp -d "${TMPDIR:-/tmp}/cvlint-e2e.XXXXXX")
server_pid=
child_pid=
leftover=0

# Runs a test driver in the background and waits for it: a signal to this script then reaches the
# traps at once (bash defers traps while a foreground command runs), and cleanup stops the driver.
run_driver() {
  "$@" &
  child_pid=$!
  wait "$child_pid"
  local status=$?
  child_pid=
  return "$status"
}

stop_code_server() {
  [ -n "$server_pid" ] || return 0
  # setsid made code-server the leader of its own session and process group: signal all of it.
  kill -TERM -- "-$server_pid" 2>/dev/null
  for _ in $(seq 50); do
    kill -0 -- "-$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$server_pid" 2>/dev/null
  sleep 0.2
  local left
  left=$(ps -e -o pid=,sid=,args= | awk -v sid="$server_pid" '$2 == sid' || true)
  if [ -n "$left" ]; then
    echo "code-server e2e: processes left behind:" >&2
    echo "$left" >&2
    leftover=1
  fi
  server_pid=
}
cleanup() {
  # The driver's Playwright closes its Chromium when the driver is terminated.
  if [ -n "$child_pid" ] && kill -TERM "$child_pid" 2>/dev/null; then
    for _ in $(seq 50); do kill -0 "$child_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$child_pid" 2>/dev/null
  fi
  stop_code_server
  mkdir -p "$results"
  cp "$run/code-server.log" "$results/code-server.log" 2>/dev/null
  # The editor's logs, the extension's output channel among them (cvlint.cvlint/cvlint.log).
  rm -rf "$results/code-server-logs"
  cp -r "$run/data/logs" "$results/code-server-logs" 2>/dev/null
  [ -n "${CVLINT_E2E_KEEP:-}" ] && echo "code-server e2e: kept $run" >&2 || rm -rf "$run"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP


rm -f "$results"/vscode-suite*.png
mkdir -p "$results" "$run/data/User" "$run/extensions" "$run/xdg-config" "$run/xdg-data" "$run/out"
# Keep code-server out of ~/.config and ~/.local.
export XDG_CONFIG_HOME=$run/xdg-config XDG_DATA_HOME=$run/xdg-data
cp "$repo/test/e2e/code-server/user-settings.json" "$run/data/User/settings.json"
cp -r "$repo/test/e2e/workspace" "$run/ws"
cp -r "$repo/test/e2e/workspace-ui" "$run/ws-ui"

tests_path=$(cd "$repo" && node --import tsx test/e2e/build-suite.ts) || fail "could not build the suite"

"$code_server" --user-data-dir "$run/data" --extensions-dir "$run/extensions" --install-extension "$vsix" \
  > "$run/install.log" 2>&1 || { cat "$run/install.log" >&2; fail "could not install $vsix"; }
extension_path=$(find "$run/extensions" -mindepth 1 -maxdepth 1 -type d -name 'cvlint.cvlint-*' | head -n 1)
[ -n "$extension_path" ] || { cat "$run/install.log" >&2; fail "the installed extension is not in $run/extensions"; }
echo "code-server e2e: installed $(basename "$vsix") as $extension_path"

port=${CVLINT_E2E_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
CVLINT_E2E_EXTENSION_PATH=$extension_path setsid "$code_server" \
  --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --user-data-dir "$run/data" --extensions-dir "$run/extensions" \
  ${CVLINT_E2E_LOG_LEVEL:+--log "$CVLINT_E2E_LOG_LEVEL"} > "$run/code-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$run/code-server.log" >&2; fail "code-server exited"; }
  sleep 0.1
done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || fail "code-server did not answer on port $port"
echo "code-server e2e: code-server $("$code_server" --version | head -n 1 | cut -d' ' -f1) on port $port (pgid $server_pid)"

export CVLINT_E2E_PORT=$port
cd "$repo"
suite_status=0
if [ -z "${CVLINT_E2E_SKIP_SUITE:-}" ]; then
  CVLINT_E2E_FOLDER=$run/ws CVLINT_E2E_EXTENSION_PATH=$extension_path CVLINT_E2E_TESTS_PATH=$tests_path \
    CVLINT_E2E_SCREENSHOT=$results/vscode-suite.png \
    run_driver node --import tsx test/e2e/code-server/run-suite.ts
  suite_status=$?
fi

ui_status=0
if [ -z "${CVLINT_E2E_SKIP_UI:-}" ]; then
  CVLINT_E2E_FOLDER=$run/ws-ui CVLINT_E2E_SHOTS=$results/ui \
    run_driver npx mocha --no-config --node-option import=tsx --timeout 60000 --bail \
      --reporter ./test/support/summary-reporter.cjs --reporter-option suite=ui "$repo"/test/e2e/ui/*.ui.ts
  ui_status=$?
fi

stop_code_server
[ "$leftover" -eq 0 ] || fail "code-server left processes behind"
exit $(( suite_status || ui_status ))
