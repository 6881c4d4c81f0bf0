#!/bin/sh
# Installs Debian's Chromium (/usr/bin/chromium) for the browser tests (test/browser, test/support/browser.ts).
# Idempotent: does nothing but print the version when it is already there. Needs root, or sudo.
set -eu

CHROMIUM=/usr/bin/chromium

sh "$(dirname "$0")/install-debian-package.sh" install-chromium "$CHROMIUM" chromium

# The Debian launcher script can print shell warnings on stderr (e.g. from its /dev/shm check); only the
# version line matters here.
version=$("$CHROMIUM" --version 2>/dev/null) || {
  echo "install-chromium: $CHROMIUM is installed but does not run" >&2
  exit 1
}
echo "$version ($CHROMIUM)"
