#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:8080 with live rebuild (installs what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh build
. scripts/env.sh
exec trunk serve --address 127.0.0.1 --port 8080
