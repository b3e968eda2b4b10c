"""What a person notices: counts in the right number, messages under fields that go when the
field is fixed, and one wording for a kept draft."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

import bufapp.ui
from bufapp.documents.forms import load_form
from bufapp.domain.consent import Service
from bufapp.domain.contact_log import FollowUpTask
from bufapp.domain.entities import Parent
from bufapp.domain.enums import ServiceType
from bufapp.domain.network import NetworkMap, NetworkMember
from bufapp.errors import FieldProblem
from bufapp.services.access.events import map_event
from bufapp.services.register import ParentDetail
from bufapp.ui.contacts.log_view import ContactLogView
from bufapp.ui.qt import tr
from bufapp.ui.referrals.list_view import LoadedReferrals, ReferralList
from bufapp.ui.referrals.widgets import CopyList
from bufapp.ui.register.parent_detail import _contact_section
from bufapp.ui.vault.passphrase_fields import NewPassphraseFields
from bufapp.ui.widgets.field_form import FieldForm, OptionalDateEdit
from bufapp.ui.widgets.messages import draft_kept, draft_not_kept, draft_restored


def test_a_count_takes_the_singular_for_one_only() -> None:
    """The bokmål catalogue's plural forms, as the program installs them (tests/ui/conftest)."""
    assert tr("%n kontakter", None, 1) == "1 kontakt"
    assert tr("%n kontakter", None, 0) == "0 kontakter"
    assert tr("%n kontakter", None, 2) == "2 kontakter"


def _detail(entries: int, tasks: int) -> ParentDetail:
    return ParentDetail(
        Parent("Máret", "Čuđe", id=1),
        children=(),
        other_parents=(),
        deadlines=(),
        open_tasks=tuple(FollowUpTask(f"Ringe {i}", id=i) for i in range(tasks)),
        entry_count=entries,
    )


def test_the_parent_card_and_the_contact_log_count_one_in_the_singular() -> None:
    one = "".join(_contact_section(_detail(entries=1, tasks=1)))
    assert "1 kontakt i loggen" in one and "1 kontakter" not in one
    assert "1 åpen oppfølgingsoppgave." in ContactLogView._plan_text(_detail(1, 1))
    assert "2 åpne oppfølgingsoppgaver." in ContactLogView._plan_text(_detail(1, 2))
    assert "3 kontakter i loggen" in "".join(_contact_section(_detail(entries=3, tasks=0)))


