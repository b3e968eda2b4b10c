"""What a valid group offer and participation is. Each problem names its field, in Norwegian.
Dates are Oslo calendar dates; what happened cannot be dated in the future."""

from __future__ import annotations

from datetime import date

from bufapp.domain.group_offers import USEFULNESS, GroupOffer, GroupParticipation
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

MAX_TEXT = 20_000
MAX_SESSIONS = 200

# The steps in the order they happen: each may not come before the one before it.
_ORDER = (
    ("informed_on", "informert"),
    ("referred_on", "henvist"),
    ("started_on", "startet"),
)


def _texts_fit(record: object) -> list[FieldProblem]:
    return [
        FieldProblem(name, f"Teksten er for lang (over {MAX_TEXT} tegn).")
        for name, value in vars(record).items()
        if isinstance(value, str) and len(value) > MAX_TEXT
    ]


def check_offer(offer: GroupOffer) -> list[FieldProblem]:
    problems = []
    if not offer.name.strip():
        problems.append(FieldProblem("name", N_("Skriv navnet på tilbudet.")))
    if offer.provider_id is None and not offer.provider_name.strip() and not offer.own_office:
        problems.append(
            FieldProblem(
                "provider_name",
                N_(
                    "Velg hvem som driver tilbudet fra adresseboken, skriv navnet, eller kryss av "
                    "for at det er familievernkontorets eget."
                ),
            )
        )
    if offer.starts_on and offer.ends_on and offer.ends_on < offer.starts_on:
        problems.append(FieldProblem("ends_on", N_("Sluttdatoen kan ikke være før startdatoen.")))
    if offer.sessions is not None and not 1 <= offer.sessions <= MAX_SESSIONS:
        problems.append(
            FieldProblem("sessions", f"Antall samlinger må være mellom 1 og {MAX_SESSIONS}.")
        )
    return problems + _texts_fit(offer)


def check_participation(
    record: GroupParticipation, today: date, offer: GroupOffer | None = None
) -> list[FieldProblem]:
    """The steps in order and not ahead of today; what follows the telling belongs to an offer;
    the sessions attended not more than the offer has; the usefulness 1–5."""
    problems: list[FieldProblem] = []
    days = {
        "informed_on": record.informed_on,
        "referred_on": record.referred_on,
        "started_on": record.started_on,
        "completed_on": record.completed_on,
        "stopped_on": record.stopped_on,
    }
    for name, day in days.items():
        if day is not None and day > today:
            problems.append(FieldProblem(name, N_("Datoen kan ikke være fram i tid.")))
    if all(day is None for day in days.values()):
        problems.append(FieldProblem("informed_on", N_("Skriv minst én dato.")))
    if record.offer_id is None and any(
        v is not None
        for v in (record.referred_on, record.started_on, record.completed_on, record.stopped_on)
    ):
        problems.append(
            FieldProblem("offer_id", N_("Velg tilbudet forelderen er henvist til eller deltar i."))
        )
    earlier: tuple[str, date] | None = None
    for name, word in _ORDER:
        day = days[name]
        if day is None:
            continue
        if earlier is not None and day < earlier[1]:
            problems.append(
                FieldProblem(name, f"Kan ikke være før datoen forelderen ble {earlier[0]}.")
            )
        earlier = (word, day)
    for name in ("completed_on", "stopped_on"):
        day = days[name]
        if day is None:
            continue
        if record.started_on is None:
            problems.append(
                FieldProblem("started_on", N_("Skriv når forelderen startet i gruppen."))
            )
        elif day < record.started_on:
            problems.append(FieldProblem(name, N_("Kan ikke være før forelderen startet.")))
    if record.completed_on is not None and record.stopped_on is not None:
        problems.append(
            FieldProblem(
                "stopped_on", N_("Forelderen har enten fullført eller sluttet, ikke begge.")
            )
        )
    if record.stopped_on is not None and not record.stopped_reason.strip():
        problems.append(FieldProblem("stopped_reason", N_("Skriv hvorfor forelderen sluttet.")))
    if record.answer is not None and record.informed_on is None:
        problems.append(FieldProblem("informed_on", N_("Skriv når forelderen ble informert.")))
    attended = record.sessions_attended
    if attended is not None:
        if attended < 0:
            problems.append(
                FieldProblem("sessions_attended", N_("Antallet kan ikke være negativt."))
            )
        elif offer is not None and offer.sessions is not None and attended > offer.sessions:
            problems.append(
                FieldProblem(
                    "sessions_attended",
                    f"Tilbudet har bare {offer.sessions} samlinger.",
                )
            )
        elif attended > 0 and record.started_on is None:
            problems.append(
                FieldProblem("started_on", N_("Skriv når forelderen startet i gruppen."))
            )
    if record.usefulness is not None and record.usefulness not in USEFULNESS:
        problems.append(FieldProblem("usefulness", N_("Velg et tall fra 1 til 5.")))
    return problems + _texts_fit(record)
