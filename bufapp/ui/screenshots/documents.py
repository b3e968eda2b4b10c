"""Screenshots of the directory, the consent register, the referral editor and list, and the
preview; and every document type written as PDF beside them (``dok-*.pdf``), to look at."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout

from bufapp.domain.enums import PlacementBasis, ReferralState
from bufapp.errors import ValidationFailed
from bufapp.security import recovery
from bufapp.services.clock import today_oslo
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.referrals.consent_dialogs import ConsentDialog
from bufapp.ui.referrals.consent_register import ConsentRegister
from bufapp.ui.referrals.editor import open_referral_editor
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import DIRECTORY_VIEW, REFERRALS_VIEW

if TYPE_CHECKING:
    from bufapp.domain.referral import Referral
    from bufapp.services.workspace import Workspace


def _referrals(workspace: Workspace) -> list[Referral]:
    register, referrals = workspace.register, workspace.referrals
    return [r for s in register.parent_summaries() for r in referrals.of_parent(s.id)]


def document_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    window.show_view(DIRECTORY_VIEW)
    settle(tasks)
    save(window, name("18-adressebok"), shots)

    referrals = _referrals(workspace)
    with_consents = next(r.parent_id for r in referrals if r.state is ReferralState.DRAFT)
    parent = workspace.register.parent(with_consents)
    holder = QDialog(window)
    holder.setWindowTitle("Samtykker")  # as the window's own (document_actions)
    holder.resize(900, 360)
    register = ConsentRegister(tasks, workspace, with_consents, None, parent.full_name, holder)
    QVBoxLayout(holder).addWidget(register)
    show_parent(holder, parent.full_name)
    settle(tasks)
    save(holder, name("19-samtykkeregister"), shots)
    holder.close()

    dialog = ConsentDialog(
        tasks, workspace.consents.save, with_consents, workspace.directory.services(), None,
        today_oslo(), parent.full_name, window,
    )  # fmt: skip
    dialog.purpose.setText("Samarbeid om bolig")
    try:
        workspace.consents.save(dialog.collect())
    except ValidationFailed as failure:
        dialog._show(failure)
    save(dialog, name("20-nytt-samtykke-med-feil"), shots)
    dialog.done(0)

    _referral_shots(window, workspace, tasks, name, shots, referrals)
    finished = next(r for r in referrals if r.state is ReferralState.SENT)
    preview = PdfPreviewDialog(
        "Henvisning", workspace.referrals.letter(finished.id or 0), "henvisning.pdf", window
    )
    save(preview, name("23-forhandsvisning-henvisning"), shots)
    preview.close()


def write_documents(out: Path, workspace: Workspace) -> list[Path]:
    """One PDF of each document type, from the demo vault (finished ones as stored, PDF/A)."""
    referrals = _referrals(workspace)
    finished = next(r for r in referrals if r.state is ReferralState.SENT)
    parent_id = finished.parent_id
    consent = workspace.consents.of_parent(parent_id)[0]
    timeline = workspace.contact_log.timeline(parent_id)
    days = sorted(item.occurred_at.date() for item in timeline)
    documents = {
        "dok-1-henvisning": workspace.referrals.letter(finished.id or 0),
        "dok-2-kopi-til-forelderen": workspace.referrals.letter(finished.id or 0, True),
        "dok-3-samtykkeerklaering": workspace.documents.consent_declaration(consent.id or 0),
        "dok-4-utdrag-kontaktlogg": workspace.documents.contact_extract(
            parent_id, days[max(0, len(days) - 8)] if days else today_oslo(), today_oslo()
        ),
        "dok-5-gjenopprettingsark": workspace.documents.recovery_sheet(
            recovery.generate(), "Barnevernstjenesten i Fjellvik kommune", today_oslo()
        ),
    }
    documents.update(_information_sheets(workspace))
    documents.update(_visit_plan(workspace))
    written = []
    for stem, pdf in documents.items():
        path = out / f"{stem}.pdf"
        path.write_bytes(pdf)
        written.append(path)
    return written


SHEETS = {
    PlacementBasis.VOLUNTARY: "dok-14-informasjonsark-frivillig",
    PlacementBasis.CARE_ORDER: "dok-15-informasjonsark-omsorgsovertakelse",
}


def _information_sheets(workspace: Workspace) -> dict[str, bytes]:
    """The information sheet for a voluntary placement and for a care order, each for a demo
    parent with children on that basis, one with a current assessment where there is one."""
    sheets = workspace.followup_documents
    parents = [s.id for s in workspace.register.parent_summaries()]
    assessed = {p for p in parents if workspace.followup.page(p).current_assessment is not None}
    made: dict[str, bytes] = {}
    for parent_id in sorted(parents, key=lambda p: p not in assessed):
        for basis in sheets.bases(parent_id):
            stem = SHEETS.get(basis)
            if stem is None or stem in made:
                continue
            try:
                made[stem] = sheets.information_sheet(parent_id, basis).pdf
            except ValidationFailed:  # an assessment that names a hidden foster home
                continue
        if len(made) == len(SHEETS):
            break
    return made


VISIT_PLAN = "dok-16-samvaersplan"
ENOUGH_PARTIES = 4  # the parent, the foster home, the supervisor and someone else


def _visit_plan(workspace: Workspace) -> dict[str, bytes]:
    """Every party's copy of a demo visit plan in one PDF, the parent's first: the plan in force
    with the most parties (each copy that may be made; one refused is left out). Nothing while
    the demo has no plan."""
    from bufapp.documents.visits.bundle import bundled

    plans = workspace.visit_documents
    best: tuple[int, list[str]] = (0, [])
    for summary in workspace.register.parent_summaries():
        for child in workspace.visits.page(summary.id).children:
            if child.plan is None or child.plan.id is None:
                continue
            keys = [r.key for r in plans.recipients(child.plan.id)]
            if len(keys) > len(best[1]):
                best = (child.plan.id, keys)
        if len(best[1]) >= ENOUGH_PARTIES:
            break
    plan_id, keys = best
    copies = []
    for key in keys:
        try:
            copies.append(plans.copy(plan_id, key).pdf)
        except ValidationFailed:  # a free text that names what this party may not know
            continue
    return {VISIT_PLAN: bundled(copies)} if copies else {}


def _referral_shots(
    window: MainWindow,
    workspace: Workspace,
    tasks: TaskManager,
    name: Namer,
    shots: list[Path],
    referrals: list[Referral],
) -> None:
    """The parent whose draft a withdrawn consent blocks: the list with its banner, the draft."""
    assert window.work is not None
    blocked = next(
        r
        for r in referrals
        if r.state is ReferralState.DRAFT and not workspace.referrals.gate(r).open
    )
    window.work.parents.select_parent(blocked.parent_id)
    settle(tasks)
    window.show_view(REFERRALS_VIEW)
    settle(tasks, 6)
    save(window, name("21-henvisninger"), shots)
    editors: list[QDialog] = []
    open_referral_editor(tasks, workspace, blocked, editors.append, window)
    settle(tasks, 6)
    for editor in editors:
        editor.resize(1100, 860)
        settle(tasks, 4)
        save(editor, name("22-henvisning-utkast"), shots)
        editor.done(0)