def test_no_count_is_written_with_a_fixed_plural_noun() -> None:
    """A count is a plural form (``tr("%n kontakter", None, n)``): no "{n} kontakter" template
    is left in the windows."""
    plural_nouns = r"(kontakter|oppfølgingsoppgaver|foreldre|personer|dager|dokumenter|tjenester|samtykker|linjer)"
    pattern = re.compile(r"\{[a-z_]+\} " + plural_nouns + r"\b")
    ui = Path(bufapp.ui.__file__).parent
    found = [
        f"{path.name}: {match.group(0)}"
        for path in sorted(ui.rglob("*.py"))
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    # "mer enn {n} dager" in the backup warning is always more than one (STALE_AFTER_DAYS).
    assert [hit for hit in found if "backup_widgets.py: {n} dager" not in hit] == []


# --- messages under fields -----------------------------------------------------------------------


def test_a_message_under_a_field_goes_as_soon_as_the_field_is_edited(qtbot: QtBot) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    name = form.add_row("name", "&Navn", QLineEdit())
    notes = form.add_row("notes", "&Notat", QPlainTextEdit())
    kind = QComboBox()
    kind.addItems(["a", "b"])
    form.add_row("kind", "&Type", kind)
    ended = form.add_row("end", "&Slutt", OptionalDateEdit("Avsluttet"))
    form.show()
    problems = [FieldProblem(field, "Feil.") for field in ("name", "notes", "kind", "end")]
    form.show_problems(problems)
    assert all(form.error_text(field) == "Feil." for field in ("name", "notes", "kind", "end"))

    assert isinstance(name, QLineEdit)
    name.setText("Máret")
    assert form.error_text("name") == "" and form.error_text("notes") == "Feil."
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("Noe")
    kind.setCurrentIndex(1)
    assert isinstance(ended, OptionalDateEdit)
    ended.check.setChecked(True)
    assert [form.error_text(field) for field in ("notes", "kind", "end")] == ["", "", ""]


def test_passwords_that_now_match_lose_their_message(qtbot: QtBot) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    fields = NewPassphraseFields(form)
    fields.first.setText("lang nok setning her")
    fields.second.setText("lang nok setning he")
    form.show_problems(fields.problems())
    assert form.error_text("passphrase_repeat") == "Passordene er ikke like."

    fields.second.setText("lang nok setning her")  # fixed in the second field
    assert form.error_text("passphrase_repeat") == ""

    fields.second.setText("noe annet")
    form.show_problems(fields.problems())
    fields.first.setText("noe annet")  # fixed in the first field
    assert form.error_text("passphrase_repeat") == ""


# --- the kept draft ------------------------------------------------------------------------------


def test_a_kept_draft_is_worded_one_way_from_one_place() -> None:
    assert draft_kept().startswith("Utkast tatt vare på kl. ")
    assert draft_not_kept("disken er full").startswith("Utkastet kunne ikke tas vare på")
    assert draft_restored().startswith("Utkast tatt vare på")
    ui = Path(bufapp.ui.__file__).parent
    elsewhere = [
        path.name
        for path in ui.rglob("*.py")
        if path.name != "messages.py"
        and re.search(
            r'tr\(\s*"(Utkast |Utkastet |Gjenopprettet utkast)', path.read_text(encoding="utf-8")
        )
    ]
    assert elsewhere == []


# --- nothing clipped -----------------------------------------------------------------------------


def test_the_empty_referrals_page_keeps_its_heading_at_the_top(qtbot: QtBot, tasks: object) -> None:
    page = ReferralList(tasks, None, None)  # type: ignore[arg-type]  # no rows: no vault needed
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.parent_id = 1
    page._show_rows(LoadedReferrals([], {}, [], date(2026, 12, 6)))
    page.show()
    qtbot.waitExposed(page)
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.heading.geometry().bottom() < 80
    assert page.empty.geometry().top() < page.heading.geometry().bottom() + 20


def test_a_long_copy_recipient_wraps_whole(qtbot: QtBot) -> None:
    long_name = Service(
        "Rus- og psykiatritjenesten i Fjellvik", ServiceType.MUNICIPAL_MENTAL_HEALTH, id=7
    )
    copies = CopyList([long_name], [])
    qtbot.addWidget(copies)
    copies.setFixedWidth(260)
    copies.show()
    assert copies.wordWrap()
    assert copies.textElideMode() == Qt.TextElideMode.ElideNone
    row = copies.visualItemRect(copies.item(0))
    assert row.height() > copies.fontMetrics().height() * 1.5  # on two lines, not cut


def test_the_contact_log_search_field_shows_its_whole_placeholder(
    qtbot: QtBot, tasks: object
) -> None:
    view = ContactLogView(tasks, None, None)  # type: ignore[arg-type]  # nothing is loaded
    qtbot.addWidget(view)
    view.resize(900, 500)  # narrower than the filter row wants: the field is squeezed first
    view.show()
    qtbot.waitExposed(view)
    words = view.filters.words
    needed = words.fontMetrics().horizontalAdvance(words.placeholderText())
    assert words.placeholderText() == "Søk i loggen"
    assert words.width() >= needed + 40  # text margins and the clear button


def test_an_innsyn_pack_names_a_map_of_one_person_in_the_singular(tmp_path: Path) -> None:
    words = load_form("access_pack", overrides=tmp_path / "none")
    one = NetworkMap(1, date(2026, 3, 2), members=(NetworkMember("a", "Mormor", "family"),))
    two = replace(one, members=(*one.members, NetworkMember("b", "Kari", "friends")))
    assert map_event(one, words).title == "1 person"
    assert map_event(two, words).title == "2 personer"
