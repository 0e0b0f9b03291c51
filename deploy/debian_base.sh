#!/usr/bin/env bash
# A base image for deploy/Containerfile made from Debian's own packages, for a province whose machine cannot pull
# docker.io/library/python:3.11-slim (no access to Docker Hub) but reaches a Debian mirror: Debian 12 (bookworm) in
# its smallest form (debootstrap's minbase) with Python 3.11 and its venv module, imported into podman.
#
#   deploy/debian_base.sh [IMAGE]      as root, with debootstrap and podman; IMAGE: localhost/counter-python:3.11-bookworm
#   podman build --build-arg BASE=localhost/counter-python:3.11-bookworm -f deploy/Containerfile -t counter-server .
#
# MIRROR=http://… takes the packages from the province's own Debian mirror (debootstrap's default otherwise).
set -euo pipefail
image=${1:-localhost/counter-python:3.11-bookworm}
root=$(mktemp -d /var/tmp/counter-base.XXXXXX)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates bookworm "$root" ${MIRROR:+"$MIRROR"}
chroot "$root" apt-get clean
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/log/*.log
tar -C "$root" --numeric-owner -c . | podman import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8' \
    --change 'CMD ["python3"]' - "$image"
