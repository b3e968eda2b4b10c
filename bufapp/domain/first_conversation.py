"""Where one parent's first conversation stands: offered (when, how), held (when, in what form
and where the parent chose to meet), or refused. The follow-up page and the card show it.

The deadlines themselves are ``deadlines.first_conversation_deadlines``; this is the same rule
read for one parent's latest placement episode, with the entries behind the dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bufapp.domain.contact_rules import (
    ContactFact,
    counts_as_first_conversation_held,
    counts_as_first_conversation_offer,
)
from bufapp.domain.enums import ContactForm


def _in_text(label: str) -> str:
    """A label inside a sentence: lower case first, an abbreviation kept («SMS/e-post»)."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


@dataclass(frozen=True)
class FirstConversationStatus:
    placed_on: date  # the start of the parent's latest placement episode
    offer_due: date
    offered_on: date | None = None  # the first entry that offered it (not a refusal)
    offered_how: ContactForm | None = None  # a letter, an SMS, or the conversation itself
    offered_entry_id: int | None = None
    held_on: date | None = None
    held_form: ContactForm | None = None  # a home visit, a meeting at the office, a neutral place …
    held_place: str = ""  # as recorded on the entry
    held_entry_id: int | None = None
    refused_on: date | None = None
    held_due: date | None = None  # once offered; None when not offered or ended by a refusal

    @property
    def is_offered(self) -> bool:
        """The offer is done: by an entry or by a recorded refusal."""
        return self.offered_on is not None or self.refused_on is not None

    @property
    def is_held(self) -> bool:
        return self.held_on is not None

    def lines(self) -> list[str]:
        """The status in plain Norwegian, a line per fact, for the follow-up page and the card:
        e.g. «Tilbudt 03.06.2026 (brev)», «Gjennomført 05.06.2026: nøytralt sted – Kafeen»."""
        said = []
        if self.offered_on is not None and self.offered_how is not None:
            said.append(f"Tilbudt {self.offered_on:%d.%m.%Y} ({_in_text(self.offered_how.label)})")
        if self.refused_on is not None:
            said.append(f"Takket nei {self.refused_on:%d.%m.%Y}")
        if not self.is_offered:
            said.append(f"Ikke tilbudt ennå – fristen er {self.offer_due:%d.%m.%Y}")
        if self.held_on is not None and self.held_form is not None:
            where = f" – {self.held_place}" if self.held_place.strip() else ""
            said.append(
                f"Gjennomført {self.held_on:%d.%m.%Y}: {_in_text(self.held_form.label)}{where}"
            )
        elif self.held_due is not None:
            said.append(f"Ikke gjennomført ennå – fristen er {self.held_due:%d.%m.%Y}")
        return said


def first_conversation_status(
    facts: Iterable[ContactFact],
    placed_on: date,
    days: int,
    any_held_conversation: bool,
    refused_on: date | None = None,
) -> FirstConversationStatus:
    """The status from one parent's entries (``facts``, in the order they happened) since
    ``placed_on``; ``refused_on`` counts only if it falls on or after it."""
    since = sorted((f for f in facts if f.on >= placed_on), key=lambda f: f.on)  # stable
    offer = next(
        (f for f in since if counts_as_first_conversation_offer(f, any_held_conversation)), None
    )
    held = next(
        (f for f in since if counts_as_first_conversation_held(f, any_held_conversation)), None
    )
    refused = refused_on if refused_on is not None and refused_on >= placed_on else None
    offered_days = [d for d in (offer.on if offer else None, refused) if d is not None]
    first_offer = min(offered_days, default=None)
    owed = first_offer is not None and (held is not None or refused is None)
    return FirstConversationStatus(
        placed_on=placed_on,
        offer_due=placed_on + timedelta(days=days),
        offered_on=offer.on if offer else None,
        offered_how=offer.form if offer else None,
        offered_entry_id=offer.entry_id if offer else None,
        held_on=held.on if held else None,
        held_form=held.form if held else None,
        held_place=held.place if held else "",
        held_entry_id=held.entry_id if held else None,
        refused_on=refused,
        held_due=first_offer + timedelta(days=days) if owed and first_offer else None,
    )
