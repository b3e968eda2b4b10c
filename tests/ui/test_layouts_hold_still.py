"""Nothing moves under the pointer: ticking a consent category, or the gate's answer arriving,
leaves every category's check box where it was."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from bufapp.domain.enums import InformationCategory
from bufapp.ui.referral_editor import ReferralEditor
from bufapp.ui.referrals_panel import ReferralsPanel
from bufapp.ui.tasks import TaskManager
from tests.ui.conftest import settle
from tests.ui.test_referral_ui import (  # noqa: F401  (fixtures)
    HEALTH,
    HOUSING,
    Family,
    _choose_recipient,
    _new_editor,
    _regate,
    family,
    panel,
)


def _boxes(editor: ReferralEditor) -> dict[InformationCategory, QRect]:
    """Where each check box is in the editor's window."""
    return {
        category: QRect(box.mapTo(editor, QPoint(0, 0)), box.size())
        for category, box in editor.categories.boxes.items()
    }


def test_ticking_a_category_and_the_gates_answer_move_no_check_box(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    editor = _new_editor(qtbot, tasks, panel)
    editor.show()
    settle(qtbot, tasks)
    before = _boxes(editor)
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)  # the gate answers
    assert _boxes(editor) == before
    for category in (HOUSING, HEALTH):  # allowed, then blocked (a reason and a button show)
        box = editor.categories.boxes[category]
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        qtbot.wait(10)
        assert box.isChecked()
        assert _boxes(editor) == before
        _regate(qtbot, tasks, editor)
        assert _boxes(editor) == before
    assert "ikke samtykke" in editor.status_text(HEALTH)
    assert editor.categories.exception_buttons[HEALTH].isVisibleTo(editor)
