"""The audit chain key kept across a change of the data key.

The chain key is derived from the vault's first data key (``audit_mac.chain_key``). When the data
key changes, the trail keeps that chain key, so the records written before still verify and none
has to be re-MACed (rewriting the trail is what the chain exists to prevent). The change's own
audit record carries the chain key sealed (AES-256-GCM) under a key derived from the new data
key: whoever opens the vault can read it, nobody else can.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bufapp.security import keywrap

SLOT = "audit-chain"
_PURPOSE = b"bufapp audit chain seal v1"
_PREFIX = "sealed:"


def _sealing_key(data_key: bytes | bytearray, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(), info=_PURPOSE).derive(
        bytes(data_key)
    )


def seal(chain_key: bytes, data_key: bytes | bytearray, vault_id: str) -> str:
    wrapped = keywrap.wrap(chain_key, _sealing_key(data_key, vault_id), vault_id, SLOT)
    return f"{_PREFIX}{wrapped.nonce_hex}:{wrapped.ciphertext_hex}"


def unseal(sealed: str, data_key: bytes | bytearray, vault_id: str) -> bytes | None:
    """The chain key, or None when ``sealed`` was made under another data key (a change that
    never reached the database) or is not a seal at all."""
    nonce_hex, _, ciphertext_hex = sealed.removeprefix(_PREFIX).partition(":")
    try:
        return bytes(
            keywrap.unwrap(
                keywrap.Wrapped(nonce_hex, ciphertext_hex),
                _sealing_key(data_key, vault_id),
                vault_id,
                SLOT,
            )
        )
    except keywrap.UnwrapFailed:
        return None
