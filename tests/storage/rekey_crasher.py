"""Child process for test_data_key_crash: change the data key over and over until killed.

Usage: rekey_crasher.py VAULT_DIR   (passphrase in BUFAPP_TEST_PASSPHRASE)

Prints OPEN once the vault is open, ``REKEYING`` as each re-encryption begins (the real one
runs: it is only announced, so the test can aim kills inside it) and ``CHANGED`` after each
completed change of data key.
"""

from __future__ import annotations

import os
import sys
import time

from bufapp.security import kdf
from bufapp.storage import key_change
from bufapp.storage.vault import Vault

kdf.use_the_floor_instead_of_calibrating()  # a test's vault: the change recalibrates

MAX_SECONDS = 120  # a guard: never outlive a test run that died without killing us


def _announced(rekey):  # type: ignore[no-untyped-def]
    def announce_then_rekey(*args):  # type: ignore[no-untyped-def]
        print("REKEYING", flush=True)
        return rekey(*args)

    return announce_then_rekey


def main() -> None:
    key_change.rekey = _announced(key_change.rekey)
    passphrase = os.environ["BUFAPP_TEST_PASSPHRASE"]
    vault = Vault.open(sys.argv[1], passphrase)
    print("OPEN", flush=True)
    stop_at = time.monotonic() + MAX_SECONDS
    while time.monotonic() < stop_at:
        vault.change_data_key(passphrase)
        print("CHANGED", flush=True)


if __name__ == "__main__":
    main()
