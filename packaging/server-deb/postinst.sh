#!/bin/sh
# postinst of the lecdesk-server package: the system user the unit runs as, its data folder and
# the folder for the certificate, then systemd is told about the unit. The service is neither
# enabled nor started here: it needs a certificate and key first (see the README).
set -e

if [ "$1" = configure ]; then
  if ! getent passwd lecdesk-server >/dev/null; then
    adduser --quiet --system --group --home /var/lib/lecdesk-server --no-create-home \
      --gecos "LEC Desk cluster server" lecdesk-server
  fi
  if [ ! -d /var/lib/lecdesk-server ]; then
    install -d -o lecdesk-server -g lecdesk-server -m 0750 /var/lib/lecdesk-server
  fi
  if [ ! -d /etc/lecdesk-server/tls ]; then
    install -d -o root -g lecdesk-server -m 0750 /etc/lecdesk-server/tls
  fi
  if [ -d /run/systemd/system ]; then
    systemctl daemon-reload || true
    # An upgrade restarts a running server on the new binary; a stopped one stays stopped.
    systemctl try-restart lecdesk-server.service || true
  fi
fi

exit 0
