"""Nettverkskart in the window, on a real vault: the view follows the chosen parent and lists the
maps newest first with the chosen one drawn, opens a map and starts a new one from the previous
in the editor, a map being drawn survives a lock, two maps compared, the office's sectors, the
parent card's link, printing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.enums import DocumentKind, TieQuality
from bufapp.domain.network import NetworkMember
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.network.comparison import ComparisonDialog
from bufapp.ui.network.editor import NetworkEditor
from bufapp.ui.network.sectors_dialog import SectorsDialog
from bufapp.ui.network.view import NetworkView
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import DIRECTORY_VIEW, NETWORK_VIEW, VIEWS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _open_window


def _two_maps(workspace: Workspace, parent_id: int) -> tuple[int, int]:
    """A first map half a year ago, and a later one started from it: a new neighbour, the
    sister's tie mended, the mother closer."""
    maps, today = workspace.network_maps, workspace.register.today()
    first = maps.start(parent_id, today - timedelta(days=180))
    first = maps.save(replace(first, members=(
        NetworkMember("mor", "Mormor Ánne", "family", 2, 0.5, TieQuality.STRONG),
        NetworkMember("sos", "Søster Čiekča", "family", 3, 0.3, TieQuality.BROKEN),
    )))  # fmt: skip
    later = maps.start(parent_id, today - timedelta(days=2))
    assert [m.key for m in later.members] == ["mor", "sos"]  # started from the first
    later = maps.save(replace(later, members=(
        replace(later.members[0], ring=1),
        replace(later.members[1], quality=TieQuality.STRONG),
        NetworkMember("nabo", "Nabo Ŧomas", "neighbours", 3, 0.5, TieQuality.WEAK),
    )))  # fmt: skip
    return first.id or 0, later.id or 0


def _network_view(qtbot: QtBot, tasks: TaskManager, window: MainWindow) -> NetworkView:
    window.view_actions[NETWORK_VIEW].trigger()
    view = window.work.network  # type: ignore[union-attr]
    assert window.work.stack.currentWidget() is view  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    settle(qtbot, tasks)
    return view


def _editors(window: MainWindow) -> list[NetworkEditor]:
    return [w for w in window.findChildren(NetworkEditor) if w.isVisible()]


def test_the_view_lists_the_maps_and_opens_and_starts_them_in_the_editor(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    first_id, later_id = _two_maps(workspace, parent_id)
    assert VIEWS[NETWORK_VIEW] == "Nettverkskart" and VIEWS[DIRECTORY_VIEW] == "Adressebok"
    assert window.view_actions[NETWORK_VIEW].shortcut().toString() == "Ctrl+7"
    assert window.view_actions[DIRECTORY_VIEW].shortcut().toString() == "Ctrl+8"

    view = _network_view(qtbot, tasks, window)

    assert view.heading.text() == "Nettverkskart – Máret Čuđe"
    assert [view.model.row_at(r).id for r in range(view.model.rowCount())] == [later_id, first_id]
    assert view.model.index(0, 1).data() == "3"
    assert view.shown_map is not None and view.shown_map.id == later_id  # the newest, drawn
    assert set(view.scene.items_by_key) == {"mor", "sos", "nabo"}
    assert "3 personer" in view.summary.text()
    view.maps.selectRow(1)
    settle(qtbot, tasks, until=lambda: view.shown_map is not None and view.shown_map.id == first_id)
    assert set(view.scene.items_by_key) == {"mor", "sos"}

    view.maps.setFocus()
    qtbot.keyClick(view.maps, Qt.Key.Key_Return)  # Enter on a map opens it
    settle(qtbot, tasks, until=lambda: bool(_editors(window)))
    opened = _editors(window)[0]
    assert opened.network.id == first_id and opened.windowTitle() == "Nettverkskart"
    assert opened.heading.text() == "Nettverkskart – Máret Čuđe"
    opened.done(0)

    view.new_button.click()
    settle(qtbot, tasks, until=lambda: bool(_editors(window)))
    started = _editors(window)[0]
    assert started.network.id is None
    assert [m.key for m in started.network.members] == ["mor", "sos", "nabo"]  # from the newest
    started.canvas.nudge("nabo", -1, 0.0)
    started.submit()
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == 3)
    settle(
        qtbot,
        tasks,
        until=lambda: view.shown_map is not None and view.shown_map.id == started.saved.id,
    )  # type: ignore[union-attr]
    assert view.shown_map.member("nabo").ring == 2  # type: ignore[union-attr]
    assert workspace.drafts.all() == []  # saved: its draft is gone


