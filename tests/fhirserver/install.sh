#!/usr/bin/env bash
# Installs the FHIR test server's npm packages from the committed lock file, only when the
# lock file changed since the last install (a stamp in node_modules remembers it).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1; then
  echo "install.sh: Node.js 20 or newer is needed for the FHIR test server; 'node' is missing." >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "install.sh: Node.js 20 or newer is needed for the FHIR test server; found $(node --version)." >&2
  exit 1
fi
want=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.desk-lock-sha256
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
npm ci --no-audit --no-fund
echo "$want" > "$stamp"
