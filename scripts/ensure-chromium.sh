#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium) with playwright-core, and their
# screenshots show the Chinese admin, which needs a CJK font (Debian's fonts-noto-cjk). Installs
# what is missing when this user may (root with apt-get); otherwise says what to do.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Without a CJK font Chromium draws every Chinese character as an empty box (the tests still pass).
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "▶ Installing ${missing[*]} from Debian for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
  exit 0
fi

if [[ " ${missing[*]} " == *" chromium "* ]]; then
  echo "Chromium is missing: install Debian's package (sudo apt-get install -y chromium fonts-noto-cjk) to run the browser tests." >&2
  exit 1
fi
# Only the font is missing: the tests run, but screenshots show boxes instead of Chinese.
echo "Note: fonts-noto-cjk is missing, so screenshots of the Chinese admin show empty boxes (sudo apt-get install -y fonts-noto-cjk)." >&2
exit 0
