"""What the recipient's consent closes, on its own: the reason shows under the field only while
it is closed, and a closed field that still holds text stays open until it is emptied."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from bufapp.ui.referrals.closed_sections import ClosedSections
from bufapp.ui.widgets.field_form import FieldForm


def test_a_reason_shows_only_while_its_field_is_closed(qtbot: QtBot) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    closed = ClosedSections()
    note = closed.add_note("about_children", form)
    closed.add_note("request", form)
    assert note.isHidden() and closed.reason("about_children") == ""
    closed.show({"about_children": "«Om barna» hører til «Opplysninger om barna»."})
    assert not note.isHidden()
    assert closed.reason("about_children").startswith("«Om barna»")
    assert closed.reason("request") == ""
    closed.show({})  # the consent changed: nothing is closed
    assert note.isHidden() and closed.reason("about_children") == ""


def test_a_closed_field_stays_open_while_it_holds_text() -> None:
    closed = ClosedSections()
    closed.show({"about_children": "ikke dekket"})
    assert not closed.allows("about_children", filled=False)
    assert closed.allows("about_children", filled=True)  # what was written is not locked in
    assert closed.allows("request", filled=False)
