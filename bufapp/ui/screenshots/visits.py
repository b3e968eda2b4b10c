"""Screenshots of the samvær page: the plan with its history, the visit list, a visit with its
talks before and after, the evaluation, travel support; and the plan dialog refusing a plan below
the decided minimum. The demo's samvær arrives with its own helper: when the demo has no plan
yet, ``example_visits`` writes one here (and the tests use it too)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import (
    CancelledBy,
    ContactForm,
    ContactTopic,
    PlacementBasis,
    Supervision,
    TalkMoment,
    VisitBasis,
    VisitOutcome,
    VisitPeriod,
    VisitPlace,
    VisitPurpose,
)
from bufapp.domain.visit_rules import planned_dates
from bufapp.domain.visits import Frequency, TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.errors import ValidationFailed
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import VISITS_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

MINIMUM = Frequency(4, VisitPeriod.YEAR, 2.0)


def first_plan(child_id: int, parent_id: int, start: date, basis: PlacementBasis) -> VisitPlan:
    """A first plan as a caseworker writes it: supervised at a family house, a grandmother with
    contact rights, video between the visits; the frame from the placement."""
    plan = VisitPlan(
        child_id, parent_id, start, VisitBasis.DECISION, Frequency(1, VisitPeriod.MONTH, 2.0),
        place=VisitPlace.MEETING_PLACE, place_note="Familiens hus, Storgata 4",
        supervision=Supervision.SUPPORTED, supervisor="Inga Somby, Familiens hus",
        others_with_rights="Mormor Anne Sara – fire ganger i året",
        between_visits="Videosamtale med mor hver søndag kl. 18",
        transport="Fosterfar kjører barnet; mor tar bussen",
        transport_paid_by="Barnevernstjenesten dekker mors buss",
        first_visit_on=start + timedelta(days=3), evaluate_every_months=3,
    )  # fmt: skip
    if basis == PlacementBasis.VOLUNTARY:
        return replace(plan, basis=VisitBasis.AGREEMENT, agreed_with_parent=True, agreed_on=start)
    return replace(
        plan,
        decided_by="Barneverns- og helsenemnda i Troms og Finnmark",
        decided_on=start,
        decision_text="Mor gis samvær minst fire ganger i året, to timer hver gang, med tilsyn.",
        minimum=MINIMUM,
    )


def _record(workspace: Workspace, plan: VisitPlan, until: date, cancel_nth: int) -> list[Visit]:
    """Every planned day of ``plan`` up to ``until`` recorded: held, with one cancelled by the
    foster home (the child ill) and, before it, one the parent missed."""
    visits, recorded = workspace.visits, []
    days = planned_dates(plan, plan.valid_from, until)
    for n, day in enumerate(days):
        visit = Visit(plan.id or 0, plan.parent_id, plan.child_id, day, VisitOutcome.HELD,
                      held_on=day, hours=2.0, note="Bakte boller og spilte Uno.")  # fmt: skip
        if n == cancel_nth:
            visit = replace(visit, outcome=VisitOutcome.CANCELLED, held_on=None, hours=None,
                            cancelled_by=CancelledBy.CARERS, note="",
                            reason="Barnet hadde feber. Nytt samvær avtalt uka etter.")  # fmt: skip
        elif plan.supervision != Supervision.NONE:
            visit = replace(visit, supervisor_note="God stemning. Mor leste høyt for ham.")
        recorded.append(visits.record_visit(visit))
    return recorded


def _talks(workspace: Workspace, visit: Visit) -> None:
    """The talk before and the talk after ``visit``, as contacts linked to it."""
    log, visits = workspace.contact_log, workspace.visits
    for moment, days, summary, words in (
        (TalkMoment.BEFORE, -2, "Forberedte samværet: hva mor vil gjøre, hvordan hun forklarer "
         "at han bor i fosterhjemmet.", "«Jeg gruer meg litt, men jeg gleder meg mest.»"),
        (TalkMoment.AFTER, 1, "Snakket om hvordan samværet gikk og om avskjeden.",
         "«Han ga meg en klem da vi gikk. Det betyr alt.»"),
    ):  # fmt: skip
        held_at = datetime.combine(visit.planned_for + timedelta(days=days), time(9), UTC)
        entry = log.save(
            ContactEntry(visit.parent_id, min(held_at, datetime.now(UTC)), ContactForm.PHONE,
                         topics=(ContactTopic.VISITS,), summary=summary, parent_words=words,
                         child_ids=(visit.child_id,)),
            final=True,
        )  # fmt: skip
        visits.link_talk(visit.id or 0, moment, entry.id)


def example_visits(workspace: Workspace, parent_id: int) -> int | None:
    """A year of samvær for the parent's first placed child (or since the placement): the first
    plan, its visits (one cancelled), the evaluation that changed it, the second version with its
    purposes, a visit with its talks, and a travel grant and an application not yet decided.
    Returns the child's id, or None when no child is placed."""
    visits, today = workspace.visits, workspace.visits.today()
    page = visits.page(parent_id)
    child = next((c for c in page.children if c.placement is not None), None)
    if child is None or child.placement is None:
        return None
    start = max(child.placement.start_date, today - timedelta(days=365))
    first = visits.save_plan(
        first_plan(child.child.id or 0, parent_id, start, child.placement.basis)
    )
    changed_on = start + (today - start) * 2 // 3
    held = _record(workspace, first, changed_on - timedelta(days=1), cancel_nth=1)
    visits.save_evaluation(VisitEvaluation(
        first.id or 0, changed_on,
        child_view="Gleder seg til samværene, men blir sliten av to timer på familiens hus.",
        parent_view="Vil ha samvær oftere og hjemme hos seg etter hvert.",
        carers_view="Han er urolig dagen etter samvær, men roer seg raskere nå enn før.",
        supervisor_view="Mor er godt forberedt og følger ham opp med varme.",
        conclusion="Samvær to ganger i måneden; tilsynet fortsetter. Formålet skrives inn.",
        plan_changed=True,
    ))  # fmt: skip
    second = visits.save_plan(replace(
        visits.new_version(first.id or 0, changed_on),
        frequency=Frequency(2, VisitPeriod.MONTH, 2.0),
        purposes=frozenset({VisitPurpose.ATTACHMENT_REUNIFICATION,
                            VisitPurpose.ASSESS_REUNIFICATION}),
        purpose_note="Mor arbeider for at han kan flytte hjem; samværene viser hvordan det går.",
        change_reason="Evalueringen: mor og barnet vil ha kortere tid mellom samværene.",
    ))  # fmt: skip
    held += _record(workspace, second, today - timedelta(days=1), cancel_nth=-1)
    done = [v for v in held if v.outcome == VisitOutcome.HELD and v.planned_for < today]
    if done:
        _talks(workspace, done[-1])
    visits.save_travel(TravelSupport(
        parent_id, start + timedelta(days=5), 640, "Buss tur-retur til familiens hus",
        visit_id=held[0].id if held else None, decided_on=start + timedelta(days=12),
        granted=True, granted_amount=640, decision_note="Dekkes etter barnevernloven § 3-3.",
    ))  # fmt: skip
    visits.save_travel(TravelSupport(
        parent_id, today - timedelta(days=2), 480, "Buss tur-retur, neste samvær"
    ))  # fmt: skip
    return child.child.id


