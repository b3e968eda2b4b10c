"""The key file: the vault's data key, wrapped once per way in (passphrase, recovery key).

A small JSON file beside the database, written atomically and kept twice (a mirror), each
copy with a checksum: a damaged copy is told apart from a wrong passphrase, and one damaged
copy alone loses nothing. It holds no secret in the clear.

The checksum finds damage, not tampering: anyone can recompute it. What matters is
authenticated instead. Each wrap is AES-GCM; from version 2 the passphrase wrap's associated
data holds the Argon2id settings, so a changed setting fails the unwrap; and settings beyond
the floor or ceiling (kdf.ACCEPTED_*) are refused while parsing, before anything is derived
(only the recovery key opens such a file, and it replaces them). Version-1 files are upgraded
on the first open (``Vault.open``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from bufapp.errors import KeyFileDamaged, VaultNotFound
from bufapp.fileio import atomic_write_bytes
from bufapp.security import keywrap
from bufapp.security.kdf import KdfParams, UnacceptableKdf, minimum_params
from bufapp.security.keywrap import Wrapped

KEY_FILE_NAME = "bufapp.keys"
MIRROR_FILE_NAME = "bufapp.keys.mirror"
FORMAT = "bufapp-keys"
VERSION = 2  # 2: the passphrase wrap authenticates the KDF settings (issue 17)
SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"


TAMPERED = (
    "Nøkkelfilen er skadet eller endret av noen andre: innstillingene for passordsjekken er "
    "utenfor det bufapp godtar. Lås opp med gjenopprettingsnøkkelen (da velger du nytt passord), "
    "og meld fra til IT."
)


class PassphraseSlotRefused(KeyFileDamaged):
    """The passphrase slot's settings are refused, the rest of the copy is intact: the recovery
    key still opens the vault, and recovering writes a new passphrase slot (``read``)."""

    def __init__(self, rest: KeyFile) -> None:
        super().__init__(TAMPERED)
        self.rest = rest


def wrap_passphrase(data_key: bytes, kek: bytes, vault_id: str, kdf: KdfParams) -> Wrapped:
    """The data key wrapped under a passphrase's key, bound to the settings that derived it."""
    KdfParams.from_dict(kdf.to_dict())  # UnacceptableKdf: never write what a reader refuses
    return keywrap.wrap(data_key, kek, vault_id, SLOT_PASSPHRASE, kdf.canonical())


