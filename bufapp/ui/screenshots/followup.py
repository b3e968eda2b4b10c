"""Screenshots of the oppfølging page in each of its tabs, of a parent with a follow-up under
way (the demo's busiest such parent; when the demo has none yet, one is written here), and of its
dialogs: an item of information given, a wish refused without a reason, a new assessment."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.domain.enums import (
    ChildPlanKind,
    HomeOutlook,
    InformationManner,
    PlacementBasis,
    Understanding,
    WishKind,
    WishOutcome,
)
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.errors import ValidationFailed
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import FOLLOWUP_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


def example_follow_up(workspace: Workspace, parent_id: int) -> None:
    """A follow-up half a year in: the plan, the purpose in both voices, the agreement,
    information given (understood, not understood, due again), two assessments, the parent's
    evaluation, and wishes open, granted and refused with the reason."""
    followup, today = workspace.followup, workspace.followup.today()
    page = followup.page(parent_id)
    for situation in page.children:
        care = situation.placement is not None and (
            situation.placement.basis is not PlacementBasis.VOLUNTARY
        )
        followup.save_child_plan(ChildPlan(
            situation.child.id or 0,
            ChildPlanKind.CARE_PLAN if care else ChildPlanKind.MEASURE_PLAN,
            today - timedelta(days=150),
            "Barnet skal ha en trygg og stabil hverdag, og god kontakt med mor.",
            "Ny vurdering av tilbakeføring innen ett år",
        ))  # fmt: skip
    followup.save_purpose(FollowUpPurpose(
        parent_id,
        "Jeg vil forstå hva som skjer med barnet mitt, og vise at jeg klarer mer nå.",
        "Støtte mor i samværene og i kontakten med NAV, og gi henne det hun trenger for å "
        "forstå vedtaket.",
        today - timedelta(days=140),
    ))  # fmt: skip
    log = workspace.contact_log
    log.save_plan(replace(
        log.plan(parent_id), every_days=14, agreed_on=today - timedelta(days=140),
        how="Samtale på kontoret, telefon mellom samtalene",
        preferred_place="Biblioteket i sentrum, ikke hjemme",
        support_person="Søster Sárá, valgt av mor",
    ))  # fmt: skip
    given = [
        ("grounds", 130, Understanding.UNDERSTOOD, None),
        ("meaning", 130, Understanding.PARTLY, None),
        ("rights_care_order", 60, Understanding.NOT_UNDERSTOOD, 30),
        ("help_available", 45, Understanding.UNDERSTOOD, 5),
        ("law_and_complaints", 10, Understanding.UNCONFIRMED, None),
    ]
    for item, ago, understood, repeat_after in given:
        on = today - timedelta(days=ago)
        followup.record_information(InformationGiven(
            parent_id, item, on, InformationManner.TALK, with_interpreter=item == "grounds",
            understood=understood,
            repeat_on=on + timedelta(days=repeat_after) if repeat_after else None,
        ))  # fmt: skip
    followup.save_assessment(Assessment(
        parent_id, today - timedelta(days=120), HomeOutlook.NOT_NOW,
        "Barnet trenger ro i fosterhjemmet nå. Vi ser på saken på nytt om et halvt år.",
        today - timedelta(days=5),
    ))  # fmt: skip
    followup.save_assessment(Assessment(
        parent_id, today - timedelta(days=3), HomeOutlook.HOME_POSSIBLE,
        "For at barnet skal kunne flytte hjem, må du ha en fast bolig, fortsette samtalene på "
        "familievernkontoret og gjennomføre samværene slik vi har avtalt. Vi ser sammen på "
        "dette igjen om fire måneder.",
        today + timedelta(days=120),
    ))  # fmt: skip
    followup.save_evaluation(ParentEvaluation(
        parent_id, today - timedelta(days=20),
        "Fosterforeldrene er gode mot ham, men jeg får vite for lite om skolen.",
    ))  # fmt: skip
    visits = followup.save_wish(Wish(
        parent_id, WishKind.MORE_VISITS, "Jeg vil ha samvær hver helg.",
        today - timedelta(days=40),
    ))  # fmt: skip
    followup.save_wish(replace(
        visits, answered_on=today - timedelta(days=30), outcome=WishOutcome.REFUSED,
        answer="Samværet blir annenhver helg som nå.",
        reason="Barnet trenger ro mellom samværene; vi vurderer mer samvær igjen i mars.",
    ))  # fmt: skip
    followup.save_wish(Wish(
        parent_id, WishKind.MEET_CARERS, "Jeg vil møte fosterforeldrene og bli kjent med dem.",
        today - timedelta(days=4),
    ))  # fmt: skip


def _parent_with_follow_up(workspace: Workspace) -> int:
    """The demo parent with the most follow-up written down; one is given it if none has."""
    followup = workspace.followup
    summaries = workspace.register.parent_summaries()
    pages = {s.id: followup.page(s.id) for s in summaries}
    written = {pid: len(p.information) + len(p.wishes) + len(p.assessments)
               for pid, p in pages.items()}  # fmt: skip
    busiest = max(written, key=lambda pid: written[pid])
    if written[busiest] == 0:  # the demo has no follow-up yet: this scene writes its own
        busiest = next((pid for pid, p in pages.items() if p.children), busiest)
        example_follow_up(workspace, busiest)
    return busiest


def followup_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    parent_id = _parent_with_follow_up(workspace)
    window.work.parents.select_parent(parent_id)
    settle(tasks)
    window.show_view(FOLLOWUP_VIEW)
    settle(tasks, 8)
    view = window.work.followup
    stems = ("70-oppfolging-formal-og-roller", "71-oppfolging-informasjon",
             "72-oppfolging-vurdering", "73-oppfolging-onsker", "74-oppfolging-frister")  # fmt: skip
    for index, stem in enumerate(stems):
        view.tabs.setCurrentIndex(index)
        settle(tasks)
        save(window, name(stem), shots)
    view.tabs.setCurrentIndex(0)
    _dialog_shots(window, workspace, tasks, name, shots, parent_id)
    fresh = _parent_without_follow_up(workspace)
    if fresh is not None:  # the page before anything is written: what it asks for
        window.work.parents.select_parent(fresh)
        settle(tasks)
        window.show_view(0)
        window.show_view(FOLLOWUP_VIEW)
        settle(tasks, 8)
        save(window, name("78-oppfolging-ny"), shots)


def _parent_without_follow_up(workspace: Workspace) -> int | None:
    followup = workspace.followup
    for summary in workspace.register.parent_summaries():
        page = followup.page(summary.id)
        if page.children and not (page.information or page.wishes or page.assessments):
            return summary.id
    return None


def _dialog_shots(
    window: MainWindow,
    workspace: Workspace,
    tasks: TaskManager,
    name: Namer,
    shots: list[Path],
    parent_id: int,
) -> None:
    from bufapp.ui.followup.wish_dialogs import WishAnswerDialog

    actions = window.followup
    actions.page_action("information", parent_id, "rights_care_order")
    settle(tasks, 8)
    dialog = window.open_dialogs[-1]
    save(dialog, name("75-informasjon-gitt"), shots)
    dialog.done(0)
    page = workspace.followup.page(parent_id)
    wish = next((w for w in page.wishes if w.is_open), None)
    if wish is None:  # this parent's wishes are all answered: one to answer, for the picture
        today = workspace.followup.today()
        wish = workspace.followup.save_wish(
            Wish(parent_id, WishKind.MORE_VISITS, "Jeg vil ha samvær hver uke.", today)
        )
    if wish is not None:
        actions.page_action("answer", parent_id, wish)
        settle(tasks, 8)
        answer = window.open_dialogs[-1]
        assert isinstance(answer, WishAnswerDialog)
        answer.outcome.setCurrentIndex(answer.outcome.findData(WishOutcome.REFUSED))
        answer.answer.setPlainText("Det passer ikke nå.")
        try:
            workspace.followup.save_wish(answer.collect())
        except ValidationFailed as failure:
            answer._show(failure)
        save(answer, name("76-svar-pa-onske-uten-begrunnelse"), shots)
        answer.done(0)
    actions.page_action("assessment", parent_id)
    settle(tasks, 8)
    assessment = window.open_dialogs[-1]
    save(assessment, name("77-ny-vurdering"), shots)
    assessment.done(0)
