"""Wrapping the vault's data key under a key-encryption key, with AES-256-GCM.

The associated data binds a wrap to its vault and its purpose, so a wrap copied from another
vault or swapped between the passphrase and recovery slots fails authentication; and, given
``settings``, to the settings that derived the key-encryption key (the KDF's), so a changed
setting fails authentication too.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class UnwrapFailed(Exception):
    """The key-encryption key is wrong, or the wrap was tampered with."""


@dataclass(frozen=True)
class Wrapped:
    nonce_hex: str
    ciphertext_hex: str


def _aad(vault_id: str, slot: str, settings: str) -> bytes:
    if not settings:
        return f"bufapp-key-wrap-v1|{vault_id}|{slot}".encode()
    return f"bufapp-key-wrap-v2|{vault_id}|{slot}|{settings}".encode()


def wrap(data_key: bytes, kek: bytes, vault_id: str, slot: str, settings: str = "") -> Wrapped:
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(vault_id, slot, settings))
    return Wrapped(nonce.hex(), sealed.hex())


def unwrap(wrapped: Wrapped, kek: bytes, vault_id: str, slot: str, settings: str = "") -> bytearray:
    try:
        plain = AESGCM(kek).decrypt(
            bytes.fromhex(wrapped.nonce_hex),
            bytes.fromhex(wrapped.ciphertext_hex),
            _aad(vault_id, slot, settings),
        )
    except (InvalidTag, ValueError) as failure:
        raise UnwrapFailed from failure
    return bytearray(plain)
