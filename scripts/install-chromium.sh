#!/bin/sh
# Installs Debian's Chromium (/usr/bin/chromium) for the browser tests (test/browser, test/support/browser.ts).
# Idempotent: does nothing but print the version when it is already there. Needs root, or sudo.
set -eu

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "install-chromium: $CHROMIUM is missing and this is not root (and there is no sudo)." >&2
    echo "install-chromium: as root, run: apt-get update && apt-get install -y --no-install-recommends chromium" >&2
    exit 1
  fi
  echo "install-chromium: installing Debian's chromium package" >&2
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi

# The Debian launcher script can print shell warnings on stderr (e.g. from its /dev/shm check); only the
# version line matters here.
version=$("$CHROMIUM" --version 2>/dev/null) || {
  echo "install-chromium: $CHROMIUM is installed but does not run" >&2
  exit 1
}
echo "$version ($CHROMIUM)"
