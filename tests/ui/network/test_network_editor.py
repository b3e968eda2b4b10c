"""The network-map editor on a real vault: the table and the drawing stay in step both ways, undo
and redo, positions that survive saving and a new size, adding and editing a person from the
keyboard alone, problems shown under their fields, asking before discarding, the draft."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bufapp.domain.enums import ContactFrequency, TieQuality
from bufapp.domain.network import DEFAULT_SECTORS, MemberTie, NetworkMap, NetworkMember
from bufapp.domain.network_geometry import position, ring_radius
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.vault import Vault
from bufapp.ui.network.dialogs import AddMemberDialog
from bufapp.ui.network.editor import NetworkEditor
from bufapp.ui.network.scene import NetworkScene
from bufapp.ui.network.style import TieItem
from bufapp.ui.network.table import FIELDS, RING, SECTOR
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.ui.conftest import settle
from tests.unit.test_register_service import add_parent

DRAWN = date.today() - timedelta(days=3)


@pytest.fixture
def workspace(vault: Vault) -> Workspace:
    return workspace_for(vault, Settings())


def sample_map(parent_id: int) -> NetworkMap:
    members = (
        NetworkMember("mor", "Mormor Ánne", "family", 1, 0.3, TieQuality.STRONG),
        NetworkMember("sos", "Søster Čiekča", "family", 2, 0.7, TieQuality.CONFLICT),
        NetworkMember("kari", "Kari Åsheim", "friends", 2, 0.5, TieQuality.WEAK),
        NetworkMember("eks", "Eks-samboer Đuro", "household", 4, 0.5, TieQuality.BROKEN),
    )
    return NetworkMap(parent_id, DRAWN, DEFAULT_SECTORS, members,
                      (MemberTie("mor", "sos", TieQuality.WEAK),))  # fmt: skip


def _editor(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, network: NetworkMap
) -> NetworkEditor:
    editor = NetworkEditor(tasks, workspace.network_maps.save, network, workspace.drafts.save,
                           parent_name="Máret Čuđe")  # fmt: skip
    # Closed without asking at the end of the test (a real question box would wait forever).
    qtbot.addWidget(editor, before_close_func=lambda _w: editor.done(0))
    editor.show()
    editor.activateWindow()  # keys go to the focused widget of the active window
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _unit(editor: NetworkEditor, key: str) -> tuple[float, float]:
    """Where the drawing shows ``key``, in unit coordinates."""
    item = editor.scene.items_by_key[key]
    return item.pos().x() / editor.scene.radius, item.pos().y() / editor.scene.radius


def _row(editor: NetworkEditor, key: str) -> dict[str, object]:
    row = editor.model.row_of(key)
    return {field: editor.model.index(row, c).data() for c, field in enumerate(FIELDS)}


def _choose_in_cell(qtbot: QtBot, editor: NetworkEditor, key: str, column: int, text: str) -> None:
    """Keyboard only: go to the cell, F2, pick ``text`` in the list with the arrow keys, Enter."""
    table = editor.table
    table.setFocus()
    table.setCurrentIndex(editor.model.index(editor.model.row_of(key), column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.indexWidget(table.currentIndex())
    assert isinstance(combo, QComboBox)
    target = combo.findText(text)
    assert target >= 0, text
    key_press = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key_press)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(table.currentIndex()) is None)  # committed, queued


def _type(widget: QWidget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks stops at Latin-1: no Ž or Ŋ)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_a_change_in_the_table_moves_the_person_in_the_drawing(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Máret", "Čuđe")
    editor = _editor(qtbot, tasks, workspace, sample_map(parent.id or 0))
    x, y = _unit(editor, "kari")
    assert math.hypot(x, y) == pytest.approx(sum(ring_radius(2)) / 2, abs=1e-6)

    _choose_in_cell(qtbot, editor, "kari", RING, "4 – Lengst unna")
    _choose_in_cell(qtbot, editor, "kari", SECTOR, "Arbeid og skole")

    member = editor.network.member("kari")
    assert member is not None and (member.sector, member.ring) == ("work_school", 4)
    x, y = _unit(editor, "kari")
    assert math.hypot(x, y) == pytest.approx(sum(ring_radius(4)) / 2, abs=1e-6)
    assert (x, y) == pytest.approx(position(editor.network, member), abs=1e-6)
    degrees = math.degrees(math.atan2(x, -y)) % 360  # work_school is the fifth of nine sectors
    assert 4 * 40 < degrees < 5 * 40
    assert editor.scene.chosen() == "kari"  # chosen in the table, chosen in the drawing


def _drag(editor: NetworkEditor, start: QPointF, end: QPointF) -> None:
    """Press, move in steps and release on the drawing's viewport, as a mouse does."""
    viewport = editor.canvas.viewport()
    a, b = editor.canvas.mapFromScene(start), editor.canvas.mapFromScene(end)
    left = Qt.MouseButton.LeftButton

    def send(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, QPointF(at), viewport.mapToGlobal(QPointF(at)), left, buttons,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, a, left)
    for step in range(1, 11):
        send(QEvent.Type.MouseMove, a + (b - a) * step / 10, left)
    send(QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def test_dragging_a_person_changes_their_row_and_is_undone(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Máret", "Čuđe")
    editor = _editor(qtbot, tasks, workspace, sample_map(parent.id or 0))
    item = editor.scene.items_by_key["kari"]
    target = replace(editor.network.member("kari"), sector="neighbours", ring=3, angle=0.5)  # type: ignore[type-var]
    drop = editor.scene.to_scene(*position(editor.network, target))

    _drag(editor, item.pos(), drop)

    qtbot.waitUntil(lambda: _row(editor, "kari")["sector"] == "Naboer og nærmiljø")
    assert _row(editor, "kari")["ring"] == "3 – Litt på avstand"
    moved = editor.network.member("kari")
    assert moved is not None and moved.angle == pytest.approx(0.5, abs=0.05)
    assert editor.table.current_key() == "kari"  # chosen in the drawing, chosen in the table

    editor.undo_action.trigger()
    assert _row(editor, "kari")["sector"] == "Venner"
    assert _unit(editor, "kari") == pytest.approx(
        position(editor.network, editor.network.member("kari"))
    )  # type: ignore[arg-type]
    editor.redo_action.trigger()
    assert _row(editor, "kari")["sector"] == "Naboer og nærmiljø"


def _drawn(scene: NetworkScene) -> tuple[list[tuple[str, float, float]], list[tuple[str, bool]]]:
    """What a drawing shows: each person's place, and each tie's quality and kind."""
    people = sorted(
        (k, round(i.pos().x(), 3), round(i.pos().y(), 3)) for k, i in scene.items_by_key.items()
    )
    ties = sorted(
        (t.quality.value, t.between_members)
        for t in scene.items()
        if isinstance(t, TieItem) and t.path().length() > 0
    )
    return people, ties


def test_undo_and_redo_of_adding_moving_and_changing(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Máret", "Čuđe")
    original = sample_map(parent.id or 0)
    editor = _editor(qtbot, tasks, workspace, original)
    editor.add_person()
    dialog = editor.last_dialog
    assert isinstance(dialog, AddMemberDialog)
    dialog.label.setText("Nabo Ŧomas")
    dialog.submit()
    added = editor.network.members[-1]
    assert added.label == "Nabo Ŧomas" and added.key in editor.scene.items_by_key
    editor.canvas.nudge("mor", 2, 0.0)  # two rings out, from the keyboard in the drawing
    quality = editor.model.index(editor.model.row_of("sos"), FIELDS.index("quality"))
    editor.model.setData(quality, TieQuality.STRONG.value)
    assert editor.network.member("mor").ring == 3  # type: ignore[union-attr]
    assert editor.network.member("sos").quality is TieQuality.STRONG  # type: ignore[union-attr]
    editor.activateWindow()  # back from the dialog: the shortcuts are the window's
    qtbot.waitUntil(editor.isActiveWindow)

    for _ in range(3):
        qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.network == original
    assert editor.model.rowCount() == 4 and set(editor.scene.items_by_key) == {
        "mor",
        "sos",
        "kari",
        "eks",
    }
    assert not editor.undo_action.isEnabled()

    qtbot.keyClick(editor.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        editor.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.network.members[-1].label == "Nabo Ŧomas"
    assert editor.network.member("mor").ring == 3  # type: ignore[union-attr]
    assert _row(editor, "sos")["quality"] == "Konflikt eller belastende"  # the third not redone
    fresh = NetworkScene()  # the drawing changed in place shows what a new drawing shows
    fresh.radius = editor.scene.radius
    fresh.set_map(editor.network)
    assert _drawn(editor.scene) == _drawn(fresh)
    shown = len(editor.network.members) + len(editor.network.ties) + len(TieQuality)  # + legend
    assert len(_drawn(fresh)[1]) == shown


def test_positions_survive_saving_reloading_and_a_new_size(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Máret", "Čuđe")
    editor = _editor(qtbot, tasks, workspace, sample_map(parent.id or 0))
    editor.canvas.nudge("kari", 1, 0.25)  # ring 3, a quarter of the sector further on
    editor.submit()
    qtbot.waitUntil(lambda: editor.saved is not None)
    saved = editor.saved
    assert saved is not None and saved.id is not None

    stored = workspace.network_maps.get(saved.id)
    kari = stored.member("kari")
    assert kari is not None and (kari.sector, kari.ring, kari.angle) == ("friends", 3, 0.75)
    again = _editor(qtbot, tasks, workspace, stored)
    again.resize(1400, 950)
    settle(qtbot, tasks)
    big_radius, big = again.scene.radius, again.scene.items_by_key["kari"].pos()
    again.resize(1000, 700)
    settle(qtbot, tasks)
    small_radius, small = again.scene.radius, again.scene.items_by_key["kari"].pos()
    assert big_radius > small_radius * 1.15  # the circle follows the view
    assert (big.x() / big_radius, big.y() / big_radius) == pytest.approx(position(stored, kari))
    assert (small.x() / small_radius, small.y() / small_radius) == pytest.approx(
        position(stored, kari)
    )


def test_a_person_is_added_and_described_from_the_keyboard_alone(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Máret", "Čuđe")
    editor = _editor(qtbot, tasks, workspace, sample_map(parent.id or 0))
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(editor.model.row_of("kari"), 0))

    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    dialog = editor.last_dialog
    assert isinstance(dialog, AddMemberDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.label)
    _type(dialog.label, "Venninne Žaneta")
    qtbot.keyClick(dialog.label, Qt.Key.Key_Tab)  # the sector: the chosen person's (Venner)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the ring
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # 3 – Litt på avstand
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    added = editor.network.members[-1]
    assert (added.label, added.sector, added.ring) == ("Venninne Žaneta", "friends", 3)
    editor.activateWindow()  # a desktop gives the window back when its dialog closes
    qtbot.waitUntil(editor.table.hasFocus)  # the editor put the focus on the new row
    assert editor.table.current_key() == added.key
    assert added.key in editor.scene.items_by_key

    _choose_in_cell(qtbot, editor, added.key, FIELDS.index("contact"), "Ukentlig")
    editor.table.setCurrentIndex(editor.model.index(editor.model.row_of(added.key), 0))
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    _type(line, "Venninne Žaneta Šimková")
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # commits and goes on to the next cell
    member = editor.network.member(added.key)
    assert member is not None and member.contact is ContactFrequency.WEEKLY
    assert member.label == "Venninne Žaneta Šimková"
    assert editor.scene.items_by_key[added.key].toolTip() == "Venninne Žaneta Šimková"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # out of the next cell
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert editor.network.member(added.key) is None
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.network.member(added.key) is not None


def test_problems_are_shown_under_their_fields_and_nothing_is_saved(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Máret", "Čuđe")
    editor = _editor(qtbot, tasks, workspace, sample_map(parent.id or 0))
    editor.drawn_on.setDate(date.today() + timedelta(days=5))
    label = editor.model.index(editor.model.row_of("kari"), 0)
    editor.model.setData(label, "K" * 90)

    editor.submit()
    qtbot.waitUntil(lambda: not editor.saving and editor.map_error.isVisible())

    assert "fram i tid" in editor.form.error_text("drawn_on")
    assert "Rad 3" in editor.map_error.text() and "80 tegn" in editor.map_error.text()
    assert editor.isVisible() and workspace.network_maps.of_parent(parent.id or 0) == []


def test_closing_with_changes_asks_and_a_draft_is_kept(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Máret", "Čuđe")
    editor = _editor(qtbot, tasks, workspace, sample_map(parent.id or 0))
    editor.parent_words.setPlainText("«Mormor er den jeg ringer først.»")
    editor.canvas.nudge("eks", -1, 0.0)
    qtbot.waitUntil(lambda: "Utkast tatt vare på" in editor.draft_state.text(), timeout=5000)
    (draft,) = workspace.drafts.all()
    assert (draft.kind, draft.record_key) == ("network-map", f"new:{parent.id}")
    assert draft.record.parent_words == "«Mormor er den jeg ringer først.»"
    assert draft.record.member("eks").ring == 3

    Messages.answer_next(QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert editor.isVisible() and "forkaste" in Messages.shown[-1]
    Messages.answer_next(QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()