def test_a_map_being_drawn_survives_a_lock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    view = _network_view(qtbot, tasks, window)
    assert view.empty.isVisible() and view.model.rowCount() == 0
    view.new_button.click()
    settle(qtbot, tasks, until=lambda: bool(_editors(window)))
    editor = _editors(window)[0]
    editor.add_person()
    editor.last_dialog.label.setText("Mormor Ánne")  # type: ignore[union-attr]
    editor.last_dialog.submit()  # type: ignore[union-attr]
    editor.parent_words.setPlainText("«Mormor er den jeg ringer først.»")

    window.lock()
    assert not _editors(window)
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    settle(qtbot, tasks, until=lambda: bool(_editors(window)))

    again = _editors(window)[0]
    assert [m.label for m in again.network.members] == ["Mormor Ánne"]
    assert again.parent_words.toPlainText() == "«Mormor er den jeg ringer først.»"
    assert again.scene.items_by_key and again.model.rowCount() == 1
    assert again.dirty  # a reopened draft is unsaved work
    again.submit()
    settle(qtbot, tasks, until=lambda: again.saved is not None)
    settle(qtbot, tasks)
    unlocked = window.workspace  # the one opened by unlocking again
    assert unlocked is not None
    assert [m.member_count for m in unlocked.network_maps.of_parent(parent_id)] == [1]
    assert unlocked.drafts.all() == []


def test_two_maps_are_compared_side_by_side_with_the_changes_in_words(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    first_id, later_id = _two_maps(workspace, parent_id)
    view = _network_view(qtbot, tasks, window)

    view.compare_button.click()
    settle(qtbot, tasks, until=lambda: bool(window.findChildren(ComparisonDialog)))
    dialog = window.findChildren(ComparisonDialog)[0]
    settle(qtbot, tasks, until=lambda: dialog.comparison is not None)

    assert set(dialog.chosen()) == {first_id, later_id}
    assert [set(s.items_by_key) for s in dialog.scenes] == [{"mor", "sos"}, {"mor", "sos", "nabo"}]
    words = dialog.changes.toPlainText()
    assert "Fra 2 til 3 personer" in words
    assert "Nye i nettverket (1)" in words and "Nabo Ŧomas (Naboer og nærmiljø, svak)" in words
    assert "Søster Čiekča: brutt → sterk og støttende" in words
    assert "Mormor Ánne: ring 2 → 1" in words
    assert "Naboer og nærmiljø" in words.split("Sektorer som fikk personer")[1]
    dialog.later_choice.setCurrentIndex(1)  # the same map twice: said so, nothing drawn
    settle(qtbot, tasks, until=lambda: "to forskjellige kart" in dialog.changes.toPlainText())
    assert not dialog.print_button.isEnabled()
    dialog.close()


def test_the_offices_sectors_are_renamed_added_and_used_by_a_new_map(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    view = _network_view(qtbot, tasks, window)
    view.sectors_button.click()
    settle(qtbot, tasks, until=lambda: bool(window.findChildren(SectorsDialog)))
    dialog = window.findChildren(SectorsDialog)[0]
    settle(qtbot, tasks, until=lambda: dialog.loaded)
    dialog.sectors.item(0).setText("Hjemme")
    dialog.add_sector()
    dialog.sectors.item(dialog.sectors.count() - 1).setText("Nettet og spill")
    dialog.move(-1)
    dialog.sectors.setCurrentRow(2)
    dialog.remove_sector()
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)

    names = [s.name for s in workspace.network_maps.sectors()]
    assert names[0] == "Hjemme" and "Venner" not in names
    assert names[-2:] == ["Nettet og spill", "Fosterhjem/institusjon og barnevernet"]
    assert [s.name for s in workspace.network_maps.start(parent_id).sectors] == names


def test_the_parent_card_links_to_the_maps_and_a_printed_map_is_kept(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    window_factory: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    _two_maps(workspace, parent_id)
    window.show_view(1)
    card = window.work.parents.card  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: 'href="network"' in card.toHtml())
    window.work.parents.link_activated.emit("network", parent_id)  # type: ignore[union-attr]
    assert window.work.stack.currentIndex() == NETWORK_VIEW  # type: ignore[union-attr]
    view = window.work.network  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)

    view.initials.setChecked(True)
    view.print_button.click()
    settle(qtbot, tasks, until=lambda: bool(window.findChildren(PdfPreviewDialog)))
    preview = window.findChildren(PdfPreviewDialog)[0]
    assert preview.heading.text().endswith("(pseudonymisert)")
    assert workspace.register.parent_detail(parent_id).documents == ()  # only looked at so far
    monkeypatch.setattr(PdfPreviewDialog, "save_path_for_tests", tmp_path / "kart.pdf")
    preview.save_as()
    settle(qtbot, tasks, until=lambda: bool(workspace.register.parent_detail(parent_id).documents))
    (kept,) = workspace.register.parent_detail(parent_id).documents
    assert kept.kind is DocumentKind.NETWORK_MAP and kept.title.endswith("(pseudonymisert)")
    assert (tmp_path / "kart.pdf").read_bytes().startswith(b"%PDF")
    preview.close()
