"""Whose copy of a group's invitation or minutes, from the window on a real vault: the caseworker
sees which members will not get what (their consent does not cover it) before choosing, and the
copy made for a member leaves it out. Minutes that would tell a reader what they may not know
are not made final, and the editor says which item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from bufapp.domain.consent import Consent, Service
from bufapp.domain.entities import Parent
from bufapp.domain.enums import (
    AddressProtection,
    Attendance,
    ConsentForm,
    InformationCategory,
    MeetingStatus,
    MemberRole,
    ServiceType,
)
from bufapp.domain.groups import GroupMember, ResponsibilityGroup
from bufapp.services.clock import OSLO, now_utc, today_oslo
from bufapp.services.workspace import workspace_for
from bufapp.settings import Settings
from bufapp.storage.vault import Vault
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.groups.meeting_copy_dialog import OFFICE, MeetingCopyDialog
from bufapp.ui.groups.meeting_minutes_editor import MinutesEditor
from bufapp.ui.groups.meeting_records import load_minutes
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.tasks import TaskManager
from tests.documents.pdf_checks import flat
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _open_window

OWN_POINT = "Jul med Áilu"


def _shown(window: MainWindow, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in window.findChildren(kind) if w.isVisible()]


def test_the_caseworker_sees_what_a_member_will_not_get_and_their_copy_leaves_it_out(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    today = workspace.register.today()
    gp = workspace.directory.save(Service("Fjellvik legekontor", ServiceType.GP))
    workspace.consents.save(
        Consent(parent_id, "Ansvarsgruppe", (InformationCategory.PERSONAL_DETAILS,),
                today - timedelta(days=3), ConsentForm.WRITTEN, service_id=gp.id)
    )  # fmt: skip
    group = workspace.groups.save_group(
        ResponsibilityGroup(
            parent_id, "Bolig og samvær", today,
            (GroupMember("p", "Máret Čuđe", MemberRole.PARENT),
             GroupMember("lege", "Per Åsen", MemberRole.SERVICE, "fastlege", gp.id)),
        )
    )  # fmt: skip
    ahead = datetime.now(OSLO) + timedelta(days=10)
    meeting = workspace.groups.plan_meeting(group.id or 0, ahead, "Rådhuset", (OWN_POINT,))

    window.groups.meeting_action("invitation", meeting.id or 0)
    settle(qtbot, tasks, until=lambda: bool(_shown(window, MeetingCopyDialog)))
    (dialog,) = _shown(window, MeetingCopyDialog)
    assert "Per Åsen får det uten" in dialog.everyone.text()
    assert "forelderens saker" in dialog.everyone.text()
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("lege"))
    assert "forelderens saker" in dialog.copy_note.text()
    assert "ikke samtykket" in dialog.copy_note.text()  # what is missing, and why
    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(_shown(window, PdfPreviewDialog)))
    (preview,) = _shown(window, PdfPreviewDialog)
    text = flat(preview._pdf)
    assert "Per Åsen" in text and OWN_POINT not in text
    preview.reject()

    window.groups.meeting_action("minutes-pdf", meeting.id or 0)
    settle(qtbot, tasks, until=lambda: bool(_shown(window, MeetingCopyDialog)))
    (dialog,) = _shown(window, MeetingCopyDialog)
    assert dialog.recipient.itemData(0) == OFFICE
    assert dialog.recipient.findData("lege") == -1  # no consent for the minutes: not offered
    assert "Per Åsen får det ikke" in dialog.everyone.text()
    dialog.reject()


def test_minutes_naming_a_confidential_address_are_not_made_final_and_say_where(
    qtbot: QtBot, tasks: TaskManager, vault: Vault
) -> None:
    workspace = workspace_for(vault, Settings())
    street = "Čuđejohka 12"
    parent = workspace.register.save_parent(
        Parent("Máret", "Čuđe", address_line=street,
               address_protection=AddressProtection.CONFIDENTIAL)
    )  # fmt: skip
    group = workspace.groups.save_group(
        ResponsibilityGroup(parent.id or 0, "Bolig", today_oslo() - timedelta(days=9),
                            (GroupMember("mor", "Máret Čuđe", MemberRole.PARENT),))
    )  # fmt: skip
    meeting = workspace.groups.plan_meeting(
        group.id or 0, now_utc() - timedelta(hours=2), "Rådhuset", ("Bolig",)
    )
    editor = MinutesEditor(
        tasks, workspace.groups, load_minutes(workspace.groups, meeting.id or 0),
        workspace.drafts.save,
    )  # fmt: skip
    qtbot.addWidget(editor, before_close_func=lambda d: d.done(0))
    for _key, combo in editor.attendance.combos:
        combo.setCurrentIndex(combo.findData(Attendance.PRESENT))
    editor.items.blocks[0].summary.setPlainText(f"Máret har flyttet til {street}.")
    editor.final_button.click()  # type: ignore[union-attr]
    settle(qtbot, tasks)
    said = editor.items_form.error_text("items")
    assert "Referatet, sak 1" in said and "fortrolig adresse" in said and street not in said
    assert workspace.groups.meeting(meeting.id or 0).status is not MeetingStatus.MINUTES_FINAL
