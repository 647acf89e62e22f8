#!/bin/sh
# prerm of the lecdesk-server package: a removed server stops. Its data in /var/lib/lecdesk-server
# stays, even on purge: a cluster's records are not the package's to delete.
set -e

if [ "$1" = remove ] && [ -d /run/systemd/system ]; then
  systemctl stop lecdesk-server.service || true
fi

exit 0
