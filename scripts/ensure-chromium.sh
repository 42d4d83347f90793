#!/usr/bin/env bash
# Makes sure the browser tests have Debian's Chromium and chromedriver; run by `mvn verify` before the tests.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "The browser tests need Debian's chromium and chromium-driver: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "Installing chromium and chromium-driver for the browser tests (apt)..."
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
