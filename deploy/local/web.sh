#!/usr/bin/env bash
# Install and build the web back office, idempotently: Debian's Chromium and CJK fonts (for
# the browser tests and readable Chinese screenshots), the npm packages exactly as
# web/package-lock.json pins them (npm ci, only when the lock changed), the typed API client
# and the build (web/dist, served by jxc-gateway).
#   bash deploy/local/web.sh            install what is missing, build
#   bash deploy/local/web.sh --test     ... and run the component tests (Vitest)
#   bash deploy/local/web.sh --no-browser   build only: no Chromium (what run.sh needs)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WEB="$ROOT/web"
TEST=0 BROWSER=1
for arg in "$@"; do
  case $arg in
    --test) TEST=1 ;;
    --no-browser) BROWSER=0 ;;
    *) echo "usage: $0 [--test] [--no-browser]" >&2; exit 2 ;;
  esac
done

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "web: Node.js 20+ and npm are needed (apt-get install nodejs npm)" >&2; exit 1
fi
missing=()
if (( BROWSER )); then
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK*" >/dev/null || missing+=(fonts-noto-cjk)
fi
if (( ${#missing[@]} )); then
  echo "web: installing ${missing[*]} from Debian's packages"
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cd "$WEB"
# npm ci leaves node_modules/.package-lock.json; a copy of the lock it installed marks it done.
if ! cmp -s package-lock.json node_modules/.installed-lock.json; then
  echo "web: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-lock.json
fi
echo "web: build (typed client from web/openapi, tsc, vite)"
npm run --silent build >/dev/null
if (( TEST )); then
  echo "web: component tests (vitest)"
  npx vitest run
fi
