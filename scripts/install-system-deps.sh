#!/usr/bin/env bash
# Installs the Debian packages the tests need, only where missing:
#   chromium         -> /usr/bin/chromium, driven by playwright-core in the browser tests
#   libxml2-utils    -> xmllint, used by scripts/gexf/check-gexf.py to validate GEXF
#   python3-networkx -> networkx for /usr/bin/python3, the reader check of check-gexf.py;
#                       only when no python3 on the machine has networkx already
# Never downloads a browser of its own.
set -euo pipefail
has_networkx() {
  local python
  for python in python3 /usr/bin/python3; do
    if command -v "$python" >/dev/null 2>&1 && "$python" -c "import networkx" >/dev/null 2>&1; then
      return 0
    fi
  done
  return 1
}
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
has_networkx || missing+=(python3-networkx)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-system-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
