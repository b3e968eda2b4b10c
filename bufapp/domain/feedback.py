"""The parent's feedback on the follow-up (issue 22 § 2; DOMAIN § 10): KOR scores the parent
marked on the scales' own paper forms (ORS: how the parent has it; SRS: how the conversation
was), and a simpler answer for offices without KOR («Var samtalen nyttig for deg?»).

bufapp never reproduces the scales' item texts: a score is four numbers, each 0.0–10.0 with one
decimal, kept as whole tenths (0–100) so sums and comparisons are exact; the total is 0–40.
A score is corrected in place (a typing error from the paper form); the audit trail records
each change. What the four numbers are called, and the cut-offs, are in ``forms/feedback.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from bufapp.domain.enums import KorScale, Usefulness

DIMENSIONS = 4
MAX_TENTHS = 100  # 10.0 on the scale's line


# A mark not yet typed from the paper form (a new score starts so): saving is refused until
# each is typed, so an untouched form can never be stored as a real score of 0.
NOT_TYPED = -1
BLANK_MARKS = (NOT_TYPED,) * 4


@dataclass(frozen=True)
class KorScore:
    """One ORS or SRS form: the four marks in tenths (``(72, 55, 60, 81)`` is 7.2, 5.5, 6.0,
    8.1), given on ``given_on``, at the contact ``entry_id`` (optional)."""

    parent_id: int
    scale: KorScale
    given_on: date
    tenths: tuple[int, int, int, int]
    entry_id: int | None = None
    note: str = ""
    id: int | None = None

    @property
    def total_tenths(self) -> int:
        return sum(self.tenths)

    @property
    def total(self) -> Decimal:
        """0.0–40.0, exact."""
        return Decimal(self.total_tenths) / 10

    @property
    def values(self) -> tuple[Decimal, ...]:
        return tuple(Decimal(t) / 10 for t in self.tenths)


@dataclass(frozen=True)
class SimpleFeedback:
    """After a conversation (the contact ``entry_id``): was it useful, and the parent's words."""

    parent_id: int
    entry_id: int
    given_on: date
    answer: Usefulness
    words: str = ""
    id: int | None = None


def to_tenths(value: Decimal | str | float | int) -> int | None:
    """A mark as whole tenths, or ``None`` when it is not a number with at most one decimal
    (10.05 is refused, not rounded). A float is read by its shortest text (0.1 → "0.1").
    The range is checked elsewhere."""
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    scaled = number * 10
    if scaled != scaled.to_integral_value():
        return None
    return int(scaled)


def tenths_text(tenths: int) -> str:
    """Tenths written the Norwegian way: 72 → «7,2», 250 → «25,0»."""
    sign = "-" if tenths < 0 else ""
    whole, tenth = divmod(abs(tenths), 10)
    return f"{sign}{whole},{tenth}"
