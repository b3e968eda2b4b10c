"""The exception taxonomy.

Every error a person can meet carries a Norwegian message (``str(error)``) that says what
happened and what to do, and never contains personal data or secrets. Code that shows errors
(the CLI, dialogs) prints ``str(error)`` and nothing else.
"""

from __future__ import annotations

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


class NotFound(BufappError):
    message = "Fant ikke det du lette etter. Det kan være slettet eller flyttet."
