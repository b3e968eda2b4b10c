"""The exception taxonomy.

Every error a person can meet carries a Norwegian message (``str(error)``) that says what
happened and what to do, and never contains personal data or secrets. Code that shows errors
(the CLI, dialogs) prints ``str(error)`` and nothing else.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass


class BufappError(Exception):
    """Base class: an expected failure with a message fit for the user."""

    message = "Noe gikk galt."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


# --- The vault -------------------------------------------------------------------------------


class VaultError(BufappError):
    message = "Databasen kunne ikke brukes."


class VaultNotFound(VaultError):
    message = "Fant ingen database i denne mappen."


class VaultExists(VaultError):
    message = "Det finnes allerede en database i denne mappen. Ingenting ble endret."


class WrongPassphrase(VaultError):
    message = "Feil passord. Ingenting ble endret."


class WrongRecoveryKey(VaultError):
    message = "Gjenopprettingsnøkkelen passer ikke til denne databasen. Ingenting ble endret."


class InvalidRecoveryKey(VaultError):
    """The typed recovery key is malformed; caught before any decryption is tried."""

    message = "Gjenopprettingsnøkkelen er skrevet feil."


class VaultLocked(VaultError):
    message = "Databasen er låst. Lås opp med passordet ditt."


class VaultDamaged(VaultError):
    message = (
        "Databasen er skadet. Ikke skriv mer til den; gjenopprett fra siste sikkerhetskopi "
        "(bufapp-admin restore) og kontakt IT."
    )


class DamagedAtUnlock(VaultDamaged):
    """The check that follows every unlock found damage: the vault is locked again unwritten."""

    message = (
        "Kontrollen etter opplåsing fant skade i databasen, så den er låst igjen. Ingenting er "
        "skrevet til den etter opplåsingen (det du lagret i mellomtiden, er ikke lagret; åpne "
        "skjemaer beholder teksten). Gjenopprett fra siste sikkerhetskopi og kontakt IT."
    )


class KeyFileDamaged(VaultDamaged):
    message = (
        "Nøkkelfilen til databasen er skadet. Gjenopprett fra siste sikkerhetskopi "
        "(bufapp-admin restore) og kontakt IT."
    )


class VaultInUse(VaultError):
    message = (
        "Databasen er opptatt av et annet program (kanskje bufapp er åpent i et annet vindu, "
        "eller en sikkerhetskopi pågår). Vent litt og prøv igjen. Ingenting ble endret."
    )


class SchemaTooNew(VaultError):
    message = (
        "Databasen er laget av en nyere versjon av bufapp. Oppdater programmet før du åpner den. "
        "Ingenting ble endret."
    )


class WeakPassphrase(VaultError):
    message = "Passordet er for svakt."


class StorageFull(VaultError):
    message = (
        "Disken er full, så endringen ble ikke lagret. Frigjør plass og prøv igjen; "
        "det som allerede var lagret, er uendret."
    )


class BackupError(BufappError):
    message = "Sikkerhetskopien kunne ikke brukes."


# --- Files and folders ----------------------------------------------------------------------
# The operating system's own text (strerror) is English, whatever the desktop's language: a file
# error is said here instead, once, by its errno, for the CLI and every dialog.

_FILE_TROUBLES = {
    errno.ENOENT: "{what} finnes ikke",
    errno.EACCES: "bufapp har ikke tilgang til {what} (mangler rettigheter)",
    errno.EPERM: "bufapp har ikke lov til å bruke {what} (mangler rettigheter)",
    errno.ENOSPC: "Det er ikke plass nok på disken til {what}",
    errno.EDQUOT: "Lagringskvoten er brukt opp, så {what} får ikke plass",
    errno.EFBIG: "{what} blir for stor for dette lagringsstedet",
    errno.EROFS: "{what} ligger på et sted som bare kan leses, ikke skrives til",
    errno.EISDIR: "{what} er en mappe, ikke en fil",
    errno.ENOTDIR: "{what} ligger under noe som er en fil, ikke en mappe",
    errno.EEXIST: "{what} finnes allerede",
    errno.ENOTEMPTY: "Mappen {what} er ikke tom",
    errno.ENAMETOOLONG: "Navnet {what} er for langt",
    errno.ELOOP: "{what} er en snarvei som peker i ring",
    errno.EBUSY: "{what} er i bruk av et annet program",
    errno.EIO: "{what} kunne ikke leses eller skrives (er minnepinnen eller nettverket borte?)",
    errno.ENXIO: "{what} er ikke tilgjengelig (er minnepinnen eller nettverket borte?)",
    errno.ENODEV: "{what} er ikke tilgjengelig (er minnepinnen eller nettverket borte?)",
    errno.EMFILE: "For mange filer er åpne til å bruke {what}; lukk noen programmer",
}


def file_trouble(failure: OSError, path: object = None) -> str:
    """What went wrong with a file or folder, one Norwegian sentence chosen by errno, naming
    ``path`` (or the file the failure names)."""
    # A rename (an atomic write) names its temp file first and the file a person knows second.
    named = path if path is not None else (failure.filename2 or failure.filename)
    what = f"«{named}»" if named is not None else "fila"
    said = _FILE_TROUBLES.get(failure.errno or 0)
    if said is None:
        code = errno.errorcode.get(failure.errno or 0, type(failure).__name__)
        said = "{what} kunne ikke brukes (filfeil " + code + ")"
    sentence = said.format(what=what) + "."
    return "F" + sentence[1:] if sentence.startswith("fila") else sentence  # bufapp stays bufapp


def user_text(failure: BaseException) -> str | None:
    """What a person is told about ``failure``: an expected error's own message, a file error
    by its errno; None for anything else (a fault in bufapp, said as such)."""
    if isinstance(failure, BufappError):
        return str(failure)
    if isinstance(failure, OSError):
        return file_trouble(failure)
    return None


class FileTrouble(BufappError):
    """A file or folder that could not be used, said by ``file_trouble``."""

    message = "En fil eller mappe kunne ikke brukes."

    @classmethod
    def of(cls, failure: OSError, path: object = None, then: str = "") -> FileTrouble:
        return cls(f"{file_trouble(failure, path)} {then}".strip())


# --- Input -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldProblem:
    """One rejected field: the field's code name and a Norwegian message naming it."""

    field: str
    message: str


