"""What a document may say, and to whom (DOMAIN.md, "What a document may say, and to whom").

Three things must never leave in the wrong document:

- **Hidden whereabouts.** When the county board has decided that the parents shall not know
  where a child lives, nothing that can reveal it (the foster home's or institution's name, its
  address, municipality and phone, the foster parents' names) reaches the parents or a third
  party who might pass it on, unless the caseworker includes it in one document on purpose and
  writes why (``reveal_reason``).
- **A confidential address** (fortrolig / strengt fortrolig) reaches no one but the parent.
- **A visit's meeting place** (a supervised meeting place, a family house) is named only to those
  who take part in the visit; a document to anyone else carries it as a secret.

A ``Disclosure`` holds the rules for one document: who reads it and the secrets it must not
contain. Services use it to leave structured data out and to check free text before a document
is finished; the document layer checks the finished PDF's text once more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from bufapp.domain.entities import Parent, Placement
from bufapp.domain.enums import Audience
from bufapp.domain.folding import fold
from bufapp.errors import DisclosureBlocked, FieldProblem

# Words that make up a placement's name without naming it ("Fosterhjem i Kautokeino").
_GENERIC_PLACE_WORDS = frozenset(
    fold(word)
    for word in (
        "fosterhjem",
        "fosterhjemmet",
        "beredskapshjem",
        "beredskapshjemmet",
        "institusjon",
        "institusjonen",
        "barnevernsinstitusjon",
        "barnevernsinstitusjonen",
        "omsorgssenter",
        "i",
        "på",
        "hos",
        "og",
        "slekt",
        "nettverk",
    )
)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|&|/|\bog\b|\bmed\b)\s*")
_SPACE = re.compile(r"\s+")
_NG = re.compile("ŋ", re.IGNORECASE)
_DIGIT_GAPS = re.compile(r"(?<=\d)[\s.\-](?=\d)")
_MIN_NAME_LENGTH = 3  # shorter family names match too much ordinary text
_STREET = re.compile(r"\d")  # «Storgata 12»: a part of an address with a number in it
_POSTAL = re.compile(r"\d{4}\s")  # «9700 Lakselv»: a postal code and town


class SecretKind(Enum):
    WHEREABOUTS = "whereabouts"
    CONFIDENTIAL_ADDRESS = "confidential_address"
    MEETING_PLACE = "meeting_place"


@dataclass(frozen=True)
class Secret:
    text: str
    what: str  # Norwegian, for messages: "fosterforeldrenes navn" (never the text itself)
    kind: SecretKind

    def pattern(self) -> re.Pattern[str]:
        if self.is_number:
            return re.compile(rf"(?<!\d){re.escape(_digits(self.text))}(?!\d)")
        # Ŋ is often typed "ng" where the keyboard has no Sami letters.
        spellings = dict.fromkeys(fold(t).strip() for t in (self.text, _NG.sub("ng", self.text)))
        alternatives = (
            r"\s+".join(re.escape(word) for word in _SPACE.split(spelling))
            for spelling in spellings
        )
        return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")

    @property
    def is_number(self) -> bool:
        return bool(re.fullmatch(r"[+\d\s.\-()]+", self.text))


@dataclass(frozen=True)
class Disclosure:
    """The rules for one document: who reads it and what it must not say."""

    audience: Audience
    secrets: tuple[Secret, ...] = ()
    # The caseworker's written reason for saying, in this one document, where a child with
    # hidden whereabouts lives. Empty: the whereabouts stay out.
    reveal_reason: str = ""
    placements: tuple[Placement, ...] = ()  # the family's, which the secrets came from

    @property
    def hides_a_placement(self) -> bool:
        """Whether any of the family's placements may not be shown: then a foster home is
        named only by its role (in a group, on a map)."""
        return not all(self.shows_placement(p) for p in self.placements)

    @property
    def hides_whereabouts(self) -> bool:
        if self.audience is Audience.PARENT:
            return True  # whatever the reason: the decision is that the parents shall not know
        return self.audience is not Audience.INTERNAL and not self.reveal_reason.strip()

    @property
    def may_reveal(self) -> bool:
        """Whether a written reason could let this document name hidden whereabouts: only a
        document to a service, never one the parent receives."""
        return self.audience is Audience.THIRD_PARTY

    def forbidden(self) -> tuple[Secret, ...]:
        """The secrets this document must not contain."""
        return tuple(
            s
            for s in self.secrets
            if s.kind is not SecretKind.WHEREABOUTS or self.hides_whereabouts
        )

    def find(self, text: str) -> Secret | None:
        """The first forbidden secret that ``text`` contains, or None."""
        if not text.strip():
            return None
        folded = _SPACE.sub(" ", fold(text))
        numbers = _DIGIT_GAPS.sub("", text)
        for secret in self.forbidden():
            haystack = numbers if secret.is_number else folded
            if secret.pattern().search(haystack):
                return secret
        return None

    def _found(self, fields: Mapping[str, str]) -> list[tuple[str, Secret]]:
        found = ((name, self.find(text)) for name, text in fields.items())
        return [(name, secret) for name, secret in found if secret is not None]

    def check(self, fields: Mapping[str, str], labels: Mapping[str, str]) -> list[FieldProblem]:
        """One problem per free-text field that names a secret, saying which kind (not what)."""
        return _problems(self._found(fields), labels)

    def require_discreet(self, fields: Mapping[str, str], labels: Mapping[str, str]) -> None:
        """DisclosureBlocked naming each field that names a secret. Only hidden whereabouts can
        be included on purpose (with a reason); a confidential address never."""
        found = self._found(fields)
        if found:
            problems = _problems(found, labels)
            whereabouts = self.may_reveal and all(
                secret.kind is SecretKind.WHEREABOUTS for _name, secret in found
            )
            raise DisclosureBlocked(problems, whereabouts)

    def shows_placement(self, placement: Placement) -> bool:
        """Whether the document may say where this placement is: not if it is hidden, nor if
        it names a hidden one (a sibling placed in the same foster home)."""
        if placement.whereabouts_hidden and self.hides_whereabouts:
            return False
        where = (
            placement.place_name,
            placement.carer_names,
            placement.place_address,
            placement.place_municipality,
            placement.place_phone,
        )
        return not any(self.find(text) for text in where)

    def shows_address_of(self, parent: Parent, reader_parent_id: int | None = None) -> bool:
        """A confidential address is shown only in the parent's own documents."""
        if not parent.has_confidential_address:
            return True
        return self.audience is not Audience.THIRD_PARTY and parent.id == reader_parent_id


