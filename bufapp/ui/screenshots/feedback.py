"""Screenshots of the feedback page: the ORS over time across the clinical cut-off (92) and a
score being entered from a paper form (93); the SRS and the simple answers as well (94, 95).
The parent with the most ORS scores is shown; when the demo has none, ``example_feedback``
writes a year of them here (and the tests use it too)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm, ContactTopic, KorScale, Usefulness
from bufapp.domain.feedback import KorScore, SimpleFeedback
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import FEEDBACK_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

# (days ago, SRS total, ORS total or None), in tenths: the SRS dips below 36, then rises; the ORS
# rises from the clinical range across 25.
YEAR = ((350, 372, 176), (300, 348, None), (250, 331, 201), (200, 322, None), (150, 358, 238),
        (100, 376, None), (50, 381, 262), (10, 386, 279))  # fmt: skip


def _marks(total: int) -> tuple[int, int, int, int]:
    base = total // 4
    spread = (base - 6, base + 4, base + 5, total - 3 * base - 3)
    return tuple(min(100, max(0, m)) for m in spread)  # type: ignore[return-value]


def example_feedback(workspace: Workspace, parent_id: int) -> int:
    """A year of conversations with KOR scores after each, and two simple answers; returns how
    many conversations were written."""
    log, feedback = workspace.contact_log, workspace.feedback
    today = feedback.today()
    written = 0
    for days_ago, srs, ors in YEAR:
        day = today - timedelta(days=days_ago)
        moment = datetime.combine(day, time(11, 0), tzinfo=UTC)
        talk = ContactEntry(
            parent_id,
            moment,
            ContactForm.OFFICE_MEETING,
            topics=(ContactTopic.VISITS,),
            summary="Samtale om samværet og hvordan det går.",
        )
        entry = log.save(talk, final=True)
        written += 1
        note = "Spør hva som skal være annerledes neste gang." if srs < 360 else ""
        feedback.save_score(KorScore(parent_id, KorScale.SRS, day, _marks(srs), entry.id, note))
        if ors is not None:
            feedback.save_score(KorScore(parent_id, KorScale.ORS, day, _marks(ors), entry.id))
        if days_ago in (250, 50):
            answer = Usefulness.PARTLY if days_ago == 250 else Usefulness.YES
            words = ("Litt for mye om papirer, lite om gutten." if days_ago == 250
                     else "Godt å bli hørt. Nå vet jeg hva som skjer fram til neste møte.")  # fmt: skip
            feedback.save_simple(SimpleFeedback(parent_id, entry.id or 0, day, answer, words))
    return written


def _parent_with_scores(workspace: Workspace) -> int | None:
    counts = workspace.feedback.ors_change_per_parent()
    if counts:
        return max(counts, key=lambda pid: (counts[pid][2], -pid))
    summaries = workspace.register.parent_summaries()
    if not summaries:
        return None
    example_feedback(workspace, summaries[0].id)
    return summaries[0].id


def feedback_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    parent_id = _parent_with_scores(workspace)
    if parent_id is None:
        return
    window.work.parents.select_parent(parent_id)
    settle(tasks)
    window.show_view(FEEDBACK_VIEW)
    settle(tasks, 8)
    view = window.work.feedback
    view.tabs.setCurrentWidget(view.ors)
    settle(tasks)
    save(window, name("92-tilbakemelding-kor"), shots)
    view.tabs.setCurrentWidget(view.srs)
    settle(tasks)
    save(window, name("92b-tilbakemelding-srs"), shots)
    view.tabs.setCurrentWidget(view.simple)
    settle(tasks)
    save(window, name("92c-tilbakemelding-enkel"), shots)
    view.tabs.setCurrentWidget(view.ors)
    window.feedback.page_action("new-score", parent_id, KorScale.SRS)
    settle(tasks, 8)
    dialog = window.open_dialogs[-1]
    for box, value in zip(dialog.marks, (8.5, 7.0, 9.0, 8.2), strict=True):  # type: ignore[attr-defined]
        box.setValue(value)
    save(dialog, name("93-tilbakemelding-ny-skaar"), shots)
    dialog.done(0)
    settle(tasks)
