"""Reading a municipality's CSV list of services from a file: UTF-8 (with or without BOM),
UTF-16 with BOM, and otherwise Windows-1252 (what Excel on a Norwegian Windows saves as "CSV"),
saying so, because that encoding has no č, đ, ŋ or ŧ. Runs on the database thread: a network
drive must not freeze the window."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from bufapp.errors import BufappError, file_trouble
from bufapp.services.consents import DirectoryService, ImportReport

MAX_CSV_BYTES = 5 * 1024 * 1024  # a directory list is a few kilobytes; more is the wrong file
CP1252_NOTE = (
    "Fila var ikke lagret som UTF-8 og ble lest som Windows-1252 (slik Excel lagrer «CSV» på "
    "norsk Windows). Den kodingen har ikke samiske bokstaver som č, đ, ŋ og ŧ; kontroller "
    "navnene, eller lagre fila som «CSV UTF-8» i Excel og importer på nytt."
)


class CsvFileError(BufappError):
    message = "Fila kunne ikke leses."


@dataclass(frozen=True)
class CsvText:
    text: str
    note: str = ""  # what the person should know about how the file was read


def read_csv_text(path: Path) -> CsvText:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise CsvFileError(
                f"Fila «{path.name}» er for stor til å være en adresseliste ({size / 1024 / 1024:.0f} MB). "
                "Velg CSV-fila med tjenestene."
            )
        data = path.read_bytes()
    except CsvFileError:
        raise
    except OSError as failure:
        raise CsvFileError(
            f"{file_trouble(failure, path.name)} Ingenting ble importert."
        ) from failure
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return CsvText(data.decode("utf-16"))
        except UnicodeDecodeError as failure:
            raise CsvFileError(
                f"Fila «{path.name}» sier at den er UTF-16, men er skadet eller avkortet. "
                "Lagre den på nytt som «CSV UTF-8» og prøv igjen. Ingenting ble importert."
            ) from failure
    try:
        return CsvText(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        return CsvText(data.decode("cp1252"), CP1252_NOTE)
    except UnicodeDecodeError as failure:
        raise CsvFileError(
            f"Fila «{path.name}» er verken UTF-8 eller Windows-1252, så bokstavene kan ikke leses "
            "sikkert. Lagre den som «CSV UTF-8» og prøv igjen. Ingenting ble importert."
        ) from failure


@dataclass(frozen=True)
class ImportOutcome:
    report: ImportReport
    note: str  # how the file was read, when the person should know


def import_csv_file(directory: DirectoryService, path: Path) -> ImportOutcome:
    """Read ``path`` and import it (runs on the database thread)."""
    csv_text = read_csv_text(path)
    return ImportOutcome(directory.import_csv(csv_text.text), csv_text.note)
