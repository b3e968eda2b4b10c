"""The details of an invented person: synthetic national ID numbers, addresses, phone numbers
and e-mail addresses (each unique in the vault), languages, support persons and notes, and the
names and case numbers of children. Drawn from one random source, in a fixed order, so the same
seed always gives the same people."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from datetime import date

from bufapp.demo.backgrounds import NORWEGIAN, SAMI, Background
from bufapp.demo.builder import Member
from bufapp.demo.data import (
    DECLINES_NOTE,
    EMAIL_DOMAINS,
    HOME_POSTAL,
    NO_HOME_NOTE,
    PARENT_NOTES,
    SAMI_NOTE,
    STREETS,
    SUPPORT_RELATIONS_MEN,
    SUPPORT_RELATIONS_WOMEN,
    SUPPORT_VOLUNTEERS,
    TOWNS,
)
from bufapp.domain import national_id
from bufapp.domain.enums import ParentRole


def _ascii_letters(text: str) -> str:
    """Letters an e-mail address can carry: æ → ae, ø → o, å → aa, ŋ → n, accents dropped."""
    pairs = (("æ", "ae"), ("ø", "o"), ("å", "aa"), ("ŋ", "n"), ("đ", "d"), ("ŧ", "t"), ("ł", "l"))
    for letter, plain in pairs:
        text = text.lower().replace(letter, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-"))
    return kept


def _phone_text(digits: str) -> str:
    return f"{digits[:3]} {digits[3:5]} {digits[5:]}"


class PersonDetails:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._used_ids: set[str] = set()  # the service rejects a national ID twice
        self._used_phones: set[str] = set()
        self._used_case_numbers: set[str] = set()

    def synthetic_id(self, born: date, d_number: bool = False) -> str:
        """A synthetic number nobody else in the vault has. Many individual numbers give no
        valid check digits or do not fit the century, so draw until one does."""
        for _ in range(10_000):
            number = national_id.make_synthetic(born, self.rng.randrange(1000), d_number=d_number)
            if number is not None and number not in self._used_ids:
                self._used_ids.add(number)
                return number
        raise RuntimeError(f"no free synthetic national ID for {born}")

    def preferred_language(self, background: Background, interpreter: str | None) -> str:
        if interpreter:
            return interpreter
        if background is not NORWEGIAN and self.rng.random() < 0.3:
            return background.language
        return "norsk"

    def address(self, background: Background) -> tuple[str, str, str]:
        if self.rng.random() < 0.05:
            return "", "", ""  # no fixed home: see NO_HOME_NOTE
        roll = self.rng.random()
        if background.home_towns and roll < 0.5:
            postal_code, town = self.rng.choice(background.home_towns)
        elif roll < 0.75:
            postal_code, town = HOME_POSTAL
        else:
            postal_code, town = self.rng.choice(TOWNS)
        street = f"{self.rng.choice(STREETS)} {self.rng.randint(1, 60)}"
        if self.rng.random() < 0.2:
            street += f" {self.rng.choice('ABC')}"
        return street, postal_code, town

    def phone(self) -> str:
        while True:
            digits = self.rng.choice("49") + f"{self.rng.randrange(10_000_000):07d}"
            if digits not in self._used_phones:
                self._used_phones.add(digits)
                return _phone_text(digits)

    def email(self, member: Member) -> str:
        given = _ascii_letters(member.given_names.split()[0])
        family = _ascii_letters(member.family_name)
        suffix = str(self.rng.randint(1, 99)) if self.rng.random() < 0.4 else ""
        return f"{given}.{family}{suffix}@{self.rng.choice(EMAIL_DOMAINS)}"

    def support_person(self, background: Background) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return f"{self.rng.choice(SUPPORT_VOLUNTEERS)}, tlf {self.phone()}"
        woman = roll < 0.7
        relation = self.rng.choice(SUPPORT_RELATIONS_WOMEN if woman else SUPPORT_RELATIONS_MEN)
        given = self.rng.choice(background.women if woman else background.men)
        surname = self.rng.choice(background.surnames)
        family = surname.woman if woman else surname.man
        return f"{relation} {given} {family}, tlf {self.phone()}"

    def notes(self, member: Member, has_home: bool) -> str:
        notes = []
        if not has_home:
            notes.append(NO_HOME_NOTE)
        if member.declines_contact:
            notes.append(DECLINES_NOTE)
        if member.background is SAMI and not member.woman and self.rng.random() < 0.3:
            notes.append(SAMI_NOTE)
        elif self.rng.random() < 0.2:
            notes.append(self.rng.choice(PARENT_NOTES))
        return " ".join(notes)

    def child_name(self, parents: list[Member], girl: bool, siblings: Sequence[str] = ()) -> str:
        """A name from a parent's background, not a sibling's (drawn again, a few times)."""
        background = self.rng.choice(parents).background if parents else NORWEGIAN
        names = background.girls if girl else background.boys
        name = self.rng.choice(names)
        for _ in range(5):
            if name not in siblings:
                break
            name = self.rng.choice(names)
        return name

    def child_surname(self, parents: list[Member], girl: bool) -> str:
        father = next((m for m in parents if m.role is ParentRole.FATHER), None)
        if father is not None and father.background.patronymic:
            return father.given_names.split()[0]
        if father is not None and self.rng.random() < 0.55:
            surname = father.surname
        elif parents:
            surname = parents[0].surname
        else:
            surname = self.rng.choice(NORWEGIAN.surnames)
        return surname.girl if girl else surname.man

    def case_number(self, born: date, placed: date) -> str:
        """Year/serial number as in the case system; the case was opened by the placement."""
        earliest_year = max(born.year, placed.year - 3)
        while True:
            year = self.rng.randint(earliest_year, placed.year)
            number = f"{year}/{self.rng.randint(100, 2999)}"
            if number not in self._used_case_numbers:
                self._used_case_numbers.add(number)
                return number
