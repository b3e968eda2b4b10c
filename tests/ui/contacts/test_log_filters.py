"""The contact log's filter row on its own: it says when a choice changes, hands back what is
chosen, searches the words only once the typing pauses, and clears to "everything"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from bufapp.domain.enums import ContactForm, ContactTopic
from bufapp.ui.contacts.log_filters import LogFilters
from bufapp.ui.widgets.field_form import from_qdate


def test_each_choice_is_said_and_handed_back(qtbot: QtBot) -> None:
    filters = LogFilters()
    qtbot.addWidget(filters)
    filters.set_children({7: "Áilu", 8: "Marit"})
    assert filters.chosen() == (None, None, None, None)  # everything
    with qtbot.waitSignal(filters.changed):
        filters.topic.setCurrentIndex(filters.topic.findData(ContactTopic.VISITS))
    with qtbot.waitSignal(filters.changed):
        filters.form.setCurrentIndex(filters.form.findData(ContactForm.PHONE))
    with qtbot.waitSignal(filters.changed):
        filters.child.setCurrentIndex(filters.child.findData(8))
    with qtbot.waitSignal(filters.changed):
        filters.use_period.setChecked(True)
    topic, form, child, period = filters.chosen()
    assert (topic, form, child) == (ContactTopic.VISITS, ContactForm.PHONE, 8)
    assert period is not None and period[1] - period[0] == timedelta(days=90)
    assert period[1] == from_qdate(filters.period_to.date())


def test_new_children_keep_the_chosen_child_and_say_nothing(qtbot: QtBot) -> None:
    filters = LogFilters()
    qtbot.addWidget(filters)
    filters.set_children({7: "Áilu", 8: "Marit"})
    filters.child.setCurrentIndex(filters.child.findData(8))
    with qtbot.assertNotEmitted(filters.changed):
        filters.set_children({8: "Marit", 9: "Ánde"})
    assert filters.child.currentData() == 8
    with qtbot.assertNotEmitted(filters.changed):
        filters.set_children({9: "Ánde"})
    assert filters.child.currentData() is None  # gone: every child again


def test_the_words_are_searched_once_the_typing_pauses_and_clear_forgets_them(
    qtbot: QtBot,
) -> None:
    filters = LogFilters()
    qtbot.addWidget(filters)
    paused: list[str] = []
    filters.words_paused.connect(lambda: paused.append(filters.words.text()))
    with qtbot.waitSignal(filters.words_paused, timeout=2000):
        QTest.keyClicks(filters.words, "samvær")
    assert paused == ["samvær"]  # one search for the whole word, not one per letter
    filters.topic.setCurrentIndex(1)
    filters.use_period.setChecked(True)
    QTest.keyClicks(filters.words, " hjemme")
    filters.clear()
    qtbot.wait(400)  # longer than the pause: the search typed before clearing never runs
    assert paused == ["samvær"]
    assert filters.words.text() == ""
    assert filters.chosen() == (None, None, None, None)
