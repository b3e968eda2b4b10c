#!/usr/bin/env bash
# Installs the Debian/Ubuntu system libraries Qt 6 needs (a real window on X11/XWayland, and
# the offscreen platform the tests use). Does nothing when they are already present; on other
# systems, or without root or sudo, it says what is missing and carries on.
set -u

packages=(
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-based system; install Qt 6's runtime libraries yourself." >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  runner=()
elif command -v sudo >/dev/null 2>&1; then
  runner=(sudo)
else
  echo "system-deps: missing ${missing[*]}; install them as root." >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${runner[@]}" apt-get update -qq >/dev/null
"${runner[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
