#!/usr/bin/env bash
# Inside a dbus session: start a throwaway gnome-keyring Secret Service with an
# unlocked login collection, then run the given command. Used by the tests so
# the keystore path is exercised against a real Secret Service.
set -euo pipefail
export XDG_DATA_HOME="${LIAISON_KEYRING_HOME:-$(mktemp -d)}"
mkdir -p "$XDG_DATA_HOME/keyrings"
# A throwaway password unlocks (and creates) the login keyring with no prompt.
eval "$(printf 'liaison-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
export LIAISON_TEST_SECRET_SERVICE=1
"$@"
