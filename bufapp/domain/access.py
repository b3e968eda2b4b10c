"""The parent's right of access (innsyn): which contact entries the parent is shown, and how.

A parent may see what the service has recorded about them (forvaltningsloven §§ 18–19,
barnevernsloven § 12-6). A part may be exempt, for example because it would reveal a foster
home's protected address; it is then left out, and the parent is told that something was left
out, when it is from and why (never what it says), so the exemption can be challenged.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum

from bufapp.domain.audit import AuditRecord
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.disclosure import Disclosure, SecretKind
from bufapp.domain.enums import EntryStatus
from bufapp.domain.folding import fold
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

EXEMPT_REASON_LENGTH = 300  # a reason is a sentence or two; it is printed in the access pack


class Shown(Enum):
    """How an entry appears in the access pack."""

    IN_FULL = "in_full"  # a final entry: every field, as in the contact-log extract
    AS_WITHDRAWN = "as_withdrawn"  # date, form and why it was withdrawn; not the mistaken text
    LEFT_OUT_EXEMPT = "left_out_exempt"  # listed under "Dette er unntatt innsyn" with the reason
    LEFT_OUT_OPEN = "left_out_open"  # still being written: counted, shown once it is final
    # Its text names what the reader may not know (a hidden placement, a confidential address):
    # listed as withheld with that basis, like an exempt entry.
    LEFT_OUT_SECRET = "left_out_secret"


def shown_as(entry: ContactEntry) -> Shown:
    """The exemption wins over every status: an exempt entry's text (even a withdrawn one's
    reason) is never printed; an open entry is a draft, not yet a record to hand out."""
    if entry.is_exempt:
        return Shown.LEFT_OUT_EXEMPT
    if entry.status is EntryStatus.WITHDRAWN:
        return Shown.AS_WITHDRAWN
    if entry.status is EntryStatus.OPEN:
        return Shown.LEFT_OUT_OPEN
    return Shown.IN_FULL


def exemption_problems(
    exempt: bool, reason: str, basis: str | None = None, bases: Collection[str] = ()
) -> list[FieldProblem]:
    """An exemption needs a legal basis from the vetted list (``bases``, the keys of
    forms/access_pack.toml [exemption_bases]) and a written reason (the parent is told both);
    the reason stays short. ``basis`` None: not asked (a caller that only edits the reason)."""
    if not exempt:
        return []
    problems = []
    if basis is not None and not basis.strip():
        problems.append(
            FieldProblem("exempt_basis", N_("Velg hjemmelen for å unnta kontakten fra innsyn."))
        )
    elif basis is not None and bases and basis not in bases:
        problems.append(
            FieldProblem("exempt_basis", N_("Hjemmelen er ikke i listen over godkjente hjemler."))
        )
    if not reason.strip():
        problems.append(
            FieldProblem(
                "exempt_reason",
                N_(
                    "Skriv hvorfor kontakten er unntatt innsyn – begrunnelsen vises for forelderen."
                ),
            )
        )
    elif len(reason.strip()) > EXEMPT_REASON_LENGTH:
        problems.append(
            FieldProblem(
                "exempt_reason",
                f"Begrunnelsen kan ha høyst {EXEMPT_REASON_LENGTH} tegn.",
            )
        )
    return problems


def runs(records: Sequence[AuditRecord]) -> list[tuple[AuditRecord, int]]:
    """The access report's lines: consecutive records of the same thing (what was done, to
    which kind of record, by whom) within the same minute become one line with a count, so
    registering a parent's history in one sitting reads as a few lines, not hundreds. Each
    line keeps its first record (its moment is when the run began)."""
    merged: list[tuple[AuditRecord, int]] = []
    for record in records:
        if merged:
            first, count = merged[-1]
            if (first.actor, first.what) == (record.actor, record.what) and _minute(
                first.at
            ) == _minute(record.at):
                merged[-1] = (first, count + 1)
                continue
        merged.append((record, 1))
    return merged


def _minute(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(second=0, microsecond=0)


# --- What one parent receives of an entry ----------------------------------------------------
# The bases of what is withheld without the caseworker marking it; their wording is in
# forms/access_pack.toml [withheld].
WHEREABOUTS = "whereabouts"  # it can reveal where a child with hidden whereabouts lives
CONFIDENTIAL_ADDRESS = "confidential_address"  # it names another parent's confidential address
OTHER_PARENT = "other_parent"  # the other parent's own words in a joint contact
OTHER_CHILD = "other_child"  # a child who is not this parent's

_FREE_TEXT = ("summary", "parent_words", "agreed")
_MIN_NAME = 3  # shorter names match too much ordinary text


@dataclass(frozen=True)
class Withheld:
    """A part of an entry left out of what one parent receives: which part (``"entry"`` for
    all of it, or a field name), on what basis (a key of [exemption_bases] or [withheld]) and,
    for an exemption, the caseworker's reason."""

    part: str
    basis: str
    reason: str = ""


