"""The keyed hashes that chain the audit trail.

Each record's MAC covers the MAC of the record before it and its own fields, so editing,
removing or reordering a record breaks every MAC after it. The key is derived from the vault's
data key (HKDF, its own purpose label), so the chain can only be extended or checked by someone
who can open the vault. The head MAC covers the last record's number and MAC: a trail cut short at
the end is found too.

Whoever holds the passphrase holds this key and can recompute the whole chain; what shows such a
rewrite (or a rollback to an older copy) is the head kept outside the vault, as an anchor (see
``storage/audit_chain.verify_anchor``). There is deliberately no forward-secure ratchet (each
record's key derived from the one before, the old one forgotten): to check old records the
verifier needs the first key, and here that key comes from the data key, which the keeper always
has, so a ratchet would add a second secret to keep elsewhere without stopping the keeper. An
anchor fixes the history before it with nothing secret to keep.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
_PURPOSE = b"bufapp audit chain v1"
# Built once: json.dumps with options builds a new encoder at every call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def chain_key(data_key: bytes | bytearray, vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=vault_id.encode(), info=_PURPOSE
    ).derive(bytes(data_key))


def _mac(key: bytes | bytearray, message: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _record_message(previous_mac: str, fields: Sequence[object]) -> bytes:
    return b"record|" + _ENCODE([previous_mac, *fields]).encode()


def _head_message(seq: int, last_mac: str) -> bytes:
    return f"head|{seq}|{last_mac}".encode()


def record_mac(key: bytes | bytearray, previous_mac: str, fields: Sequence[object]) -> str:
    """``fields`` in a fixed order (the storage layer's choice); JSON keeps them unambiguous."""
    return _mac(key, _record_message(previous_mac, fields))


def head_mac(key: bytes | bytearray, seq: int, last_mac: str) -> str:
    return _mac(key, _head_message(seq, last_mac))


class Keyed:
    """``record_mac`` and ``head_mac`` for one key, keyed once: a batch of records then skips
    setting up the key for each (a copy of the keyed state per MAC). Keep it only as long as
    the batch: it holds the key's state."""

    def __init__(self, key: bytes | bytearray) -> None:
        self._keyed = hmac.new(key, digestmod=hashlib.sha256)

    def _mac(self, message: bytes) -> str:
        mac = self._keyed.copy()
        mac.update(message)
        return mac.hexdigest()

    def record(self, previous_mac: str, fields: Sequence[object]) -> str:
        return self._mac(_record_message(previous_mac, fields))

    def head(self, seq: int, last_mac: str) -> str:
        return self._mac(_head_message(seq, last_mac))


def same(first: str, second: str) -> bool:
    return hmac.compare_digest(first.encode(), second.encode())