def _parent_with_visits(workspace: Workspace) -> int | None:
    """The demo parent with the most visits recorded; one is given a year of them if none has."""
    pages = {s.id: workspace.visits.page(s.id) for s in workspace.register.parent_summaries()}
    # The most talks first (they are what the page is about), then the most visits.
    recorded = {
        pid: (
            sum(1 for c in p.children for s in c.schedule if s.visit and s.visit.after_entry_id),
            sum(1 for c in p.children for s in c.schedule if s.visit is not None),
        )
        for pid, p in pages.items()
    }
    if not recorded:
        return None
    busiest = max(recorded, key=lambda pid: recorded[pid])
    if recorded[busiest][1] == 0:  # the demo has no samvær yet: this scene writes its own
        placed = [pid for pid, p in pages.items() if any(c.placement for c in p.children)]
        for pid in placed:
            if not any(c.plan for c in pages[pid].children):
                example_visits(workspace, pid)
                return pid
        return None
    return busiest


def visits_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    parent_id = _parent_with_visits(workspace)
    if parent_id is None:
        return
    window.work.parents.select_parent(parent_id)
    settle(tasks)
    window.show_view(VISITS_VIEW)
    settle(tasks, 8)
    view = window.work.visits
    stems = ("80-samvaer-plan", "81-samvaer-samvaerene", "83-samvaer-evaluering",
             "84-samvaer-reisestotte", "85-samvaer-frister")  # fmt: skip
    for index, stem in enumerate(stems):
        view.tabs.setCurrentIndex(index)
        settle(tasks)
        save(window, name(stem), shots)
    view.tabs.setCurrentWidget(view.visits)
    talked = next((r for r in range(view.visits.model.rowCount())
                   if (v := view.visits.model.row_at(r).visit) and v.after_entry_id), None)  # fmt: skip
    if talked is not None:  # a visit with its talks: the row chosen, its notes below
        view.visits.table.selectRow(talked)
        settle(tasks)
        save(window, name("82-samvaer-med-samtaler"), shots)
    view.tabs.setCurrentIndex(0)
    _dialog_shots(window, workspace, tasks, name, shots, parent_id)


def _dialog_shots(
    window: MainWindow,
    workspace: Workspace,
    tasks: TaskManager,
    name: Namer,
    shots: list[Path],
    parent_id: int,
) -> None:
    view = window.work.visits  # type: ignore[union-attr]
    child = view.chosen_child()
    if child is None or child.plan is None:
        return
    window.visits.page_action("new-version", parent_id, child.plan)
    settle(tasks, 8)
    dialog = window.open_dialogs[-1]
    plan = child.plan
    if plan.basis == VisitBasis.DECISION:  # below the minimum: refused, the reason under it
        dialog.frequency.times.setValue(1)  # type: ignore[attr-defined]
        dialog.frequency.period.setCurrentIndex(  # type: ignore[attr-defined]
            dialog.frequency.period.findData(VisitPeriod.HALF_YEAR)  # type: ignore[attr-defined]
        )
    try:
        workspace.visits.save_plan(dialog.collect())
    except ValidationFailed as failure:
        dialog._show(failure)  # type: ignore[attr-defined]
    save(dialog, name("86-samvaersplan-under-minimum"), shots)
    dialog.done(0)
    scheduled = next((s for s in child.schedule if s.visit is None), None)
    if scheduled is not None:
        window.visits.page_action("record-visit", parent_id, scheduled)
        settle(tasks, 8)
        record = window.open_dialogs[-1]
        save(record, name("87-registrer-samvaer"), shots)
        record.done(0)
    window.visits.page_action("evaluation", parent_id, plan)
    settle(tasks, 8)
    evaluation = window.open_dialogs[-1]
    save(evaluation, name("88-ny-evaluering"), shots)
    evaluation.done(0)
