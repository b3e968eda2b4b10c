"""First start: the setup flow's rules, free of any UI (the wizard only asks and shows).

Steps: office → caseworker → passphrase (twice, with a minimum) → the vault is created and the
recovery key shown once → the caseworker retypes two of its groups. Leaving without that is a
warned choice; the vault then says so until a new key has been made and retyped.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.domain import validation
from bufapp.domain.entities import Caseworker, Office
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem
from bufapp.security import passphrase as passphrase_policy
from bufapp.security import recovery

if TYPE_CHECKING:
    from bufapp.services.register import RegisterService
    from bufapp.storage.vault import Vault

CONFIRM_GROUPS = 2
STRONG_GUESSES_LOG10 = 14.0  # four unrelated words or a sentence; the minimum is 10


@dataclass(frozen=True)
class PassphraseStrength:
    percent: int  # how full the strength meter is
    label: str  # Norwegian: svakt / godt / sterkt
    acceptable: bool


def check_office(office: Office) -> list[FieldProblem]:
    return validation.check_office(replace(office, org_number=office.org_number.replace(" ", "")))


def check_caseworker(caseworker: Caseworker | str) -> list[FieldProblem]:
    if isinstance(caseworker, str):
        caseworker = Caseworker(caseworker)
    if not caseworker.name.strip():
        return [FieldProblem("name", N_("Navnet ditt må fylles ut."))]
    return validation.check_caseworker(caseworker)


def check_passphrases(
    first: str, second: str, known_words: Sequence[str] = ()
) -> list[FieldProblem]:
    """known_words: the office's and caseworker's names, which an attacker would try first."""
    refused = passphrase_policy.problems(first, known_words)
    problems = [FieldProblem("passphrase", text) for text in refused]
    if first != second:
        problems.append(FieldProblem("passphrase_repeat", N_("Passordene er ikke like.")))
    return problems


def known_words(office: Office, caseworker: Caseworker) -> list[str]:
    """What an attacker who knows the office tries first: its names, places and addresses."""
    emails = [email.split("@")[0] for email in (office.email, caseworker.email) if email]
    return [office.municipality, office.address, caseworker.name, *emails]


def office_known_words(register: RegisterService) -> list[str]:
    """known_words for a vault that is open: the office and caseworker it has saved."""
    office = register.office() or Office("")
    return known_words(office, register.caseworker() or Caseworker(""))


def strength(passphrase: str, known_words: Sequence[str] = ()) -> PassphraseStrength:
    rating = passphrase_policy.strength(passphrase, known_words)
    acceptable = rating.acceptable and not passphrase_policy.basic_problems(passphrase)
    if not acceptable:
        label = N_("Svakt")
    elif rating.guesses_log10 < STRONG_GUESSES_LOG10:
        label = N_("Godt")
    else:
        label = N_("Sterkt")
    # The bar is 60 % full at the minimum, full at 10^16.7 guesses.
    return PassphraseStrength(min(100, int(rating.guesses_log10 * 6)), label, acceptable)


def create_vault(
    directory: Path, office: Office, caseworker: Caseworker | str, passphrase: str
) -> tuple[object, str]:
    """Create the vault and save the office and caseworker (or just the caseworker's name);
    returns the vault and recovery key."""
    # Imported here: the wizard's first pages must not wait for the database stack to load.
    from bufapp.services.register import RegisterService
    from bufapp.storage.uow import UnitOfWork
    from bufapp.storage.vault import Vault

    vault, recovery_key = Vault.create(directory, passphrase)
    register = RegisterService(lambda: UnitOfWork(vault.session_factory))
    register.save_office(office)
    if isinstance(caseworker, str):
        caseworker = Caseworker(name=caseworker)
    register.save_caseworker(
        replace(
            caseworker,
            name=caseworker.name.strip(),
            phone=caseworker.phone.strip(),
            email=caseworker.email.strip(),
        )
    )
    return vault, recovery_key


def groups_to_confirm(rng: random.Random | None = None) -> tuple[int, ...]:
    """Which groups (1-based) the caseworker must retype to show the key was written down."""
    chooser = rng or random.SystemRandom()
    return tuple(sorted(chooser.sample(range(1, recovery.GROUPS + 1), CONFIRM_GROUPS)))


class GroupCheck(Enum):
    """How a retyped group compares with the key (the wizard words it in Norwegian)."""

    EMPTY = "empty"
    BEGUN = "begun"  # right so far, not all typed yet
    MATCHES = "matches"
    DIFFERS = "differs"
    TOO_LONG = "too_long"


def _cleaned(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    return compact.replace("O", "0").replace("I", "1").replace("L", "1")


def check_group(recovery_key: str, number: int, typed: str) -> GroupCheck:
    """Group ``number`` (1-based) as typed so far; case, spaces and O/0, I/L/1 are forgiven."""
    expected = _cleaned(recovery_key.split("-")[number - 1])  # the key as shown, not re-checked
    cleaned = _cleaned(typed)
    if not cleaned:
        return GroupCheck.EMPTY
    if cleaned == expected:
        return GroupCheck.MATCHES
    if len(cleaned) > len(expected):
        return GroupCheck.TOO_LONG
    return GroupCheck.BEGUN if expected.startswith(cleaned) else GroupCheck.DIFFERS


def typed_length(typed: str) -> int:
    return len(_cleaned(typed))


def confirms(recovery_key: str, typed: dict[int, str]) -> bool:
    """True when every asked-for group was retyped right (case and O/0, I/1 forgiven)."""
    return bool(typed) and all(
        check_group(recovery_key, number, text) is GroupCheck.MATCHES
        for number, text in typed.items()
    )


def mark_confirmed(vault: Vault) -> None:
    """The caseworker retyped the recovery key: the vault stops reminding them."""
    vault.confirm_recovery_key()


def recovery_key_confirmed(vault: Vault) -> bool:
    return vault.recovery_key_confirmed


def new_recovery_key(vault: Vault) -> str:
    """A new recovery key, to be shown and retyped; the old one stops working at once (it is
    never stored, so it cannot be shown again: replacing it is the only way to confirm one)."""
    return vault.replace_recovery_key()


def change_data_key(vault: Vault, passphrase_text: str) -> str:
    """Re-encrypt the vault under a new data key; returns the new recovery key that comes with
    it, to be shown and retyped (the old one can no longer be rewrapped: it is never stored)."""
    return vault.change_data_key(passphrase_text)
