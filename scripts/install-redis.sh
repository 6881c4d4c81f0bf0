#!/bin/sh
# Installs Debian's Redis server (/usr/bin/redis-server) for the tests of live updates across replicas
# (test/support/redis.ts starts and stops its own instance; the package's daemon is not needed and, on a machine
# without systemd, is not started). Idempotent: prints the version when it is already there. Needs root, or sudo.
set -eu

REDIS=/usr/bin/redis-server

sh "$(dirname "$0")/install-debian-package.sh" install-redis "$REDIS" redis-server

"$REDIS" --version
