#!/usr/bin/env bash
# `npm test` — every test: types, unit, integration (real PostgreSQL), end-to-end (Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 VITE_CONFIG_NATIVE_IGNORE_WARNING=true
npm run --silent db:generate
npx tsc --noEmit -p .
npx vitest run
npx playwright test
