"""The address-book CSV import with broken lines (issue 17 §7): each bad line is named and
refused, the rest is imported, and nothing escapes as «Noe uventet gikk galt»."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from bufapp.services.consents import DirectoryService
from bufapp.services.directory_import import import_csv_file
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

HEADER = "type;navn;adresse;telefon;epost;kontaktperson"
GOOD = ("NAV-kontor;NAV Fjellvik;;;;", "familievernkontor;Familievernet i Nord;;;;")


@pytest.fixture
def directory(vault: Vault) -> DirectoryService:
    return DirectoryService(lambda: UnitOfWork(vault.session_factory))


def _imported(directory: DirectoryService, path: Path, lines: list[str], end: str = "\n"):  # type: ignore[no-untyped-def]
    path.write_text(end.join(lines) + end, encoding="utf-8")
    report = import_csv_file(directory, path).report
    return [s.name for s in report.added], list(report.problems)


def test_lines_ended_by_cr_alone_are_lines(directory: DirectoryService, tmp_path: Path) -> None:
    names, problems = _imported(directory, tmp_path / "mac.csv", [HEADER, *GOOD], end="\r")
    assert names == ["NAV Fjellvik", "Familievernet i Nord"] and problems == []


@pytest.mark.parametrize(
    ("bad_line", "said"),
    [
        ("Fastlege;" + "L" * 1_048_576 + ";;;;", "Linje 3: Linja er for lang"),
        ("Fastlege;Lege\x00kontoret;;;;", "Linje 3: Linja har et tegn som ikke hører hjemme"),
        ('Fastlege;"Legekontoret Nord;Storgata 1;;;', 'Linje 3: Et anførselstegn (") er ikke'),
    ],
    ids=["1 MB field", "NUL in a name", "unterminated quote"],
)
def test_a_broken_line_is_named_and_refused_and_the_rest_imports(
    directory: DirectoryService, tmp_path: Path, bad_line: str, said: str
) -> None:
    names, problems = _imported(
        directory, tmp_path / "liste.csv", [HEADER, GOOD[0], bad_line, GOOD[1]]
    )
    assert names == ["NAV Fjellvik", "Familievernet i Nord"]
    assert len(problems) == 1 and problems[0].startswith(said), problems
    assert len(problems[0]) < 300  # the line itself is not repeated back
    assert len(directory.services()) == 2


def test_a_broken_utf16_file_is_refused_in_norwegian(
    directory: DirectoryService, tmp_path: Path
) -> None:
    from bufapp.services.directory_import import CsvFileError

    path = tmp_path / "utf16.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + HEADER.encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(CsvFileError) as refused:
        import_csv_file(directory, path)
    assert "«utf16.csv»" in str(refused.value) and "Ingenting ble importert" in str(refused.value)
    assert directory.services() == []
