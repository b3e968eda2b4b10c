"""The minimum a vault passphrase must meet, and its strength as zxcvbn estimates it.

zxcvbn (Dropbox's estimator, maintained as zxcvbn-python) counts the guesses an attacker needs
who tries common passwords, words, names, keyboard patterns, dates and their l33t variants
first. Its dictionaries are English, so bufapp adds Norwegian words (resources/) and the office's
own names (passed in by the caller) before it measures.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bufapp import paths
from bufapp.domain.words import N_, translatable

MIN_LENGTH = 10
# The guesses (as a power of ten) a passphrase must be worth: zxcvbn's score 4. A thief has the
# key file and guesses offline; Argon2id at 64 MiB or more still lets a rack of GPUs try some
# thousands a second, so 10^8 (zxcvbn's score 3, which any three names reach) falls in days and
# 10^10 takes years.
MIN_GUESSES_LOG10 = 10.0
# zxcvbn's cost grows faster than the length (a 64-character repetition takes ~30 ms, 100 take
# ~100 ms, on every keystroke of the meter); what follows the first 64 characters only adds.
MEASURED_LENGTH = 64
WORD_LIST = "norwegian_passwords.txt"
# zxcvbn puts each call's user inputs in a module-level table: the meter (GUI thread) and a vault
# being created (database thread) must not measure against each other's names.
_MEASURING = threading.Lock()

TOO_GUESSABLE = "Passordet er for lett å gjette."
ADVICE = "Bruk flere ord som ikke hører sammen, gjerne en hel setning."
# Why a part of the passphrase is cheap to guess, by the kind of match zxcvbn found.
REASONS = {
    "user_inputs": "Det bygger på navn på kontoret, kommunen eller deg selv.",
    "passwords": "Det bygger på et av de vanligste passordene.",
    "norwegian": "Det bygger på et vanlig norsk ord eller navn.",
    "names": "Det bygger på et vanlig navn.",
    "words": "Det bygger på et vanlig ord.",
    "spatial": "Tastemønstre som «qwerty» er lette å gjette.",
    "repeat": "Gjentatte tegn og mønstre er lette å gjette.",
    "sequence": "Rekker som «abc» og «123» er lette å gjette.",
    "date": "Datoer og årstall er lette å gjette.",
}
NAME_LISTS = {"surnames", "male_names", "female_names"}
WORD_LISTS = {"english_wikipedia", "us_tv_and_film"}


@dataclass(frozen=True)
class Strength:
    guesses_log10: float
    reasons: tuple[str, ...]  # Norwegian, why it is weak; empty when strong enough

    @property
    def acceptable(self) -> bool:
        return self.guesses_log10 >= MIN_GUESSES_LOG10

    def explanation(self) -> str:
        return " ".join((TOO_GUESSABLE, *self.reasons, ADVICE))


def problems(passphrase: str, known_words: Iterable[str] = ()) -> list[str]:
    """Norwegian reasons a passphrase is refused; empty when it is acceptable.

    known_words: the office's own names (municipality, office, caseworker), guessed first."""
    found = basic_problems(passphrase)
    if not found:
        rating = strength(passphrase, known_words)
        if not rating.acceptable:
            found.append(rating.explanation())
    return found


def basic_problems(passphrase: str) -> list[str]:
    """The rules that need no estimate: length, variety, no spaces at the ends."""
    found = []
    if len(passphrase) < MIN_LENGTH:
        found.append(translatable("Passordet må ha minst {n} tegn.", n=MIN_LENGTH))
    if passphrase and len(set(passphrase)) < 4:
        found.append(N_("Passordet må ha flere forskjellige tegn."))
    if passphrase != passphrase.strip():
        found.append(N_("Passordet kan ikke begynne eller slutte med mellomrom."))
    return found


def strength(passphrase: str, known_words: Iterable[str] = ()) -> Strength:
    # Imported on first use: building its dictionaries takes ~0.2 s, which start-up need not wait.
    import zxcvbn

    _add_norwegian_words()
    measured = passphrase[:MEASURED_LENGTH]
    if not measured:  # zxcvbn fails on an empty string; one guess finds it
        return Strength(0.0, ())
    with _MEASURING:
        result = zxcvbn.zxcvbn(measured, _split(known_words), max_length=MEASURED_LENGTH)
    guesses_log10 = float(result["guesses_log10"])
    weak = guesses_log10 < MIN_GUESSES_LOG10
    return Strength(guesses_log10, _reasons(result["sequence"]) if weak else ())


def _split(known_words: Iterable[str]) -> list[str]:
    """Each name whole and word by word: «Nordre Follo kommune» is guessed as «follo» too."""
    words: list[str] = []
    for name in known_words:
        words.extend([name, *name.split()] if name.strip() else [])
    return words


def _reasons(sequence: list[dict]) -> tuple[str, ...]:
    kinds = dict.fromkeys(_kind(match) for match in sequence)
    return tuple(REASONS[kind] for kind in kinds if kind in REASONS)


def _kind(match: dict) -> str:
    pattern = match["pattern"]
    if pattern == "regex":  # zxcvbn's only regex is the recent years
        return "date"
    if pattern != "dictionary":
        return pattern
    name = match["dictionary_name"]
    if name in NAME_LISTS:
        return "names"
    return "words" if name in WORD_LISTS else name


@cache
def _add_norwegian_words() -> None:
    """Once per process: zxcvbn keeps its dictionaries in a module-level table."""
    import zxcvbn.matching

    text = (paths.resources_dir() / WORD_LIST).read_text(encoding="utf-8")
    words = [line.strip() for line in text.splitlines() if line.strip()]
    ranked = list(dict.fromkeys(word for word in words if not word.startswith("#")))
    zxcvbn.matching.add_frequency_lists({"norwegian": ranked})
