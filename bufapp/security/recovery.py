"""Recovery keys: 160 random bits a person can copy from paper and type back.

Written as 8 groups of 5 Crockford base32 characters (no I, L, O or U to confuse): 4 carry the
key and the fifth checks that group, so a typo is reported by group before any decryption is
tried. Case, spaces and hyphens do not matter when typed; O is read as 0 and I/L as 1.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bufapp.phrases import translatable
from bufapp.security.keywrap import Wrapped

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
DATA_CHARS = 4
KEY_BITS = GROUPS * DATA_CHARS * 5  # 160
_TYPO_MAP = str.maketrans({"O": "0", "I": "1", "L": "1"})
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"


class RecoveryKeyTypo(ValueError):
    """A malformed recovery key; the message says which group to look at (in Norwegian)."""


def _check_char(index: int, group: str) -> str:
    digest = hashlib.sha256(f"bufapp-recovery|{index}|{group}".encode()).digest()
    return ALPHABET[digest[0] % 32]


def generate() -> str:
    value = secrets.randbits(KEY_BITS)
    chars = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in range(GROUPS * DATA_CHARS))
    groups = [chars[i * DATA_CHARS : (i + 1) * DATA_CHARS] for i in range(GROUPS)]
    return "-".join(g + _check_char(i, g) for i, g in enumerate(groups))


def normalise(typed: str) -> str:
    """Validate a typed key and return its canonical form; raises RecoveryKeyTypo."""
    # Any whitespace or dash a pasted document may hold (\r, no-break space, en dash) is ignored.
    compact = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in _DASHES)
    compact = compact.translate(_TYPO_MAP)
    width = DATA_CHARS + 1
    if len(compact) != GROUPS * width:
        raise RecoveryKeyTypo(
            translatable(
                "Gjenopprettingsnøkkelen skal ha {groups} grupper à {width} tegn "
                "({total} tegn); du skrev {typed}.",
                groups=GROUPS,
                width=width,
                total=GROUPS * width,
                typed=len(compact),
            )
        )
    bad_at = next((i for i, ch in enumerate(compact) if ch not in ALPHABET), None)
    if bad_at is not None:
        raise RecoveryKeyTypo(
            translatable(
                "Tegnet «{char}» i gruppe {group} finnes ikke i en gjenopprettingsnøkkel.",
                char=compact[bad_at],
                group=bad_at // width + 1,
            )
        )
    groups = [compact[i * width : (i + 1) * width] for i in range(GROUPS)]
    wrong = [i + 1 for i, g in enumerate(groups) if _check_char(i, g[:DATA_CHARS]) != g[-1]]
    if wrong:
        listed = ", ".join(str(n) for n in wrong)
        raise RecoveryKeyTypo(
            translatable("Skrivefeil i gruppe {groups} av gjenopprettingsnøkkelen.", groups=listed)
        )
    return "-".join(groups)


def to_kek(typed: str) -> bytes:
    """The key-encryption key for a (valid) recovery key."""
    canonical = normalise(typed)
    material = "".join(g[:DATA_CHARS] for g in canonical.split("-")).encode()
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"bufapp-recovery-kek-v1"
    ).derive(material)


def confirmation_tag(data_key: bytes | bytearray, vault_id: str, wrap: Wrapped) -> str:
    """Proof, kept beside the recovery wrap, that the person retyped that recovery key.

    A MAC under a key derived from the data key: only someone who can open the vault can write
    it, and it covers the wrap itself, so a new recovery key is unconfirmed by construction.
    """
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id.encode(),
        info=b"bufapp-recovery-confirmed-v1",
    ).derive(bytes(data_key))
    message = f"{wrap.nonce_hex}|{wrap.ciphertext_hex}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def is_confirmed(
    tag: str | None, data_key: bytes | bytearray, vault_id: str, wrap: Wrapped
) -> bool:
    """``None`` is a key file from before bufapp asked: counted as confirmed (see KeyFile)."""
    if tag is None:
        return True
    return hmac.compare_digest(tag, confirmation_tag(data_key, vault_id, wrap))