def _problems(found: list[tuple[str, Secret]], labels: Mapping[str, str]) -> list[FieldProblem]:
    return [FieldProblem(name, field_message(labels.get(name, name), s)) for name, s in found]


def field_message(label: str, secret: Secret) -> str:
    if secret.kind is SecretKind.MEETING_PLACE:
        return (
            f"«{label}» nevner {secret.what}. Møtestedet skal bare stå i kopiene til dem som "
            "er med på samværet. Ta det bort før dokumentet lages."
        )
    if secret.kind is SecretKind.WHEREABOUTS:
        return (
            f"«{label}» nevner {secret.what}. Barnets bosted er skjult for foreldrene, og "
            "dette kan vise hvor barnet bor. Ta det bort før dokumentet lages."
        )
    return (
        f"«{label}» nevner {secret.what}. Forelderen har fortrolig adresse, som ikke skal "
        "stå i dokumenter til andre. Ta det bort før dokumentet lages."
    )


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _municipality_of(placement: Placement) -> str:
    if placement.place_municipality.strip():
        return placement.place_municipality.strip()
    found = re.search(r"\b(?:i|på)\s+(\w[\w\- ]*)$", placement.place_name.strip())
    return found.group(1).strip() if found else ""


def _names(people: str) -> list[str]:
    return [name.strip() for name in _NAME_SEPARATORS.split(people) if name.strip()]


