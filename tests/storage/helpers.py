"""Helpers shared by the storage tests: file snapshots, byte flips, sample data, table dumps.

Everything here works on real vaults; nothing stands in for storage.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bufapp.domain import national_id
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import (
    Caseworker,
    Child,
    Office,
    Parent,
    ParentLink,
    Placement,
)
from bufapp.domain.enums import ContactForm, ParentRole, PlacementBasis, PlaceType
from bufapp.domain.validation import org_number_is_valid
from bufapp.security import keyfile
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage.vault import DB_FILE_NAME, Vault

PAGE_SIZE = 4096  # SQLCipher 4 default; the tests check it on the real file where it matters
TABLES = ("office", "caseworker", "parent", "child", "child_parent", "placement", "contact_entry")


# --- files ---------------------------------------------------------------------------------------


def files_under(directory: Path) -> Iterator[Path]:
    for root, _dirs, names in os.walk(directory):
        for name in names:
            yield Path(root) / name


def snapshot(directory: Path) -> dict[str, tuple[bytes, int]]:
    """Every file below ``directory``: relative path -> (bytes, mtime in ns)."""
    return {
        str(path.relative_to(directory)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in files_under(directory)
    }


def key_file_bytes(directory: Path) -> tuple[bytes, bytes]:
    return (
        (directory / keyfile.KEY_FILE_NAME).read_bytes(),
        (directory / keyfile.MIRROR_FILE_NAME).read_bytes(),
    )


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        original = handle.read(1)
        assert len(original) == 1, f"offset {offset} is past the end of {path}"
        handle.seek(offset)
        handle.write(bytes([original[0] ^ mask]))


def database_page_count(directory: Path) -> int:
    size = (directory / DB_FILE_NAME).stat().st_size
    assert size % PAGE_SIZE == 0, "a locked vault's database is whole pages"
    return size // PAGE_SIZE


# --- identities that pass validation --------------------------------------------------------------


def synthetic_ids(count: int, born: date = date(1985, 3, 15)) -> list[str]:
    """``count`` distinct synthetic national IDs (month + 80: never a real person)."""
    found: list[str] = []
    for individual in range(1000):
        value = national_id.make_synthetic(born, individual)
        if value is not None:
            found.append(value)
        if len(found) == count:
            return found
    raise AssertionError("not enough synthetic IDs for one birth date")


def valid_org_number() -> str:
    for candidate in range(974_760_000, 974_770_000):
        if org_number_is_valid(str(candidate)):
            return str(candidate)
    raise AssertionError("no valid organisation number in range")


# --- sample data through the real service -------------------------------------------------------


@dataclass(frozen=True)
class SampleIds:
    parents: list[int]
    children: list[int]


def add_sample_register(register: RegisterService, parents: int = 6) -> SampleIds:
    """A small but complete register: office, caseworker, parents, children with both parents
    linked, placements and contact entries, all through ``RegisterService``."""
    register.save_office(Office("Testkommune barnevernstjeneste", "Storgata 1, 0101 Oslo"))
    register.save_caseworker(Caseworker("Sara Saksbehandler", phone="22 33 44 55"))
    ids = synthetic_ids(parents)
    parent_ids = []
    for i in range(parents):
        saved = register.save_parent(
            Parent(
                given_names=f"Forelder {i} Åse",
                family_name=f"Øvrebø-{i}",
                national_id=ids[i],
                address_line=f"Bjørkeveien {i}",
                postal_code="0150",
                postal_town="Oslo",
                notes=f"Notat {i}: ønsker tolk ved møter. " * 5,
                interpreter_language="polsk" if i % 2 else None,
            )
        )
        assert saved.id is not None
        parent_ids.append(saved.id)
    child_ids = []
    for i in range(0, parents - 1, 2):
        child = register.save_child(
            Child(
                given_names=f"Barn {i}",
                family_name=f"Øvrebø-{i}",
                birth_date=date(2016, 1, 1 + i),
                case_number=f"2024/{1000 + i}",
                parents=(
                    ParentLink(parent_ids[i], ParentRole.MOTHER),
                    ParentLink(parent_ids[i + 1], ParentRole.FATHER, False),
                ),
            )
        )
        assert child.id is not None
        child_ids.append(child.id)
        register.save_placement(
            Placement(
                child.id,
                PlacementBasis.CARE_ORDER,
                PlaceType.FOSTER_HOME,
                date(2025, 2, 1),
                place_name=f"Fosterhjem {i}",
            )
        )
    contact_log = ContactLogService(register.unit_of_work, today=register.today)
    for i, parent_id in enumerate(parent_ids):
        contact_log.save(
            ContactEntry(
                parent_id,
                datetime(2026, 5, 1 + i, 9, 30, tzinfo=UTC),
                ContactForm.PHONE,
                summary=f"Samtale {i} om samvær.",
                parent_words=f"«Jeg vil se barnet mitt oftere» ({i})",
            ),
            final=True,
        )
    return SampleIds(parent_ids, child_ids)


def dump_tables(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every register table, in primary-key order, for equality checks."""
    dumped: dict[str, list[tuple[Any, ...]]] = {}
    with vault.engine.connect() as connection:
        for table in TABLES:
            order = "child_id, parent_id" if table == "child_parent" else "id"
            rows = connection.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))
            dumped[table] = [tuple(row) for row in rows]
    return dumped


def wrapped_data_key(directory: Path, passphrase_text: str) -> bytes:
    """The data key the key file wraps under ``passphrase_text``, as anyone holding the
    passphrase and the file can get it."""
    from bufapp.security import kdf

    key_file = keyfile.read(directory)
    return bytes(key_file.unwrap_passphrase(kdf.derive_key(passphrase_text, key_file.kdf)))
