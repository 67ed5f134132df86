#!/usr/bin/env bash
# `npm test` — every test: lint and format, types, unit, integration (real PostgreSQL), end-to-end
# (Chromium), then the scale group (faults, several instances behind nginx) on the e2e build.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1 VITE_CONFIG_NATIVE_IGNORE_WARNING=true
npm run --silent db:generate
npx eslint .
npx prettier --check . --log-level warn
npx tsc --noEmit -p .
npx vitest run
npx playwright test
npx playwright test --config playwright.scale.config.ts
