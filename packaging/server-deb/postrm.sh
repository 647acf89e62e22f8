#!/bin/sh
# postrm of the lecdesk-server package: systemd forgets the removed unit.
set -e

if [ -d /run/systemd/system ]; then
  systemctl daemon-reload || true
fi

exit 0
