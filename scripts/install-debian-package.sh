#!/bin/sh
# Installs a Debian package unless the binary it provides is already there: the shared step of
# install-chromium.sh and install-redis.sh. Usage: install-debian-package.sh NAME BINARY PACKAGE, where NAME
# prefixes the messages. Needs root, or sudo.
set -eu

NAME=$1
BINARY=$2
PACKAGE=$3

if [ ! -x "$BINARY" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "$NAME: $BINARY is missing and this is not root (and there is no sudo)." >&2
    echo "$NAME: as root, run: apt-get update && apt-get install -y --no-install-recommends $PACKAGE" >&2
    exit 1
  fi
  echo "$NAME: installing Debian's $PACKAGE package" >&2
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$PACKAGE"
fi