class ValidationFailed(BufappError):
    """Input was rejected; nothing was saved. ``problems`` lists each field with its message."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(p.message for p in self.problems) or "Ugyldige opplysninger.")

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class DisclosureBlocked(ValidationFailed):
    """A document would say what its reader must not know (a hidden child's whereabouts, a
    confidential address); it was not made. ``whereabouts`` tells whether the caseworker may
    include it on purpose, with a written reason (a confidential address: never)."""

    def __init__(self, problems: list[FieldProblem], whereabouts: bool) -> None:
        super().__init__(problems)
        self.whereabouts = whereabouts


class NotFound(BufappError):
    message = "Fant ikke det du lette etter. Det kan være slettet eller flyttet."


# --- Backups from the app ------------------------------------------------------------------------


class BackupOfOtherVault(BackupError):
    """The backup was taken of another vault than the one it would replace."""

    message = (
        "Sikkerhetskopien er av en annen database enn den som er i bruk her. Ingenting ble "
        "endret. Gjenopprett den bare hvis du er sikker, og bekreft det uttrykkelig."
    )


class BackupCancelled(BackupError):
    message = "Sikkerhetskopieringen ble avbrutt. Ingen fil ble skrevet; databasen er uendret."


class BackupNotVerified(BackupError):
    message = (
        "Sikkerhetskopien ble skrevet, men ga feil da den ble kontrollert, og er derfor ikke "
        "tatt vare på. Databasen er uendret. Prøv igjen, gjerne på et annet sted."
    )


# --- Export to the archive -------------------------------------------------------------------


class ArchiveExportFailed(BufappError):
    """An export that did not finish: its half-written folder is removed and nothing is marked
    as exported, so the next export brings the same documents again."""

    message = (
        "Eksporten til arkivet ble ikke fullført. Ingenting er merket som eksportert, og ingen "
        "halvferdige filer ligger igjen. Prøv igjen."
    )


class ExportFolderMissing(ArchiveExportFailed):
    message = (
        "Mappen du valgte, finnes ikke (lenger). Velg en annen mappe. "
        "Ingenting ble eksportert eller merket."
    )


class ExportFolderUnwritable(ArchiveExportFailed):
    message = (
        "bufapp får ikke skrive i mappen du valgte. Velg en mappe du har skrivetilgang til. "
        "Ingenting ble eksportert eller merket."
    )


class ExportFolderFull(ArchiveExportFailed):
    message = (
        "Det er ikke plass nok der du eksporterer. Frigjør plass eller velg en annen mappe. "
        "Ingenting er merket som eksportert, og de halvferdige filene er fjernet."
    )


class ExportFolderGone(ArchiveExportFailed):
    message = (
        "Mappen forsvant mens eksporten pågikk (ble minnepinnen tatt ut?). Ingenting er merket "
        "som eksportert. Sett inn minnepinnen og eksporter på nytt; en uferdig mappe som "
        "begynner med «.bufapp-eksport» blir ryddet bort da."
    )


class ExportCancelled(ArchiveExportFailed):
    message = "Eksporten ble avbrutt. Ingenting ble eksportert eller merket."


class ExportNotArchival(ArchiveExportFailed):
    message = (
        "Et dokument besto ikke kontrollen av arkivformatet (PDF/A), så eksporten ble stoppet. "
        "Ingenting ble eksportert eller merket. Kontakt IT hvis det skjer igjen."
    )
