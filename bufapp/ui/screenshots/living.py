"""Screenshots of the levekår page: the newest assessment beside the one before with the help
buttons, the areas over time, and the dialog for a new assessment. When the demo has no
assessments, ``example_living`` writes a year of them here (the tests use it too)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.domain.enums import LivingArea
from bufapp.domain.living import AreaRating, LivingAssessment
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LIVING_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

A = LivingArea


def year_of_assessments(parent_id: int, today: date) -> list[LivingAssessment]:
    """Four assessments over a year: finances hard at first, help from NAV wanted and given,
    then better; housing and social contact slowly better; health steady."""
    scenes = [
        (360, "Første samtale om levekår. Mor mistet barnetrygd og kontantstøtte da Áilu flyttet.",
         [(A.FINANCES, 1, "Først tar de fra meg barnet mitt, og så blir jeg straffet økonomisk også.",
           2, "Restanse på husleie, inkassokrav. Ønsker NAV.", True),
          (A.EDUCATION_WORK, 2, "Jobber litt ekstra på butikken, ingen fast stilling.", 2, "", False),
          (A.HOUSING, 2, "Redd for å miste leiligheten.", 2, "Husleierestanse to måneder.", False),
          (A.HEALTH, 3, "Sover dårlig.", 3, "", False),
          (A.SOCIAL_CONTACT, 2, "Mange venner sluttet å ringe.", 2, "", False)]),
        (270, "Henvist til NAV for økonomisk rådgivning. Avtale om nedbetaling er på plass.",
         [(A.FINANCES, 2, "Det er fortsatt trangt, men jeg har en plan med NAV.", 2, "", True),
          (A.EDUCATION_WORK, 2, "", 2, "", False),
          (A.HOUSING, 3, "Husleia er betalt.", 3, "", False),
          (A.HEALTH, 3, "", 3, "", False),
          (A.SOCIAL_CONTACT, 2, "", 2, "", False)]),
        (150, "Bidraget er satt ned etter ny beregning. Mor har søkt kurs gjennom NAV.",
         [(A.FINANCES, 3, "Jeg klarer regningene nå.", 3, "Bidraget ble regnet om.", False),
          (A.EDUCATION_WORK, 3, "Begynt på kurs i butikkfag.", 3, "", False),
          (A.HOUSING, 4, "", 4, "", False),
          (A.HEALTH, 3, "Sover bedre.", 3, "", False),
          (A.SOCIAL_CONTACT, 3, "Har begynt i en gruppe for foreldre.", 3, "", True)]),
        (20, "Et år etter: økonomien er bedre, og mor vil gjerne møte andre i samme situasjon.",
         [(A.FINANCES, 4, "Jeg har litt til overs for første gang på lenge.", 4, "", False),
          (A.EDUCATION_WORK, 4, "Fast deltid fra august.", 4, "Fast stilling 60 %.", False),
          (A.HOUSING, 4, "Det er plass til Áilu når han er på besøk.", 4, "", False),
          (A.HEALTH, 3, "Ryggen plager meg.", 3, "", True),
          (A.SOCIAL_CONTACT, 3, "Savner noen å snakke med i helgene.", 3, "", True)]),
    ]  # fmt: skip
    return [
        LivingAssessment(
            parent_id,
            today - timedelta(days=ago),
            tuple(AreaRating(area, p, pw, w, ww, h) for area, p, pw, w, ww, h in rows),
            note,
        )
        for ago, note, rows in scenes
    ]


def example_living(workspace: Workspace, parent_id: int) -> int:
    """A year of assessments for the parent; returns how many were saved."""
    living = workspace.living
    today = living.today()
    for assessment in year_of_assessments(parent_id, today):
        living.save_assessment(assessment)
    return 4


def _parent_with_assessments(workspace: Workspace) -> int | None:
    summaries = workspace.register.parent_summaries()
    if not summaries:
        return None
    counts = {s.id: len(workspace.living.page(s.id).assessments) for s in summaries}
    best = max(counts, key=lambda pid: counts[pid])
    if counts[best] == 0:  # the demo has none yet: this scene writes its own
        example_living(workspace, best)
    return best


def living_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    parent_id = _parent_with_assessments(workspace)
    if parent_id is None:
        return
    window.work.parents.select_parent(parent_id)
    settle(tasks)
    window.show_view(LIVING_VIEW)
    settle(tasks, 8)
    view = window.work.living
    view.tabs.setCurrentIndex(0)
    settle(tasks)
    save(window, name("90-levekar"), shots)
    view.tabs.setCurrentIndex(1)
    settle(tasks)
    save(window, name("90b-levekar-over-tid"), shots)
    view.tabs.setCurrentIndex(2)
    settle(tasks)
    save(window, name("90c-levekar-historikk"), shots)
    view.tabs.setCurrentIndex(0)
    window.living.page_action("new-assessment", parent_id)
    settle(tasks, 8)
    dialog = window.open_dialogs[-1]
    save(dialog, name("91-levekar-ny-vurdering"), shots)
    dialog.done(0)