def whereabouts_secrets(
    placement: Placement, known_places: Iterable[str] = (), known_names: Iterable[str] = ()
) -> list[Secret]:
    """What can reveal where the child of a hidden placement lives. ``known_places`` (the
    office's municipality, the parent's own town) say nothing about the child and are left out,
    so that a letter may still carry its own letterhead and the parent's address; so do
    ``known_names`` (the family's own names: a foster mother may share the child's first name)
    as parts of a name, though never the whole name."""
    if not placement.whereabouts_hidden:
        return []
    kind = SecretKind.WHEREABOUTS
    known = {fold(place.strip()) for place in known_places if place.strip()}
    family = {fold(word) for name in known_names for word in name.split()}
    secrets = []
    name_words = [w for w in _SPACE.split(placement.place_name.strip()) if w]
    if any(fold(word) not in _GENERIC_PLACE_WORDS | known for word in name_words):
        secrets.append(Secret(placement.place_name.strip(), "navnet på fosterhjemmet", kind))
    municipality = _municipality_of(placement)
    if municipality and fold(municipality) not in known:
        secrets.append(Secret(municipality, "kommunen barnet bor i", kind))
    for name in _names(placement.carer_names):
        if " " in name or fold(name) not in family:
            secrets.append(Secret(name, "fosterforeldrenes navn", kind))
        # Each part of a name alone too ("hos Niillas"): a common first name may then hold
        # back an ordinary sentence, which is the safer mistake.
        for part in name.split():
            if part != name and len(part) >= _MIN_NAME_LENGTH and fold(part) not in family:
                secrets.append(Secret(part, "fosterforeldrenes navn", kind))
    if placement.place_address.strip():
        street = placement.place_address.split(",")[0].strip()
        secrets.append(Secret(street, "adressen der barnet bor", kind))
    if len(_digits(placement.place_phone)) >= 8:
        secrets.append(
            Secret(placement.place_phone.strip(), "telefonnummeret der barnet bor", kind)
        )
    return secrets


def address_secrets(parent: Parent) -> list[Secret]:
    """What must not leave of a parent's confidential address."""
    if not parent.has_confidential_address:
        return []
    kind = SecretKind.CONFIDENTIAL_ADDRESS
    secrets = []
    if parent.address_line.strip():
        secrets.append(Secret(parent.address_line.strip(), "forelderens fortrolige adresse", kind))
    return secrets


def meeting_place_secrets(place_note: str) -> list[Secret]:
    """A visit's meeting place, for a document to someone who does not take part in the visit.
    Each line of the note counts, and its parts between commas alone («Familiens hus», «Storgata
    3»), except a town or a postal code and town after the name: those may be the office's own
    letterhead."""
    texts = []
    for line in place_note.splitlines():
        name, *rest = [part.strip() for part in line.split(",")]
        texts += [line.strip(), name]
        texts += [part for part in rest if _STREET.search(part) and not _POSTAL.match(part)]
    return [
        Secret(text, "møtestedet for samværet", SecretKind.MEETING_PLACE)
        for text in dict.fromkeys(texts)
        if len(text) >= _MIN_NAME_LENGTH
    ]


def disclosure_for(
    audience: Audience,
    reader_parent_id: int | None,
    placements: Iterable[Placement],
    parents: Iterable[Parent],
    known_places: Iterable[str] = (),
    reveal_reason: str = "",
    known_names: Iterable[str] = (),
) -> Disclosure:
    """The rules for a document read by ``audience``, about a family with these placements and
    parents. The reader's own confidential address is no secret in their own document."""
    known = tuple(known_places)
    names = tuple(known_names)
    family_placements = tuple(placements)
    secrets: list[Secret] = []
    for placement in family_placements:
        secrets += whereabouts_secrets(placement, known, names)
    for parent in parents:
        if audience is Audience.INTERNAL:
            break
        if audience is Audience.THIRD_PARTY or parent.id != reader_parent_id:
            secrets += address_secrets(parent)
    unique = {(s.kind, fold(s.text)): s for s in secrets}
    return Disclosure(audience, tuple(unique.values()), reveal_reason.strip(), family_placements)
