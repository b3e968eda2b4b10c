"""Render every main view and dialog to PNG (offscreen), to look at the program as a person does.

Used by ``bufapp-admin screenshots --out DIR`` and by the tests; later features add their views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from bufapp.domain.contact_log import ContactEntry, FollowUpTask
from bufapp.domain.entities import Office
from bufapp.domain.enums import ContactTopic, EntryStatus
from bufapp.errors import ValidationFailed
from bufapp.languages import SOURCE_LANGUAGE
from bufapp.security import recovery
from bufapp.settings import Settings
from bufapp.ui.contacts.editor import ContactEditor
from bufapp.ui.contacts.editor_information import InformationChecklist
from bufapp.ui.main_window import MainWindow
from bufapp.ui.qt import make_application
from bufapp.ui.register.placement_dialog import PlacementDialog
from bufapp.ui.register.record_dialogs import ChildDialog, ParentDialog
from bufapp.ui.screenshots import kit
from bufapp.ui.screenshots.access import access_shots, write_access_documents
from bufapp.ui.screenshots.archive import archive_shots
from bufapp.ui.screenshots.backup import backup_shots
from bufapp.ui.screenshots.documents import document_shots, write_documents
from bufapp.ui.screenshots.family_conference import conference_shots, write_conference_documents
from bufapp.ui.screenshots.feedback import feedback_shots
from bufapp.ui.screenshots.followup import followup_shots
from bufapp.ui.screenshots.group_offers import group_offer_shots, write_group_offer_documents
from bufapp.ui.screenshots.groups import group_shots, write_group_documents
from bufapp.ui.screenshots.kit import save, settle
from bufapp.ui.screenshots.leftovers import leftovers
from bufapp.ui.screenshots.living import living_shots
from bufapp.ui.screenshots.networks import network_shots, write_network_documents
from bufapp.ui.screenshots.office_report import office_report_shots, write_office_report_document
from bufapp.ui.screenshots.visits import visits_shots
from bufapp.ui.vault.recovery_dialog import RecoveryDialog
from bufapp.ui.vault.settings_dialog import SettingsDialog
from bufapp.ui.vault.setup_wizard import SetupWizard
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.register import ParentDetail
    from bufapp.services.workspace import Workspace


def _contact_log_shots(
    window: MainWindow,
    workspace: Workspace,
    tasks: TaskManager,
    name: Callable[[str], Path],
    shots: list[Path],
) -> None:
    """The busiest parent's timeline, a new and a changed entry, and a folded search."""
    assert window.work is not None
    log = workspace.contact_log
    timelines = {s.id: log.timeline(s.id) for s in workspace.register.parent_summaries()}
    busiest = max(timelines, key=lambda pid: len(timelines[pid]))
    window.work.parents.select_parent(busiest)
    settle(tasks)
    window.show_view(2)
    settle(tasks, 5)
    save(window, name("14-kontaktlogg"), shots)

    detail = workspace.register.parent_detail(busiest)
    fresh = replace(
        log.new_entry(busiest),
        summary="Ringte for å høre hvordan det gikk etter samværet i helgen.",
        topics=(ContactTopic.VISITS,),
    )
    editor = _editor(window, workspace, tasks, fresh, detail)
    editor.task_table.add_task(
        FollowUpTask(
            "Ta ønskene med i neste evaluering av samværsplanen", due=fresh.occurred_at.date()
        )
    )
    save(editor, name("15-ny-kontakt"), shots)
    editor.done(0)
    final = next(
        (log.entry(item.id) for item in timelines[busiest] if item.status is EntryStatus.FINAL),
        None,
    )
    if final is not None:
        editor = _editor(window, workspace, tasks, final, detail)
        try:
            log.save(replace(editor.collect(), summary=final.summary + " Rettet."))
        except ValidationFailed as failure:
            editor._show(failure)
        save(editor, name("16-endre-ferdig-kontakt"), shots)
        editor.done(0)
    window.show_view(3)
    window.work.search.query.setText("maret samvaer")
    window.work.search.run_search()
    settle(tasks, 5)
    save(window, name("17-sok-i-kontaktlogg"), shots)


def _editor(
    window: MainWindow,
    workspace: Workspace,
    tasks: TaskManager,
    entry: ContactEntry,
    detail: ParentDetail,
) -> ContactEditor:
    parents = {detail.parent.id: detail.parent.full_name} | {
        o.id: o.full_name for o in detail.other_parents
    }
    children = {c.child.id: c.child.given_names for c in detail.children}
    followup = workspace.followup
    before = followup.information_of_entry(entry.id) if entry.id else []
    information = InformationChecklist(
        followup.checklist_items(),
        frozenset(g.item for g in before),
        followup.record_information_in_entry,
    )
    return ContactEditor(
        tasks,
        workspace.contact_log.save,
        lambda *_args: None,  # no drafts from screenshots
        entry,
        parents,  # type: ignore[arg-type]
        children,  # type: ignore[arg-type]
        window,
        information=information,
    )


def _report_leftovers(report: Path, language: str) -> None:
    """Lists, per picture, the texts that still look like bokmål (``leftovers``)."""
    report.write_text("", encoding="utf-8")

    def write(widget: QWidget, path: Path) -> None:
        found = leftovers(widget, language)
        if found:
            with report.open("a", encoding="utf-8") as file:
                file.write(f"## {path.name}\n" + "".join(f"{line}\n" for line in found))

    kit.reporter = write


