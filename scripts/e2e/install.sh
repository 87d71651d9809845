#!/usr/bin/env bash
# Installs what the real-editor tests need, without internet beyond npm and Debian's packages:
#   - Debian packages: chromium (driven by playwright-core), neovim (second LSP client), and the
#     headers code-server's native modules build against;
#   - code-server 4.100.3 (VS Code 1.100.3) in a cache folder outside node_modules
#     ($CVLINT_E2E_CACHE, default ~/.cache/cvlint-e2e).
# Idempotent: whatever is already installed is skipped. Prints the code-server binary's path last.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep@1.15.11 (pinned by code-server's VS Code) downloads rg from GitHub in postinstall;
# its download cache is seeded with the rg that this npm package ships.
RIPGREP_PACKAGE=@vscode/ripgrep-linux-x64@1.18.0
RIPGREP_CACHE_DIR=vscode-ripgrep-cache-1.15.11
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

cache=${CVLINT_E2E_CACHE:-$HOME/.cache/cvlint-e2e}
code_server_dir=$cache/code-server-$CODE_SERVER_VERSION
code_server_bin=$code_server_dir/node_modules/.bin/code-server

log() { echo "e2e install: $*" >&2; }
# `code-server --version` writes a default config file: keep it in the cache, not in ~/.config.
code_server_version() { XDG_CONFIG_HOME="$cache/xdg-config" XDG_DATA_HOME="$cache/xdg-data" "$code_server_bin" --version 2>/dev/null; }

# --- Debian packages -------------------------------------------------------------------------
# (code-server's native modules build from source: their prebuilt binaries would come from GitHub.)
packages=(chromium neovim curl build-essential python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to apt-get install ${missing[*]}"; exit 1; }
    as_root=(sudo)
  fi
  log "apt-get install ${missing[*]}"
  "${as_root[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  log "Debian packages present"
fi

# --- code-server -------------------------------------------------------------------------------
# The marker is written last, so a half-done install (interrupted, failed) is redone from scratch.
marker=$code_server_dir/.cvlint-installed
if [ -f "$marker" ] && code_server_version | grep -q "^$CODE_SERVER_VERSION "; then
  log "code-server $CODE_SERVER_VERSION present in $code_server_dir"
else
  log "installing code-server $CODE_SERVER_VERSION into $code_server_dir (about 80 s)"
  rm -rf "$code_server_dir"
  mkdir -p "$code_server_dir"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/tmp" "$work/rg"
  (cd "$work/rg" && npm pack --silent "$RIPGREP_PACKAGE" >/dev/null && tar xzf ./*.tgz)
  mkdir -p "$work/tmp/$RIPGREP_CACHE_DIR"
  tar czf "$work/tmp/$RIPGREP_CACHE_DIR/$RIPGREP_ARCHIVE" -C "$work/rg/package/bin" rg
  (
    cd "$code_server_dir"
    echo '{ "name": "cvlint-e2e-code-server", "private": true }' > package.json
    # TMPDIR: where the ripgrep postinstall looks for its cache. --unsafe-perm: code-server's postinstall
    # refuses to run as root without it. npm_config_yes: node-pty runs `npx node-gyp`.
    TMPDIR="$work/tmp" npm_config_yes=true npm install "code-server@$CODE_SERVER_VERSION" \
      --no-audit --no-fund --unsafe-perm >&2
  )
  code_server_version >&2 || { log "code-server does not run after the install"; exit 1; }
  touch "$marker"
  rm -rf "$work"
  trap - EXIT
fi

echo "$code_server_bin"
