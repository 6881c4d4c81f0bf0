#!/bin/sh
# Installs Debian's Redis server (/usr/bin/redis-server) for the tests of live updates across replicas
# (test/support/redis.ts starts and stops its own instance; the package's daemon is not needed and, on a machine
# without systemd, is not started). Idempotent: prints the version when it is already there. Needs root, or sudo.
set -eu

REDIS=/usr/bin/redis-server

if [ ! -x "$REDIS" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "install-redis: $REDIS is missing and this is not root (and there is no sudo)." >&2
    echo "install-redis: as root, run: apt-get update && apt-get install -y --no-install-recommends redis-server" >&2
    exit 1
  fi
  echo "install-redis: installing Debian's redis-server package" >&2
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server
fi

"$REDIS" --version