@dataclass(frozen=True)
class Reader:
    """The parent who receives a document, and what they may not be told: the disclosure
    rules of their family, their own children, and the names of the other children and of
    the other parents (a joint entry may name them in free text)."""

    parent_id: int
    own_child_ids: frozenset[int]
    disclosure: Disclosure
    other_child_names: Mapping[int, str] = field(default_factory=dict)
    other_parent_names: Mapping[int, str] = field(default_factory=dict)
    own_names: tuple[str, ...] = ()  # this parent's and their children's names


@dataclass(frozen=True)
class ForReader:
    shown: Shown
    entry: ContactEntry  # what the reader is given of it: the withheld parts emptied
    withheld: tuple[Withheld, ...] = ()


def for_reader(entry: ContactEntry, reader: Reader) -> ForReader:
    """How ``entry`` appears in what ``reader`` receives (the innsyn pack, an extract made for
    them). An exempt entry and one whose text names a secret are withheld whole; of a joint
    entry, the other parent's own words and what concerns children who are not the reader's
    are withheld; each withheld part says on what basis."""
    shown = shown_as(entry)
    if shown is Shown.LEFT_OUT_EXEMPT:
        return ForReader(
            shown, entry, (Withheld("entry", entry.exempt_basis, entry.exempt_reason),)
        )
    if shown is Shown.LEFT_OUT_OPEN:
        return ForReader(shown, entry)
    secret = reader.disclosure.find("\n".join(_texts_of(entry)))
    if secret is not None:
        basis = WHEREABOUTS if secret.kind is SecretKind.WHEREABOUTS else CONFIDENTIAL_ADDRESS
        return ForReader(Shown.LEFT_OUT_SECRET, entry, (Withheld("entry", basis),))
    withheld: list[Withheld] = []
    others = [c for c in entry.child_ids if c not in reader.own_child_ids]
    if others:
        withheld.append(Withheld("child_ids", OTHER_CHILD))
        entry = replace(entry, child_ids=tuple(c for c in entry.child_ids if c not in others))
    if entry.parent_words.strip() and _words_of_another(entry, reader):
        withheld.append(Withheld("parent_words", OTHER_PARENT))
        entry = replace(entry, parent_words="")
    child_words = name_words(reader.other_child_names.values(), reader.own_names)
    for name in _FREE_TEXT:
        if names_any(getattr(entry, name), child_words):
            withheld.append(Withheld(name, OTHER_CHILD))
            entry = replace(entry, **{name: ""})
    return ForReader(shown, entry, tuple(withheld))


def _texts_of(entry: ContactEntry) -> list[str]:
    people = entry.participants
    return [
        entry.place, entry.summary, entry.parent_words, entry.agreed, entry.change_reason,
        entry.withdrawn_reason, people.support_person, people.interpreter_name, people.carers,
        people.others, *(task.what for task in entry.tasks), *(t.outcome for t in entry.tasks),
    ]  # fmt: skip


def _words_of_another(entry: ContactEntry, reader: Reader) -> bool:
    """The parent's-own-words field of an entry holds the words of the parent it belongs to;
    in a joint contact it may hold the other parent's too (it is one field). Withheld when the
    entry is another parent's, or when the words name another parent who took part."""
    if entry.parent_id != reader.parent_id:
        return True
    joint = [p for p in entry.parent_ids if p != reader.parent_id]
    names = [reader.other_parent_names.get(p, "") for p in joint]
    return names_any(entry.parent_words, name_words(names, reader.own_names))


def name_words(names: Iterable[str], own: Sequence[str]) -> set[str]:
    """The folded words of ``names`` that could identify someone: long enough, and not also
    a word of the reader's own or their children's names (a shared family name)."""
    mine = {w for name in own for w in re.findall(r"\w+", fold(name))}
    return {
        w
        for name in names
        for w in re.findall(r"\w+", fold(name))
        if len(w) >= _MIN_NAME and w not in mine
    }


def names_any(text: str, words: Collection[str]) -> bool:
    return bool(words) and any(w in words for w in re.findall(r"\w+", fold(text)))
