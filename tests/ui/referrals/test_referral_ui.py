"""Referrals in the UI, on a real vault: the editor (main message first, the live consent gate
per category, exceptions with a legal basis and a reason, Ferdigstill refused by the gate,
autosaved drafts) and the panel (only legal actions, sent with a reply date, answered, and the
warning about drafts a withdrawn consent blocks)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.consent import Consent, LegalBasisException, Service
from bufapp.domain.entities import Caseworker, Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    ConsentForm,
    DeadlineKind,
    DocumentKind,
    InformationCategory,
    ParentRole,
    PlacementBasis,
    PlaceType,
    ReferralState,
    SentBy,
    ServiceType,
)
from bufapp.domain.referral import Referral
from bufapp.services.referrals.service import ReferralService
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.referrals.context import ReferralContext, load_context
from bufapp.ui.referrals.editor import ReferralEditor
from bufapp.ui.referrals.panel import ReferralsPanel
from bufapp.ui.referrals.state_dialogs import AnswerDialog, SendDialog
from bufapp.ui.widgets.field_form import to_qdate
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock

Yes, No, Discard = (
    QMessageBox.StandardButton.Yes,
    QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.Discard,
)
HOUSING = InformationCategory.FINANCES_AND_HOUSING
HEALTH = InformationCategory.MENTAL_HEALTH
PERSONAL = InformationCategory.PERSONAL_DETAILS
REQUEST = "Vi ber NAV vurdere bostøtte nå, fordi Máret Čuđe skal ha Áilu på samvær hjemme."


@dataclass
class Family:
    workspace: Workspace
    parent_id: int
    child_id: int
    nav: Service
    dps: Service
    consent: Consent
    today: date


@pytest.fixture
def family(vault: Vault) -> Iterator[Family]:
    workspace = workspace_for(vault, Settings())
    register = workspace.register
    today = register.today()
    register.save_office(Office("Fjellvik kommune", "Rådhusveien 1, 9990 Fjellvik"))
    register.save_caseworker(Caseworker("Ingrid Løvås Nilsen"))
    mother = register.save_parent(Parent("Máret", "Čuđe", interpreter_language="nordsamisk"))
    child = register.save_child(
        Child(
            "Áilu",
            "Čuđe",
            date(2016, 4, 2),
            "2026/101",
            parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),),
        )
    )
    register.save_placement(
        Placement(
            child.id or 0,
            PlacementBasis.CARE_ORDER,
            PlaceType.FOSTER_HOME,
            today - timedelta(days=60),
        )
    )
    nav = workspace.directory.save(
        Service("NAV Fjellvik", ServiceType.NAV, "Postboks 120, 9990 Fjellvik")
    )
    dps = workspace.directory.save(
        Service("Nordvidda DPS", ServiceType.ADULT_MENTAL_HEALTH, "Postboks 7, 9990 Fjellvik")
    )
    consent = workspace.consents.save(
        Consent(
            mother.id or 0,
            "Søknad om bostøtte",
            (PERSONAL, HOUSING),
            today - timedelta(days=5),
            ConsentForm.WRITTEN,
            service_id=nav.id,
        )
    )
    yield Family(workspace, mother.id or 0, child.id or 0, nav, dps, consent, today)


@pytest.fixture
def panel(qtbot: QtBot, tasks: TaskManager, family: Family) -> Iterator[ReferralsPanel]:
    widget = ReferralsPanel(tasks, family.workspace)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_parent(family.parent_id, "Máret Čuđe")
    settle(qtbot, tasks)
    yield widget
    settle(qtbot, tasks)
    assert tasks.errors == []  # type: ignore[attr-defined]  # no failure went unhandled


def _new_editor(qtbot: QtBot, tasks: TaskManager, panel: ReferralsPanel) -> ReferralEditor:
    panel.new_button.click()
    settle(qtbot, tasks, until=lambda: isinstance(panel.last_dialog, ReferralEditor))
    editor = panel.last_dialog
    assert isinstance(editor, ReferralEditor)
    qtbot.addWidget(editor)
    return editor


def _choose_recipient(qtbot: QtBot, tasks: TaskManager, editor: ReferralEditor, sid: int) -> None:
    editor.service.setCurrentIndex(editor.service.findData(sid))
    _regate(qtbot, tasks, editor)


def _regate(qtbot: QtBot, tasks: TaskManager, editor: ReferralEditor) -> None:
    editor.refresh_gate()
    settle(qtbot, tasks)


def _row_of(panel: ReferralsPanel, referral_id: int) -> None:
    row = panel.model.row_of(referral_id)
    assert row is not None
    panel.table.selectRow(row)


# --- the editor ---------------------------------------------------------------------------


def test_a_new_draft_is_written_main_message_first_and_saved(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    editor = _new_editor(qtbot, tasks, panel)
    # What the register knows is filled in; the recipient is a conscious choice.
    assert editor.service.currentData() is None
    assert editor.collect().child_ids == (family.child_id,)
    assert "nordsamisk" in editor.practical_needs.toPlainText()
    assert editor.copy_to_parent.isChecked()
    editor.save_draft()  # no recipient yet: refused under the field, nothing saved
    assert editor.error_text("service_id") == "Velg mottakeren."
    settle(qtbot, tasks)
    assert family.workspace.referrals.of_parent(family.parent_id) == []

    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    editor.request.setPlainText(REQUEST)
    editor.parent_words.setPlainText("«Jeg trenger et sted der Áilu kan sove – ŋ š ž ŧ đ.»")
    editor.categories.boxes[HOUSING].setChecked(True)
    editor.attachments.name.setText("Husleiekontrakt")
    editor.attachments.add()
    editor.copy_to.item(
        next(
            i
            for i in range(editor.copy_to.count())
            if editor.copy_to.item(i).text().startswith("Nordvidda DPS")
        )
    ).setCheckState(Qt.CheckState.Checked)
    assert editor.dirty
    editor.save_button.click()
    settle(qtbot, tasks, until=lambda: editor.saved is not None)

    (stored,) = family.workspace.referrals.of_parent(family.parent_id)
    assert stored.state is ReferralState.DRAFT
    assert (stored.service_id, stored.request) == (family.nav.id, REQUEST)
    assert stored.parent_words == "«Jeg trenger et sted der Áilu kan sove – ŋ š ž ŧ đ.»"
    assert stored.categories == (HOUSING,)
    assert stored.attachments == ("Husleiekontrakt",)
    assert stored.copy_to == (family.dps.id,)
    assert stored.child_ids == (family.child_id,)
    # Still open for more writing, now named by its id; nothing unsaved, so no kept draft.
    assert editor.isVisible() and editor.record_key == str(stored.id)
    assert not editor.dirty and editor.cancel_button.text() == "Lukk"
    settle(qtbot, tasks)
    assert family.workspace.drafts.all() == []
    settle(qtbot, tasks, until=lambda: panel.model.rowCount() == 1)
    assert panel.model.row_at(0).referral.id == stored.id


def test_the_gate_shows_blocked_without_consent_and_allowed_with_one(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    editor = _new_editor(qtbot, tasks, panel)
    assert "Velg mottaker" in editor.categories.hint.text()
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    editor.categories.boxes[HOUSING].setChecked(True)
    editor.categories.boxes[HEALTH].setChecked(True)
    _regate(qtbot, tasks, editor)
    assert editor.status_text(HOUSING).startswith(
        f"✓ samtykke gitt Gitt {family.today - timedelta(days=5):%d.%m.%Y}"
    )
    assert "Søknad om bostøtte" in editor.status_text(HOUSING)
    assert editor.status_text(HEALTH) == (
        "✗ ikke samtykke Forelderen har ikke samtykket til at «Psykisk helse» gis til NAV Fjellvik."
    )
    assert editor.categories.exception_buttons[HEALTH].isVisibleTo(editor)
    assert not editor.categories.exception_buttons[HOUSING].isVisibleTo(editor)

    # A copy recipient gets the same letter: the editor says the consent does not reach it.
    dps_row = next(
        i
        for i in range(editor.copy_to.count())
        if editor.copy_to.item(i).text().startswith("Nordvidda DPS")
    )
    editor.copy_to.item(dps_row).setCheckState(Qt.CheckState.Checked)
    _regate(qtbot, tasks, editor)
    assert editor.copy_warning.isVisibleTo(editor)
    assert "• Nordvidda DPS: Samtykket som dekker «Økonomi og bolig» gjelder en annen" in (
        editor.copy_warning.text()
    )
    editor.copy_to.item(dps_row).setCheckState(Qt.CheckState.Unchecked)

    # The same categories to another recipient: the NAV consent does not reach DPS.
    _choose_recipient(qtbot, tasks, editor, family.dps.id or 0)
    assert "gjelder en annen mottaker enn Nordvidda DPS" in editor.status_text(HOUSING)

    # A consent given while the editor is open opens the category at the next look.
    family.workspace.consents.save(
        Consent(family.parent_id, "Behandling", (HEALTH,), family.today, ConsentForm.ORAL,
                service_id=family.dps.id)
    )  # fmt: skip
    _regate(qtbot, tasks, editor)
    assert editor.status_text(HEALTH).startswith("✓ samtykke gitt")
    assert not editor.categories.exception_buttons[HEALTH].isVisibleTo(editor)


def test_an_exception_needs_both_legal_basis_and_reason_then_ferdigstill_succeeds(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    editor = _new_editor(qtbot, tasks, panel)
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    editor.request.setPlainText(REQUEST)
    editor.categories.boxes[HEALTH].setChecked(True)
    _regate(qtbot, tasks, editor)
    editor.categories.exception_buttons[HEALTH].click()
    dialog = editor.last_exception_dialog
    assert dialog is not None and dialog.isVisible()

    dialog.legal_basis.setText("Lov om barnevern, opplysningsplikt")
    dialog.ok_button.click()  # no reason: refused, still open
    assert dialog.isVisible()
    assert dialog.form.error_text("reason") == "Skriv hvorfor opplysningen må gis uten samtykke."
    dialog.legal_basis.clear()
    dialog.reason.setPlainText("Máret ba selv om det; svaret trengs før samværet.")
    dialog.ok_button.click()  # no legal basis: refused
    assert dialog.isVisible()
    assert dialog.form.error_text("legal_basis") == "Skriv hjemmelen (lov og paragraf)."
    dialog.legal_basis.setText("Lov om barnevern, opplysningsplikt")
    dialog.ok_button.click()
    assert not dialog.isVisible()

    expected = LegalBasisException(
        HEALTH,
        "Lov om barnevern, opplysningsplikt",
        "Máret ba selv om det; svaret trengs før samværet.",
    )
    assert editor.collect().exceptions == (expected,)
    assert editor.status_text(HEALTH).startswith("✓ annet rettsgrunnlag Hjemmel: Lov om")
    assert editor.categories.remove_buttons[HEALTH].isVisibleTo(editor)
    _regate(qtbot, tasks, editor)
    assert editor.status_text(HEALTH).startswith("✓ annet rettsgrunnlag")

    Messages.answer_next(Yes)  # "Ferdigstille henvisningen …?"
    editor.finish_button.click()
    settle(qtbot, tasks, until=lambda: not editor.isVisible())
    assert editor.result() == editor.DialogCode.Accepted
    (finished,) = family.workspace.referrals.of_parent(family.parent_id)
    assert finished.state is ReferralState.FINISHED
    assert finished.exceptions == (expected,)
    assert any("Ferdigstille henvisningen til NAV Fjellvik" in m for m in Messages.shown)


def test_ferdigstill_with_a_blocked_category_shows_why_by_it_and_stays_a_draft(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    editor = _new_editor(qtbot, tasks, panel)
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    editor.request.setPlainText(REQUEST)
    editor.categories.boxes[HOUSING].setChecked(True)
    editor.categories.boxes[HEALTH].setChecked(True)
    editor.finish_button.click()
    settle(qtbot, tasks)
    why = "Forelderen har ikke samtykket til at «Psykisk helse» gis til NAV Fjellvik."
    assert editor.isVisible()
    assert editor.error_text("categories") == why
    assert editor.status_text(HEALTH).endswith(why)  # beside the category itself
    assert Messages.shown == []  # refused before asking; no crash, no dialog
    (draft,) = family.workspace.referrals.of_parent(family.parent_id)
    assert draft.state is ReferralState.DRAFT  # saved, not finished
    assert family.workspace.referrals.documents(draft.id or 0) == []

    # Taking the category out resolves it: the message goes, and Ferdigstill goes through.
    editor.categories.boxes[HEALTH].setChecked(False)
    _regate(qtbot, tasks, editor)
    assert editor.error_text("categories") == ""
    Messages.answer_next(No)  # asked, and the person thinks again
    editor.finish_button.click()
    settle(qtbot, tasks)
    assert editor.isVisible()
    assert family.workspace.referrals.of_parent(family.parent_id)[0].state is ReferralState.DRAFT


def test_an_empty_main_message_is_refused_under_its_field(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    editor = _new_editor(qtbot, tasks, panel)
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    editor.categories.boxes[HOUSING].setChecked(True)
    editor.finish_button.click()
    settle(qtbot, tasks)
    assert editor.error_text("request") == "Skriv hva mottakeren blir bedt om, og hvorfor nå."
    assert family.workspace.referrals.of_parent(family.parent_id)[0].state is ReferralState.DRAFT


def test_the_autosaved_draft_survives_closing_and_reopens_with_the_text(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    editor = _new_editor(qtbot, tasks, panel)
    assert (editor.kind, editor.autosaves) == ("referral", True)
    assert editor.record_key == f"new:{family.parent_id}"
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    editor.request.setPlainText(REQUEST)
    editor.categories.boxes[HOUSING].setChecked(True)
    assert editor._timer.isActive()  # the autosave waits for a pause in typing
    settle(qtbot, tasks, until=lambda: "tatt vare på" in editor.draft_state.text(), timeout=5000)
    (draft,) = family.workspace.drafts.all()
    assert (draft.kind, draft.record_key) == ("referral", f"new:{family.parent_id}")
    assert draft.record.request == REQUEST and draft.record.categories == (HOUSING,)

    # Typing on, then the program closes the window (as a lock does): kept, nobody asked.
    editor.parent_words.setPlainText("«Áilu må ha et rom.»")
    editor.close()
    settle(qtbot, tasks)
    assert not editor.isVisible() and editor.closed_by_program
    (draft,) = family.workspace.drafts.all()
    assert draft.record.parent_words == "«Áilu må ha et rom.»"
    assert family.workspace.referrals.of_parent(family.parent_id) == []  # not saved as such

    # Reopened from the draft (as the main window does after unlocking): all of it is back.
    panel.show_editor(
        ReferralEditor(
            tasks,
            family.workspace,
            draft.record,
            _context(family, draft.record),
            panel,
            restored=True,
        )
    )
    restored = panel.last_dialog
    assert isinstance(restored, ReferralEditor)
    qtbot.addWidget(restored)
    assert restored.request.toPlainText() == REQUEST
    assert restored.parent_words.toPlainText() == "«Áilu må ha et rom.»"
    assert restored.dirty and restored.record_key == draft.record_key
    # Avbryt asks; "Avbryt" keeps it open, "Forkast" closes and drops the kept draft.
    Messages.answer_next(QMessageBox.StandardButton.Cancel)
    restored.cancel_button.click()
    assert restored.isVisible()
    Messages.answer_next(Discard)
    restored.cancel_button.click()
    settle(qtbot, tasks)
    assert not restored.isVisible()
    assert family.workspace.drafts.all() == []


def _context(family: Family, referral: Referral) -> ReferralContext:
    return load_context(family.workspace, referral)


def test_a_finished_referral_opens_read_only(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    referrals = family.workspace.referrals
    draft = referrals.save_draft(
        Referral(family.parent_id, family.nav.id or 0, REQUEST, categories=(HOUSING,))
    )
    referrals.finish(draft.id or 0)
    panel.refresh()
    settle(qtbot, tasks, until=lambda: panel.model.rowCount() == 1)
    panel.table.selectRow(0)
    panel.open_button.click()
    settle(qtbot, tasks, until=lambda: isinstance(panel.last_dialog, ReferralEditor))
    viewer = panel.last_dialog
    assert isinstance(viewer, ReferralEditor)
    qtbot.addWidget(viewer)
    assert viewer.read_only and viewer.kind == ""  # nothing to keep as a draft
    assert viewer.request.isReadOnly() and viewer.request.toPlainText() == REQUEST
    assert not viewer.save_button.isVisible() and not viewer.finish_button.isVisible()
    assert "«Ferdig» og kan ikke endres" in viewer.banner.text()
    # Only what was shared is listed, in plain (not greyed) text, and it takes no input.
    housing = viewer.categories.boxes[HOUSING]
    assert housing.isVisible() and housing.isEnabled() and housing.isChecked()
    assert housing.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert housing.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not viewer.categories.boxes[HEALTH].isVisible()
    viewer.preview_button.click()  # the stored letter
    settle(qtbot, tasks, until=lambda: viewer.last_preview is not None)
    assert viewer.last_preview is not None and viewer.last_preview.page_labels
    viewer.last_preview.close()
    viewer.cancel_button.click()
    assert not viewer.isVisible()


def test_forhandsvis_saves_and_shows_the_letter(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    editor = _new_editor(qtbot, tasks, panel)
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    editor.request.setPlainText(REQUEST)
    editor.preview_button.click()
    settle(qtbot, tasks, until=lambda: editor.last_preview is not None)
    assert editor.last_preview is not None and len(editor.last_preview.page_labels) >= 1
    (saved,) = family.workspace.referrals.of_parent(family.parent_id)
    assert saved.request == REQUEST and editor.isVisible()
    editor.last_preview.close()


# --- the panel ----------------------------------------------------------------------------


def _in_every_state(family: Family) -> dict[ReferralState, int]:
    referrals = family.workspace.referrals
    ids: dict[ReferralState, int] = {}

    def new() -> int:
        saved = referrals.save_draft(
            Referral(family.parent_id, family.nav.id or 0, REQUEST, categories=(HOUSING,))
        )
        return saved.id or 0

    ids[ReferralState.DRAFT] = new()
    ids[ReferralState.FINISHED] = referrals.finish(new()).id or 0
    for state in (ReferralState.SENT, *ReferralState.__members__.values()):
        if state in ids or state is ReferralState.DRAFT:
            continue
        rid = referrals.finish(new()).id or 0
        referrals.send(rid, SentBy.POST, family.today + timedelta(days=21))
        if state is not ReferralState.SENT:
            referrals.close(rid, state, "")
        ids[state] = rid
    return ids


def test_the_panel_enables_only_the_moves_the_state_allows(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    ids = _in_every_state(family)
    panel.refresh()
    settle(qtbot, tasks, until=lambda: panel.model.rowCount() == len(ReferralState))
    expected = {
        ReferralState.DRAFT: (False, False),
        ReferralState.FINISHED: (True, False),
        ReferralState.SENT: (False, True),
        ReferralState.ANSWERED: (False, False),
        ReferralState.DECLINED: (False, False),
        ReferralState.NO_ANSWER: (False, True),  # a late answer
    }
    for state, (send, answer) in expected.items():
        _row_of(panel, ids[state])
        assert panel.model.row_at(panel.model.row_of(ids[state]) or 0).referral.state is state
        assert (panel.send_button.isEnabled(), panel.answer_button.isEnabled()) == (
            send,
            answer,
        ), state
        assert panel.open_button.isEnabled() and panel.preview_button.isEnabled()
    assert panel.new_button.isEnabled()
    # A late answer offers only what may follow "ingen svar".
    _row_of(panel, ids[ReferralState.NO_ANSWER])
    panel.answer_button.click()
    dialog = panel.last_dialog
    assert isinstance(dialog, AnswerDialog)
    assert dialog.outcomes == [ReferralState.ANSWERED, ReferralState.DECLINED]
    dialog.reject()


def test_register_sent_with_a_reply_date_then_the_answer(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    referrals = family.workspace.referrals
    draft = referrals.save_draft(
        Referral(family.parent_id, family.nav.id or 0, REQUEST, categories=(HOUSING,))
    )
    finished = referrals.finish(draft.id or 0)
    changes: list[bool] = []
    panel.changed.connect(lambda: changes.append(True))
    panel.refresh()
    settle(qtbot, tasks, until=lambda: panel.model.rowCount() == 1)
    _row_of(panel, finished.id or 0)
    panel.send_button.click()
    dialog = panel.last_dialog
    assert isinstance(dialog, SendDialog)
    qtbot.addWidget(dialog)
    today = family.today
    assert dialog.reply_expected_by.value() == today + timedelta(days=21)  # three weeks
    dialog.sent_on.setDate(to_qdate(today + timedelta(days=1)))  # tomorrow: refused
    dialog.submit()
    assert dialog.form.error_text("sent_on") == "Sendedatoen kan ikke være fram i tid."
    dialog.sent_on.setDate(to_qdate(today))
    assert dialog.reply_expected_by.value() == today + timedelta(days=21)  # followed the date
    dialog.sent_by.setCurrentIndex(dialog.sent_by.findData(SentBy.DIGITAL))
    dialog.reply_expected_by.editor.setDate(to_qdate(today + timedelta(days=14)))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not dialog.isVisible())
    (sent,) = referrals.of_parent(family.parent_id)
    assert (sent.state, sent.sent_by, sent.sent_on) == (ReferralState.SENT, SentBy.DIGITAL, today)
    assert sent.reply_expected_by == today + timedelta(days=14)
    waiting = [
        d for d in family.workspace.register.deadlines() if d.kind is DeadlineKind.REFERRAL_REPLY
    ]
    assert [(d.due, d.ref) for d in waiting] == [(today + timedelta(days=14), sent.id)]
    settle(qtbot, tasks, until=lambda: panel.model.row_at(0).referral.state is ReferralState.SENT)
    assert changes
    assert panel.model.data(panel.model.index(0, 4)) == f"{today + timedelta(days=14):%d.%m.%Y}"
    assert not panel.send_button.isEnabled() and panel.answer_button.isEnabled()

    panel.answer_button.click()
    answer = panel.last_dialog
    assert isinstance(answer, AnswerDialog)
    qtbot.addWidget(answer)
    assert answer.outcomes == [
        ReferralState.ANSWERED,
        ReferralState.DECLINED,
        ReferralState.NO_ANSWER,
    ]
    answer.choose(ReferralState.DECLINED)
    answer.note.setPlainText("NAV mener Máret ikke har krav på bostøtte nå; ny søknad i mars.")
    answer.submit()
    settle(qtbot, tasks, until=lambda: not answer.isVisible())
    (closed,) = referrals.of_parent(family.parent_id)
    assert closed.state is ReferralState.DECLINED
    assert closed.outcome_note.startswith("NAV mener Máret")
    assert not [
        d for d in family.workspace.register.deadlines() if d.kind is DeadlineKind.REFERRAL_REPLY
    ]
    settle(
        qtbot, tasks, until=lambda: panel.model.row_at(0).referral.state is ReferralState.DECLINED
    )
    assert not panel.send_button.isEnabled() and not panel.answer_button.isEnabled()


def test_an_overdue_reply_is_flagged_in_words(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    # Finished and sent four days ago (a service whose today was then), answer due 3 days ago.
    sent_on = family.today - timedelta(days=4)
    referrals = ReferralService(family.workspace.register.unit_of_work, today=lambda: sent_on)
    draft = referrals.save_draft(
        Referral(family.parent_id, family.nav.id or 0, REQUEST, categories=(HOUSING,))
    )
    rid = referrals.finish(draft.id or 0).id or 0
    referrals.send(rid, SentBy.POST, family.today - timedelta(days=3))
    panel.refresh()
    settle(qtbot, tasks, until=lambda: panel.model.rowCount() == 1)
    assert panel.model.data(panel.model.index(0, 5)) == "Svaret er forsinket (3 dager)"


def test_the_banner_names_drafts_a_withdrawn_consent_blocks(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    referrals = family.workspace.referrals
    draft = referrals.save_draft(
        Referral(family.parent_id, family.nav.id or 0, REQUEST, categories=(HOUSING,))
    )
    panel.refresh()
    settle(qtbot, tasks, until=lambda: panel.model.rowCount() == 1)
    assert not panel.banner.isVisible()
    family.workspace.consents.withdraw(family.consent.id or 0, family.today, "Ringte og trakk det.")
    panel.refresh()
    settle(qtbot, tasks, until=lambda: panel.banner.isVisible())
    text = panel.banner.text()
    assert "Henvisning til NAV Fjellvik" in text
    assert (
        f"Samtykket som dekket «Økonomi og bolig» ble trukket tilbake {family.today:%d.%m.%Y}."
        in text
    )
    assert panel.model.data(panel.model.index(0, 5)) == "Sperret – samtykke mangler"
    # An exception in the draft lifts the block, and the banner goes.
    referrals.save_draft(
        replace(
            draft,
            exceptions=(
                LegalBasisException(HOUSING, "Lov om sosiale tjenester", "Akutt bolignød."),
            ),
        )
    )
    panel.refresh()
    settle(qtbot, tasks, until=lambda: not panel.banner.isVisible())


def test_the_main_windows_lock_keeps_an_open_editor_as_a_draft(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    family: Family,
    window_factory: Callable[..., MainWindow],
) -> None:
    """Wired as the lead will wire it: the panel opens through the window's ``dialogs.open``."""
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    panel = ReferralsPanel(tasks, workspace, open_dialog=window.dialogs.open)
    qtbot.addWidget(panel)
    panel.show_parent(family.parent_id, "Máret Čuđe")
    settle(qtbot, tasks)
    editor = _new_editor(qtbot, tasks, panel)
    assert editor in window.open_dialogs
    editor.service.setCurrentIndex(editor.service.findData(family.nav.id))
    editor.request.setPlainText(REQUEST)  # locked before the autosave timer fires

    window.lock()
    assert window.open_dialogs == [] and not editor.isVisible()
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "your drafts are reopened"
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    (draft,) = workspace.drafts.all()
    assert (draft.kind, draft.record.request) == ("referral", REQUEST)

    panel = ReferralsPanel(tasks, workspace, open_dialog=window.dialogs.open)
    qtbot.addWidget(panel)
    panel.reopen_draft(draft)
    settle(qtbot, tasks, until=lambda: isinstance(panel.last_dialog, ReferralEditor))
    restored = panel.last_dialog
    assert isinstance(restored, ReferralEditor) and restored.dirty
    assert restored.request.toPlainText() == REQUEST
    assert restored.service.currentData() == family.nav.id
    Messages.answer_next(Discard)
    restored.cancel_button.click()  # the person throws it away: the draft goes too
    settle(qtbot, tasks)
    assert workspace.drafts.all() == []
    assert tasks.errors == []  # type: ignore[attr-defined]


