"""Samvær figures (issue 21), each beside a baseline measured in the same run:

- ``visits``: one parent with five years of fortnightly visits (two plan versions, ~130 visits,
  talks before and after linked as contacts, evaluations, travel support) opens to a populated
  page (``VisitService.page``) — against the same rows read by plain queries on the vault's own
  keyed sqlcipher connection. The issue's target: a populated view in 100 ms.
- ``visits_oversikt``: Oversikt's samvær provider (``VisitService.deadline_provider``) on a
  3,000-parent office against the same on 300 parents (the demo's samvær, copied nine times by
  ``vault_filler``): the ratio should be about ten, linear in the number of plans.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.storage_workload import BENCH_PASSPHRASE
from benchmarks.timing import compare, median_of, seconds_of
from benchmarks.vault_filler import Office, template
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    ParentRole,
    PlacementBasis,
    PlaceType,
    Supervision,
    TalkMoment,
    VisitBasis,
    VisitOutcome,
    VisitPeriod,
    VisitPurpose,
)
from bufapp.domain.visit_rules import planned_dates
from bufapp.domain.visits import Frequency, TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.security import kdf
from bufapp.services.clock import OSLO, today_oslo
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import VisitService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

PAGE_TARGET_MS = 100.0
LINEAR_TARGET = 12.0  # ten times the parents: about ten times the time, with some slack
YEARS = 5
TALK_EVERY = 3  # a talk before and after every third visit


@dataclass(frozen=True)
class Sizes:
    repetitions: int
    warmups: int
    years: int  # of the one parent's visits
    small: Office
    large: Office


def sizes(config: RunConfig) -> Sizes:
    return config.pick(
        # Quick: the UI figures' small office (made once per run for both), a year of visits.
        quick=Sizes(3, 1, 1, Office(10), Office(10, copies=9)),
        full=Sizes(21, 3, YEARS, Office(300), Office(300, copies=9)),
    )


# --- one parent, five years -------------------------------------------------------------------


def _plan(parent_id: int, child_id: int, start: date) -> VisitPlan:
    return VisitPlan(
        child_id,
        parent_id,
        start,
        VisitBasis.DECISION,
        Frequency(1, VisitPeriod.TWO_WEEKS, 3.0),
        decided_by="Barneverns- og helsenemnda i Troms og Finnmark",
        decided_on=start,
        decision_text="Samvær minst fire ganger i året, to timer, med tilsyn.",
        minimum=Frequency(4, VisitPeriod.YEAR, 2.0),
        supervision=Supervision.SUPPORTED,
        supervisor="Familiens hus",
        purposes=frozenset({VisitPurpose.FAMILY_TIES}),
        first_visit_on=start + timedelta(days=7),
    )


def years_of_visits(vault: Vault, today: date, years: int) -> int:
    """One parent with ``years`` of fortnightly visits, through the services; the parent's id."""
    uow = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
    register = RegisterService(uow, today=lambda: today)
    visits = VisitService(uow, today=lambda: today)
    log = ContactLogService(uow, today=lambda: today)
    parent = register.save_parent(Parent("Máret", "Benkesen", birth_date=date(1985, 2, 3)))
    pid = parent.id or 0
    start = today - timedelta(days=365 * years + 10)
    child = register.save_child(
        Child("Ánde", "Benkesen", date(2014, 5, 6), "2021/1", parents=(ParentLink(pid, ParentRole.MOTHER),))
    )  # fmt: skip
    cid = child.id or 0
    register.save_placement(Placement(cid, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, start))
    first = visits.save_plan(_plan(pid, cid, start))
    middle = start + timedelta(days=(today - start).days // 2)
    draft = visits.new_version(first.id or 0, middle)
    second = visits.save_plan(
        replace(draft, supervision=Supervision.NONE, supervisor="", change_reason="Går godt.")
    )
    yesterday = today - timedelta(days=1)
    days = [(first, d) for d in planned_dates(first, start, middle - timedelta(days=1))]
    days += [(second, d) for d in planned_dates(second, middle, yesterday)]
    saved = visits.record_visits(
        [Visit(p.id or 0, pid, cid, d, VisitOutcome.HELD, held_on=d, hours=3.0) for p, d in days]
    )
    talks = []
    for visit in saved[::TALK_EVERY]:
        for moment, shift in ((TalkMoment.BEFORE, -1), (TalkMoment.AFTER, 1)):
            day = visit.planned_for + timedelta(days=shift)
            at = datetime.combine(day, time(10), OSLO).astimezone(UTC)
            entry = ContactEntry(pid, at, ContactForm.PHONE, topics=(ContactTopic.VISITS,),
                                 child_ids=(cid,), summary="Samtale om samværet.")  # fmt: skip
            talks.append((visit, moment, entry))
    entries = log.save_many([t[2] for t in talks], final=True)
    for (visit, moment, _), entry in zip(talks, entries, strict=True):
        visits.link_talk(visit.id or 0, moment, entry.id)
    for plan in (first, second):
        for n in range(1, 5):
            day = plan.valid_from + timedelta(days=180 * n)
            if day < min(today, middle if plan is first else today):
                visits.save_evaluation(VisitEvaluation(plan.id or 0, day, parent_view="Godt."))
    visits.save_travel(TravelSupport(pid, yesterday, 420, "Buss", visit_id=saved[-1].id))
    return pid


_PLAIN = (
    "SELECT * FROM parent WHERE id = :p",
    "SELECT c.* FROM child c JOIN child_parent l ON l.child_id = c.id WHERE l.parent_id = :p",
    "SELECT * FROM child_parent WHERE child_id IN "
    "(SELECT child_id FROM child_parent WHERE parent_id = :p)",
    "SELECT * FROM placement WHERE child_id IN "
    "(SELECT child_id FROM child_parent WHERE parent_id = :p)",
    "SELECT * FROM visit_plan WHERE parent_id = :p ORDER BY valid_from, id",
    "SELECT * FROM visit WHERE parent_id = :p ORDER BY planned_for, id",
    "SELECT * FROM visit_evaluation WHERE plan_id IN "
    "(SELECT id FROM visit_plan WHERE parent_id = :p)",
    "SELECT * FROM travel_support WHERE parent_id = :p",
)


@contextmanager
def _fresh_vault() -> Iterator[Vault]:
    with tempfile.TemporaryDirectory(prefix="bufapp-visit-bench-") as folder:
        vault, _ = Vault.create(Path(folder) / "vault", BENCH_PASSPHRASE, kdf.minimum_params())
        try:
            yield vault
        finally:
            vault.lock()


@benchmark("visits")
def visits_page(config: RunConfig) -> Result:
    """The samvær page of a parent with five years of fortnightly visits."""
    size = sizes(config)
    today = today_oslo()
    with _fresh_vault() as vault:
        pid = years_of_visits(vault, today, size.years)
        service = VisitService(lambda: UnitOfWork(vault.session_factory), today=lambda: today)
        page = service.page(pid)
        rows = len(page.children[0].schedule)
        with closing(vault.raw_connection()) as connection:

            def plain() -> None:
                for statement in _PLAIN:
                    connection.execute(statement, {"p": pid}).fetchall()

            medians = compare(
                lambda: seconds_of(lambda: service.page(pid)),
                lambda: seconds_of(plain),
                size.repetitions,
                size.warmups,
            )
    return Result(
        "visits",
        medians.candidate * 1000,
        "ms",
        medians.baseline * 1000,
        target=PAGE_TARGET_MS,
        target_on="value",
        note=(
            f"VisitService.page of one parent with {size.years} year(s) of fortnightly visits "
            f"({rows} in the visit list, two plan versions, talks linked to every "
            f"{TALK_EVERY}rd visit, evaluations, travel) — a populated view, rules and all — vs "
            f"the same rows read by {len(_PLAIN)} plain queries on the vault's keyed sqlcipher "
            f"connection; median of {size.repetitions}"
        ),
    )


# --- Oversikt at 300 and 3,000 parents ----------------------------------------------------------


def _provider_seconds(office: Office, repetitions: int, warmups: int) -> tuple[float, int]:
    """The median seconds of the samvær provider on a copy of ``office``'s vault, and how many
    deadlines it gave."""
    source, _how = template(office)
    with tempfile.TemporaryDirectory(prefix="bufapp-visit-oversikt-") as folder:
        directory = Path(folder) / "vault"
        shutil.copytree(source, directory)
        vault = Vault.open(directory, BENCH_PASSPHRASE)
        try:
            service = VisitService(lambda: UnitOfWork(vault.session_factory))
            today = today_oslo()
            found: list[object] = []

            def once() -> float:
                with UnitOfWork(vault.session_factory) as uow:
                    return seconds_of(lambda: found.append(service.deadline_provider(uow, today)))

            for _ in range(warmups):
                once()
            median = median_of(once, repetitions)
            count = len(found[-1]) if found else 0  # type: ignore[arg-type]
        finally:
            vault.lock()
    return median, count


@benchmark("visits_oversikt")
def visits_oversikt(config: RunConfig) -> Result:
    """Oversikt's samvær deadlines at 3,000 parents against 300."""
    size = sizes(config)
    small, small_found = _provider_seconds(size.small, size.repetitions, size.warmups)
    large, large_found = _provider_seconds(size.large, size.repetitions, size.warmups)
    return Result(
        "visits_oversikt",
        large * 1000,
        "ms",
        small * 1000,
        target=LINEAR_TARGET,
        target_on="ratio",
        note=(
            f"VisitService.deadline_provider at {size.large.total_parents} parents "
            f"({large_found} deadlines) vs {size.small.total_parents} ({small_found}), the demo's "
            "samvær copied by vault_filler; ratio ~10 is linear; median of "
            f"{size.repetitions}"
        ),
    )
