"""Writing a referral (henvisning) to another service, for one parent.

The main message comes first: the recipient, then what we ask of them and why now; the
background follows under its own headings. Below it, *Opplysninger som gis*: the eight
information categories, each with the consent gate's answer beside it, recomputed on the
database worker a moment after the recipient, a category or an exception changes. A category
the gate blocks can only be opened by another legal basis with a written reason
(*Annet rettsgrunnlag…*); that exception is stored with the referral and printed in the letter.

What is typed is kept as an encrypted draft (kind "referral") a moment after each change, so
closing, locking or a crash loses nothing. *Lagre utkast* (Ctrl+S) and *Forhåndsvis…* save the
draft and keep the dialog open; *Ferdigstill* saves, checks the gate, asks, and freezes the
referral (the letter is then stored as PDF/A and the dialog closes).

A referral that is no longer a draft opens read-only in the same dialog: the text can be read
and copied, the letter previewed, nothing changed. (Decision: one place to read a referral,
rather than a second viewer.)

The dialog is built in layers, one concern each: ``referral_form`` (the fields, read back and
read-only), ``referral_editing`` (unsaved work kept as a draft, the live gate of
``referral_gate``, closing) and this module (saving, previewing, finishing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from bufapp.domain.consent import GateDecision
from bufapp.domain.referral import Referral
from bufapp.errors import BufappError, DisclosureBlocked, FieldProblem, ValidationFailed
from bufapp.ui.documents.audit import audit_preview
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.qt import tr
from bufapp.ui.referrals.context import ReferralContext, is_unwritten, load_context, new_referral
from bufapp.ui.referrals.editing import EditableReferralForm
from bufapp.ui.referrals.widgets import time_now, why_text
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace
    from bufapp.ui.documents.reveal_dialog import RevealDialog


def open_referral_editor(
    tasks: TaskManager,
    workspace: Workspace,
    referral: Referral,
    show: Callable[[ReferralEditor], None],
    parent: QWidget | None = None,
    restored: bool = False,
) -> None:
    """Load what the editor needs on the worker, build it, and hand it to ``show`` (the main
    window's ``_open``, so a lock keeps it as a draft). For a new referral pass
    ``Referral(parent_id, 0, "")``: it is filled in by ``new_referral`` once the context is in."""

    def build(context: ReferralContext) -> None:
        record = referral
        if not restored and is_unwritten(referral):
            record = new_referral(referral.parent_id, context)
        show(ReferralEditor(tasks, workspace, record, context, parent, restored=restored))

    tasks.run(lambda: load_context(workspace, referral), build)


def finish_problems(referral: Referral, decision: GateDecision) -> list[FieldProblem]:
    """What stops *Ferdigstill*: no main message, and each category the gate blocks."""
    no_request = [FieldProblem("request", tr("Skriv hva mottakeren blir bedt om, og hvorfor nå."))]
    blocked = [FieldProblem("categories", why_text(b)) for b in decision.blocked]
    return (no_request if not referral.request.strip() else []) + blocked


class ReferralEditor(EditableReferralForm):
    """One referral of one parent. ``saved_referral`` is emitted after every save (a draft
    saved, previewed or finished), with the referral as stored."""

    saved_referral = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        referral: Referral,
        context: ReferralContext,
        parent: QWidget | None = None,
        restored: bool = False,
    ) -> None:
        super().__init__(tasks, workspace, referral, context, parent, restored)
        self.last_preview: PdfPreviewDialog | None = None
        self.last_reveal_dialog: RevealDialog | None = None  # for tests: the reason asked for
        self.save_button.clicked.connect(self.save_draft)
        self.preview_button.clicked.connect(self.preview)
        self.finish_button.clicked.connect(self.finish_referral)
        self.cancel_button.clicked.connect(self.reject)
        if not self.read_only:
            QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_draft)

    def _ready(self) -> Referral | None:
        """The record to save, or None (problems shown) when there is no recipient yet."""
        if self.saving:
            return None
        record = self.collect()
        if not record.service_id:
            self._show(ValidationFailed([FieldProblem("service_id", tr("Velg mottakeren."))]))
            return None
        return record

    def _start(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        handled: Callable[[Exception], bool] | None = None,
    ) -> None:
        """Run ``work`` on the worker; the form stays as it is (typing goes on), the buttons
        wait. A lock waits for it (``saving``). ``handled`` may take a failure first."""
        self._timer.stop()
        self._set_busy(True)

        def ok(result: object) -> None:
            self._set_busy(False)
            done(result)

        def failed(failure: Exception) -> None:
            self._set_busy(False)
            if handled is None or not handled(failure):
                self._failed_quietly(failure)

        self._tasks.run(work, ok, failed)

    def _set_busy(self, busy: bool) -> None:
        self.saving = busy
        for button in self._work_buttons():
            button.setEnabled(not busy)

    def _failed_quietly(self, failure: Exception) -> None:
        if isinstance(failure, ValidationFailed):
            self._show(failure)
            self.refresh_gate()  # the gate may have changed under the form
        elif isinstance(failure, BufappError):
            Messages.error(self, str(failure))
        else:
            raise failure
        if self._dirty:
            self._timer.start()

    def _after_save(self, sent: Referral, saved: Referral) -> None:
        """The draft is stored: keep its id, name the autosave by it, drop the kept drafts."""
        old_key = self.record_key
        self._referral = saved
        self.record_key = self._key_for(saved)
        self.saved = saved
        drafts, kind = self._workspace.drafts, self.kind
        for key in {old_key, self.record_key}:
            self._tasks.run(lambda k=key: drafts.discard(kind, k))
        self.form.clear_problems()
        self.sharing.clear_problems()
        self.general_error.hide()
        # Typing went on while the save ran: that part is still unsaved.
        self._dirty = self.collect() != replace(sent, id=saved.id)
        if self._dirty:
            self._timer.start()
        else:
            self.draft_state.setText(tr("Lagret kl. {time}").format(time=time_now()))
            self.cancel_button.setText(tr("Lukk"))
        self.saved_referral.emit(saved)

    def save_draft(self) -> None:
        """Lagre utkast (Ctrl+S): stored in the referral list; the dialog stays open."""
        record = self._ready()
        if record is None:
            return
        save = self._workspace.referrals.save_draft
        self._start(
            lambda: save(record),
            lambda saved: self._after_save(record, saved),  # type: ignore[arg-type]
        )

    def preview(self) -> None:
        """Save, then show the letter as it would be now (a finished one: as stored)."""
        referrals = self._workspace.referrals
        if self.read_only:
            referral_id = self._referral.id
            if referral_id is None or self.saving:
                return
            self._start(lambda: referrals.letter(referral_id), self._show_preview)
            return
        record = self._ready()
        if record is None:
            return

        def work() -> tuple[Referral, bytes]:
            saved = referrals.save_draft(record)
            return saved, referrals.letter(saved.id or 0)

        def done(result: object) -> None:
            saved, pdf = result  # type: ignore[misc]
            self._after_save(record, saved)
            self._show_preview(pdf)

        self._start(work, done)

    def _show_preview(self, pdf: object) -> None:
        service = self._services.get(self._referral.service_id)
        name = service.name if service else tr("mottaker")
        suggested = tr("Henvisning til {service} {day}.pdf").format(
            service=name, day=f"{self._context.today:%Y-%m-%d}"
        )
        try:
            dialog = PdfPreviewDialog(
                tr("Henvisning til {service} – forhåndsvisning").format(service=name),
                pdf,  # type: ignore[arg-type]
                suggested,
                self,
            )
        except Exception:  # a letter PDFium cannot read: say so, keep the form
            Messages.error(self, tr("Brevet kunne ikke vises. Teksten din er lagret."))
            return
        self.last_preview = audit_preview(
            dialog, self._tasks, self._workspace.audit, self._referral.parent_id,
            dialog.windowTitle(),
        )  # fmt: skip
        dialog.open()

    def finish_referral(self) -> None:
        """Save, check the gate and the main message, ask, then finish (freeze and archive)."""
        record = self._ready()
        if record is None:
            return
        referrals = self._workspace.referrals

        def work() -> tuple[Referral, GateDecision]:
            saved = referrals.save_draft(record)
            return saved, referrals.gate(saved)

        def checked(result: object) -> None:
            saved, decision = result  # type: ignore[misc]
            self._after_save(record, saved)
            problems = finish_problems(saved, decision)
            if problems:
                self._show(ValidationFailed(problems))
                self.refresh_gate()
            else:  # what the letter says is checked before the caseworker is asked
                self._start(
                    lambda: referrals.check_discreet(saved.id or 0),
                    lambda _none: self._confirm_and_finish(saved),
                    lambda failure: self._revealing(failure, saved, ""),
                )

        self._start(work, checked)

    def _confirm_and_finish(self, saved: Referral, reveal_reason: str = "") -> None:
        if self._finish_confirmed(saved):
            self._finish(saved, reveal_reason)

    def _revealing(self, failure: Exception, saved: Referral, reveal_reason: str) -> bool:
        """A letter that would say where a hidden child lives: the fields that do are shown,
        and (once) the caseworker may write why it must, for this letter to the service."""
        if not (isinstance(failure, DisclosureBlocked) and failure.whereabouts):
            return False
        self._show(failure)
        if not reveal_reason:
            self._ask_reveal(failure, saved)
        return True

    def _finish(self, saved: Referral, reveal_reason: str = "") -> None:
        """Finish; a letter that would say where a hidden child lives shows the fields that
        do, and can be finished anyway only with the caseworker's written reason."""
        referrals = self._workspace.referrals
        self._start(
            lambda: referrals.finish(saved.id or 0, reveal_reason=reveal_reason),
            self._finished,
            lambda failure: self._revealing(failure, saved, reveal_reason),
        )

    def _ask_reveal(self, failure: DisclosureBlocked, saved: Referral) -> None:
        from bufapp.ui.documents.reveal_dialog import RevealDialog

        note = (
            tr(
                "Kopi til forelderen kan ikke sendes med dette: fjern krysset for «Kopi til "
                "forelderen» før du ferdigstiller."
            )
            if self.copy_to_parent.isChecked()
            else ""
        )
        dialog = RevealDialog([tr(p.message) for p in failure.problems], self, note)
        self.last_reveal_dialog = dialog
        dialog.accepted.connect(lambda: self._confirm_and_finish(saved, dialog.reason_text()))
        dialog.open()

    def _finish_confirmed(self, saved: Referral) -> bool:
        service = self._services.get(saved.service_id)
        question = tr(
            "Ferdigstille henvisningen til {service}? Brevet lagres i arkivet slik det er nå, "
            "og henvisningen kan ikke endres etterpå – bare sendes."
        ).format(service=service.name if service else tr("mottakeren"))
        return Messages.ask(self, question, Button.Yes | Button.No, Button.No) == Button.Yes

    def _finished(self, finished: object) -> None:
        self.saved = finished  # type: ignore[assignment]
        self._dirty = False
        self.saved_referral.emit(finished)
        self.accept()
