#!/usr/bin/env bash
# Lints the served OpenAPI document (written to infra/target/openapi.json by OpenApiDocumentTest) with Spectral and
# the OWASP API security ruleset. Not part of `mvn verify` or .ci/run: it needs npm and the npm registry.
# Usage: .ci/openapi-lint.sh [document]   (installs the pinned tools into ${SPECTRAL_HOME:-/tmp/setu-spectral})
set -euo pipefail
cd "$(dirname "$0")/.."
document="${1:-infra/target/openapi.json}"
tools="${SPECTRAL_HOME:-/tmp/setu-spectral}"
if [ ! -x "$tools/node_modules/.bin/spectral" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts \
     @stoplight/spectral-cli@6.16.3 @stoplight/spectral-owasp-ruleset@2.0.1 >/dev/null)
fi
NODE_PATH="$tools/node_modules" "$tools/node_modules/.bin/spectral" lint "$document" \
  --ruleset .ci/openapi-lint.spectral.yaml --fail-severity error