def wrap_recovery(data_key: bytes, kek: bytes, vault_id: str) -> Wrapped:
    """The data key wrapped under a recovery key's key (``recovery.to_kek``)."""
    return keywrap.wrap(data_key, kek, vault_id, SLOT_RECOVERY)


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    created: str
    kdf: KdfParams
    passphrase_wrap: Wrapped
    recovery_wrap: Wrapped
    # Whether the person retyped the recovery key: "" not yet, else a tag over recovery_wrap
    # (bufapp.security.recovery.confirmation_tag). None: written before bufapp asked, counted
    # as confirmed (those vaults went through the old wizard; a new key would void their sheet).
    recovery_confirmation: str | None = ""
    # The format the passphrase wrap was made in; only a new passphrase wrap changes it.
    version: int = VERSION

    def with_passphrase_wrap(self, kdf: KdfParams, wrapped: Wrapped) -> KeyFile:
        """A passphrase wrap made by ``wrap_passphrase`` (the current version's form)."""
        return replace(self, kdf=kdf, passphrase_wrap=wrapped, version=VERSION)

    def unwrap_passphrase(self, kek: bytes) -> bytearray:
        """The data key; keywrap.UnwrapFailed for a wrong passphrase or changed settings."""
        settings = self.kdf.canonical() if self.version >= 2 else ""
        return keywrap.unwrap(self.passphrase_wrap, kek, self.vault_id, SLOT_PASSPHRASE, settings)

    def unwrap_recovery(self, kek: bytes) -> bytearray:
        """The data key; keywrap.UnwrapFailed for a recovery key that is not this vault's."""
        return keywrap.unwrap(self.recovery_wrap, kek, self.vault_id, SLOT_RECOVERY)

    def with_recovery_wrap(self, wrapped: Wrapped) -> KeyFile:
        """A new recovery key: unconfirmed until the person has retyped it."""
        return replace(self, recovery_wrap=wrapped, recovery_confirmation="")

    def with_recovery_confirmation(self, tag: str) -> KeyFile:
        return replace(self, recovery_confirmation=tag)

    def to_bytes(self) -> bytes:
        recovery_slot: dict[str, object] = {"kdf": "hkdf-sha256", **self.recovery_wrap.__dict__}
        if self.recovery_confirmation is not None:
            recovery_slot["confirmation"] = self.recovery_confirmation
        body = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "created": self.created,
            "slots": {
                SLOT_PASSPHRASE: {"kdf": self.kdf.to_dict(), **self.passphrase_wrap.__dict__},
                SLOT_RECOVERY: recovery_slot,
            },
        }
        body["checksum"] = _checksum(body)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse one copy; raises KeyFileDamaged when it is unreadable or its checksum fails."""
        try:
            body = json.loads(data.decode("utf-8"))
            stated = body.pop("checksum")
            if stated != _checksum(body) or body["format"] != FORMAT:
                raise KeyFileDamaged
            if body["version"] > VERSION:
                raise KeyFileDamaged(
                    "Nøkkelfilen er laget av en nyere versjon av bufapp. Oppdater programmet."
                )
            if body["version"] not in range(1, VERSION + 1):
                raise KeyFileDamaged
            slots = body["slots"]
            parsed = cls(
                vault_id=body["vault_id"],
                created=body["created"],
                kdf=minimum_params(),  # checked below, after everything else was read
                passphrase_wrap=_wrapped(slots[SLOT_PASSPHRASE]),
                recovery_wrap=_wrapped(slots[SLOT_RECOVERY]),
                recovery_confirmation=_confirmation(slots[SLOT_RECOVERY]),
                version=body["version"],
            )
            try:
                return replace(parsed, kdf=KdfParams.from_dict(slots[SLOT_PASSPHRASE]["kdf"]))
            except UnacceptableKdf:
                # The stand-in settings never derive anything: only recover uses this copy,
                # and it replaces the passphrase slot before anything else.
                raise PassphraseSlotRefused(parsed) from None
        except (ValueError, KeyError, TypeError, AttributeError) as failure:
            raise KeyFileDamaged from failure


def _wrapped(slot: dict[str, str]) -> Wrapped:
    return Wrapped(nonce_hex=slot["nonce_hex"], ciphertext_hex=slot["ciphertext_hex"])


def _confirmation(slot: dict[str, str]) -> str | None:
    value = slot.get("confirmation")
    if value is not None and not isinstance(value, str):
        raise KeyFileDamaged
    return value


def _checksum(body: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def write(directory: Path, key_file: KeyFile) -> None:
    data = key_file.to_bytes()
    atomic_write_bytes(directory / KEY_FILE_NAME, data)
    atomic_write_bytes(directory / MIRROR_FILE_NAME, data)


def exists(directory: Path) -> bool:
    return (directory / KEY_FILE_NAME).exists() or (directory / MIRROR_FILE_NAME).exists()


def read(directory: Path, for_recovery: bool = False) -> KeyFile:
    """The first intact copy; repairs a damaged or missing copy from the intact one.

    ``for_recovery``: with no intact copy, a copy whose only fault is its passphrase slot's
    settings will do (see PassphraseSlotRefused); nothing is repaired then.
    """
    copies = [directory / KEY_FILE_NAME, directory / MIRROR_FILE_NAME]
    if not any(p.exists() for p in copies):
        raise VaultNotFound
    parsed: list[KeyFile | None] = []
    damage: list[KeyFileDamaged] = []
    for path in copies:
        try:
            parsed.append(KeyFile.from_bytes(path.read_bytes()))
        except OSError:
            parsed.append(None)
        except KeyFileDamaged as failure:
            parsed.append(None)
            damage.append(failure)
    intact = next((copy for copy in parsed if copy is not None), None)
    if intact is None:
        refused = [d for d in damage if isinstance(d, PassphraseSlotRefused)]
        if for_recovery and refused:
            return refused[0].rest
        raise damage[0] if damage else KeyFileDamaged()  # its own words: newer, tampered…
    # A damaged, missing or stale copy (a crash between the two writes) is made whole again.
    for path, copy in zip(copies, parsed, strict=True):
        if copy != intact:
            atomic_write_bytes(path, intact.to_bytes())
    return intact


def damaged_copies(directory: Path) -> list[str]:
    """Names of copies that are missing or fail their checksum (for ``check``)."""
    bad = []
    for name in (KEY_FILE_NAME, MIRROR_FILE_NAME):
        try:
            KeyFile.from_bytes((directory / name).read_bytes())
        except (OSError, KeyFileDamaged):
            bad.append(name)
    return bad