def take_all(
    out: Path,
    workspace: Workspace,
    opener: Callable[[str], Workspace],
    scale_suffix: str = "100",
    language: str = SOURCE_LANGUAGE,
) -> list[Path]:
    make_application(["bufapp-screenshots"], language)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    if language != SOURCE_LANGUAGE:
        _report_leftovers(out / f"leftovers-{language}@{scale_suffix}.txt", language)
    tasks = TaskManager(lambda failure: None)

    def name(stem: str) -> Path:
        return out / f"{stem}@{scale_suffix}.png"

    window = MainWindow(
        tasks,
        opener,
        lambda k, n: workspace,
        Settings(),
        "~/.local/share/bufapp/demo-vault",
        demo=True,
    )
    window.resize(1280, 800)
    window.show()
    window.unlocked(workspace)
    settle(tasks)
    window.show_view(0)
    settle(tasks)
    save(window, name("01-oversikt"), shots)
    window.show_view(1)
    assert window.work is not None
    window.work.parents.table.selectRow(2)
    settle(tasks)
    save(window, name("02-foreldre"), shots)

    register = workspace.register
    summaries = register.parent_summaries()
    detail = register.parent_detail(summaries[2].id)
    new_parent = ParentDialog(tasks, register.save_parent, None, window)
    new_parent.given_names.setText("Máret")
    new_parent.national_id.setText("12345678901")
    new_parent.postal_code.setText("95")
    new_parent.email.setText("maret@")
    try:
        register.save_parent(new_parent.collect())
    except ValidationFailed as failure:
        new_parent._show(failure)
    save(new_parent, name("03-ny-forelder-med-feil"), shots)
    new_parent.close()
    edit_parent = ParentDialog(tasks, register.save_parent, detail.parent, window)
    save(edit_parent, name("04-rediger-forelder"), shots)
    edit_parent.close()
    child = detail.children[0].child if detail.children else None
    child_dialog = ChildDialog(tasks, register.save_child, None, detail.parent.id, window)
    save(child_dialog, name("05-nytt-barn"), shots)
    child_dialog.close()
    if child is not None and detail.children[0].placements:
        placement = detail.children[0].placements[0]
        placement_dialog = PlacementDialog(
            tasks, register.save_placement, child.id or 0, placement, window
        )
        save(placement_dialog, name("06-rediger-plassering"), shots)
        placement_dialog.close()
    settings_dialog = SettingsDialog(
        tasks, workspace, Settings(), register.office() or Office(""), lambda s: None, window,
        caseworker=register.caseworker(),
    )  # fmt: skip
    save(settings_dialog, name("07-innstillinger"), shots)
    settings_dialog.close()

    _contact_log_shots(window, workspace, tasks, name, shots)
    document_shots(window, workspace, tasks, name, shots)
    group_shots(window, workspace, tasks, name, shots)
    network_shots(window, workspace, tasks, name, shots)
    followup_shots(window, workspace, tasks, name, shots)
    visits_shots(window, workspace, tasks, name, shots)
    living_shots(window, workspace, tasks, name, shots)
    feedback_shots(window, workspace, tasks, name, shots)
    conference_shots(window, workspace, tasks, name, shots)
    group_offer_shots(window, workspace, tasks, name, shots)
    office_report_shots(window, workspace, tasks, name, shots)
    access_shots(window, workspace, tasks, name, shots)
    backup_shots(window, workspace, tasks, name, shots)
    if scale_suffix == "100":  # the documents do not depend on the screen's scale
        shots += write_documents(out, workspace)
        shots += write_group_documents(out, workspace)
        shots += write_network_documents(out, workspace)
        shots += write_access_documents(out, workspace)
        shots += write_conference_documents(out, workspace)
        shots += write_group_offer_documents(out, workspace)
        shots += write_office_report_document(out, workspace)
    archive_shots(window, workspace, tasks, name, shots)  # last: it marks documents exported

    window.lock()
    window.unlock_panel.passphrase.setText("feil passord")
    window.unlock_panel.submit()
    settle(tasks)
    save(window, name("08-laast-feil-passord"), shots)
    recovery_dialog = RecoveryDialog(tasks, lambda k, n: workspace, window)
    recovery_dialog.key.setText("ABCD")
    recovery_dialog.submit()
    save(recovery_dialog, name("09-gjenoppretting"), shots)
    recovery_dialog.close()
    window.close()

    example_key = recovery.generate()
    wizard = SetupWizard(
        tasks, out / "ikke-brukt", create=lambda d, o, n, p: (object(), example_key)
    )
    wizard.resize(720, 560)
    wizard.office_page.validatePage()
    save(wizard, name("10-oppsett-kontor-med-feil"), shots)
    wizard.office_page.municipality.setText("Barnevernstjenesten i Fjellvik kommune")
    wizard.office_page.caseworker.setText("Ingrid Løvås Nilsen")
    wizard.next()
    wizard.passphrase_page.fields.first.setText("Sommer på Sørøya 2026")
    wizard.passphrase_page.fields.second.setText("Sommer på Sørøya 2026")
    save(wizard, name("11-oppsett-passord"), shots)
    wizard.next()
    settle(tasks)
    save(wizard, name("12-oppsett-gjenopprettingsnokkel"), shots)
    wizard.next()
    first = wizard.confirm_page.groups[0]
    mistyped = "0000" if example_key.split("-")[first - 1][:4] != "0000" else "1111"
    wizard.confirm_page.inputs[first].setText(mistyped)
    save(wizard, name("13-oppsett-bekreft"), shots)
    wizard.done(0)  # no vault was made: nothing to warn about
    tasks.shutdown()
    return shots