# --- nothing moves under the pointer ----------------------------------------------------------


def _box_places(editor: ReferralEditor) -> dict[InformationCategory, QRect]:
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
    before = _box_places(editor)
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)  # the gate answers
    assert _box_places(editor) == before
    for category in (HOUSING, HEALTH):  # allowed, then blocked (a reason and a button show)
        box = editor.categories.boxes[category]
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        qtbot.wait(10)
        assert box.isChecked()
        assert _box_places(editor) == before
        _regate(qtbot, tasks, editor)
        assert _box_places(editor) == before
    assert "ikke samtykke" in editor.status_text(HEALTH)
    assert editor.categories.exception_buttons[HEALTH].isVisibleTo(editor)


def test_a_section_the_consent_does_not_cover_is_closed_with_the_reason_beside_it(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    children = InformationCategory.CHILDREN
    editor = _new_editor(qtbot, tasks, panel)
    assert editor.about_children.isEnabled()  # no recipient yet: nothing to hold against
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    # NAV's consent covers «Personalia» and «Økonomi og bolig», nothing about the children.
    assert not editor.about_children.isEnabled()
    assert editor.closed_reason("about_children").startswith(
        "«Om barna» hører til «Opplysninger om barna»."
    )
    assert not editor.current_situation.isEnabled() and editor.closed_reason("current_situation")
    assert editor.request.isEnabled() and editor.closed_reason("request") == ""
    assert editor.parent_words.isEnabled() and editor.practical_needs.isEnabled()
    assert not editor.include_national_id.isEnabled()  # none in the register
    assert "fødselsnummer" in editor.closed_reason("include_national_id")

    editor.categories.boxes[children].setChecked(True)
    _regate(qtbot, tasks, editor)
    editor.categories.exception_buttons[children].click()
    dialog = editor.last_exception_dialog
    assert dialog is not None
    dialog.legal_basis.setText("barnevernsloven § 13-4")
    dialog.reason.setPlainText("NAV må vite at Áilu er hjemme på samvær.")
    dialog.ok_button.click()
    _regate(qtbot, tasks, editor)
    assert editor.about_children.isEnabled() and editor.closed_reason("about_children") == ""

    editor.request.setPlainText(REQUEST)
    editor.about_children.setPlainText("Áilu er hjemme annenhver helg.")
    editor.your_reference.setText("NAV-77")
    editor.save_button.click()
    settle(qtbot, tasks, until=lambda: editor.saved is not None)
    (stored,) = family.workspace.referrals.of_parent(family.parent_id)
    assert (stored.about_children, stored.your_reference) == (
        "Áilu er hjemme annenhver helg.",
        "NAV-77",
    )


def test_text_in_a_closed_section_is_refused_by_its_field_at_ferdigstill(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel
) -> None:
    draft = family.workspace.referrals.save_draft(
        Referral(family.parent_id, family.nav.id or 0, REQUEST, categories=(HOUSING,),
                 current_situation="Barna bor i fosterhjem. Samvær hver tredje helg.")
    )  # fmt: skip
    panel.open_referral(draft.id or 0)
    settle(qtbot, tasks, until=lambda: isinstance(panel.last_dialog, ReferralEditor))
    editor = panel.last_dialog
    assert isinstance(editor, ReferralEditor)
    qtbot.addWidget(editor)
    _regate(qtbot, tasks, editor)
    # Written before the consent was known: it stays open so the text can be taken out.
    assert editor.current_situation.isEnabled() and editor.closed_reason("current_situation")
    Messages.answer_next(Yes)
    editor.finish_button.click()
    settle(qtbot, tasks, until=lambda: bool(editor.error_text("current_situation")))
    assert "hører til «Situasjonen etter plasseringen»" in editor.error_text("current_situation")
    assert family.workspace.referrals.get(draft.id or 0).state is ReferralState.DRAFT
    editor.current_situation.clear()
    assert not editor.current_situation.isEnabled()  # emptied: now it is shut


@pytest.mark.parametrize("reason", ["", "Fastlegen må kunne ringe fosterhjemmet ved sykdom"])
def test_a_letter_naming_a_hidden_foster_home_is_finished_only_with_a_reason(
    qtbot: QtBot, tasks: TaskManager, family: Family, panel: ReferralsPanel, reason: str
) -> None:
    from bufapp.ui.documents.reveal_dialog import RevealDialog

    register = family.workspace.register
    (placement,) = register.placements_of(family.child_id)
    register.save_placement(
        replace(placement, carer_names="Áile og Niillas Ŋuolla", whereabouts_hidden=True,
                hidden_decided_on=family.today, hidden_basis="Fylkesnemndas vedtak")
    )  # fmt: skip
    editor = _new_editor(qtbot, tasks, panel)
    _choose_recipient(qtbot, tasks, editor, family.nav.id or 0)
    editor.request.setPlainText(REQUEST + " Fosterfar Niillas kan kjøre henne.")
    # The parent may never see it: with a reason, the letter can go only without her copy.
    editor.copy_to_parent.setChecked(not reason)
    editor.finish_button.click()  # checked before "Ferdigstille …?" is asked
    settle(qtbot, tasks, until=lambda: editor.last_reveal_dialog is not None)
    dialog = editor.last_reveal_dialog
    assert isinstance(dialog, RevealDialog) and dialog.isVisible()
    assert "«Hva vi ber om» nevner fosterforeldrenes navn" in dialog.findChildren(QLabel)[0].text()
    assert "fosterforeldrenes navn" in editor.form.error_text("request")  # by the field too
    assert not any("Ferdigstille henvisningen" in m for m in Messages.shown)  # not yet asked
    if not reason:
        dialog.reject()
        settle(qtbot, tasks)
        (draft,) = family.workspace.referrals.of_parent(family.parent_id)
        assert draft.state is ReferralState.DRAFT and editor.isVisible()
        return
    dialog.reason.setPlainText(reason)
    Messages.answer_next(Yes)  # "Ferdigstille henvisningen …?", asked once the reason is given
    dialog.include.click()
    settle(qtbot, tasks, until=lambda: not editor.isVisible())
    (finished,) = family.workspace.referrals.of_parent(family.parent_id)
    assert finished.state is ReferralState.FINISHED
    kept = family.workspace.referrals.documents(finished.id or 0)
    assert {d.disclosure_reason for d in kept if d.kind is DocumentKind.REFERRAL} == {reason}
