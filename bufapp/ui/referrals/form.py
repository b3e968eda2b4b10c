"""The fields of one referral in a dialog, as the editor and the reader both show them.

Left, the main message: the recipient, then what we ask of them and why now; the background
follows under its own heading. Right, *Opplysninger som gis* (the categories with the gate's
answer beside each), the attachments, the copies and the children. Below, the button row.
``collect`` reads the fields back; ``_make_read_only`` turns the dialog into a reader. What the
recipient's consent closes is kept by ``closed_sections``. What
happens when the fields change is the editor's (``referral_editing``, ``referral_editor``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.consent import LegalBasisException
from bufapp.domain.enums import InformationCategory, ReferralState
from bufapp.domain.referral import Referral
from bufapp.errors import ValidationFailed
from bufapp.ui.qt import QT_TR_NOOP, WARNING_STYLE, tr
from bufapp.ui.referrals.categories import CategoryGate
from bufapp.ui.referrals.closed_sections import ClosedSections
from bufapp.ui.referrals.context import ReferralContext
from bufapp.ui.referrals.widgets import (
    AttachmentList,
    ChildChecks,
    CopyList,
    bold_caption,
    day_text,
    freeze,
    heading,
    how_sent,
    recipient_combo,
    text_box,
    wrapping,
)
from bufapp.ui.widgets.field_form import FieldForm
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.record_dialog import RecordDialog
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace


def state_facts(referral: Referral, state: ReferralState) -> str:
    """The banner over a referral that can no longer be changed: its state and what happened."""
    r = referral
    facts = [tr("Henvisningen er «{state}» og kan ikke endres.").format(state=tr(state.label))]
    if r.finished_on:
        facts.append(tr("Ferdigstilt {d}.").format(d=day_text(r.finished_on)))
    if r.sent_on:
        facts.append(tr("Sendt {d}{how}.").format(d=day_text(r.sent_on), how=how_sent(r)))
    if r.reply_expected_by and state is ReferralState.SENT:
        facts.append(tr("Svar ventes innen {d}.").format(d=day_text(r.reply_expected_by)))
    if r.closed_on:
        facts.append(
            tr("«{state}» registrert {d}.").format(state=tr(state.label), d=day_text(r.closed_on))
        )
    if r.outcome_note:
        facts.append(tr("Merknad: {note}").format(note=r.outcome_note))
    return " ".join(facts)


class ReferralForm(RecordDialog[Referral]):
    """One referral's fields, laid out and read back; read-only unless it is a draft in the
    vault (``read_only``). ``restored``: the fields hold a kept draft, not the stored record."""

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        referral: Referral,
        context: ReferralContext,
        parent: QWidget | None,
        restored: bool,
    ) -> None:
        super().__init__(QT_TR_NOOP("Henvisning"), tasks, workspace.referrals.save_draft, parent)
        self._workspace = workspace
        self._referral = referral
        self._context = context
        self._restored = restored
        self._services = {s.id: s for s in context.services if s.id is not None}
        self._exceptions: dict[InformationCategory, LegalBasisException] = {
            e.category: e for e in referral.exceptions
        }
        self.stored_state = context.stored_state or referral.state
        self.read_only = self.stored_state is not ReferralState.DRAFT
        self.setMinimumWidth(900)
        self.closed_sections = ClosedSections()  # what the recipient's consent does not cover
        self._build_message(referral)
        self._build_sharing(referral)
        self._arrange()
        self.parent_line = show_parent(self, context.parent_name) or QLabel()
        self._update_title()

    # --- building ---------------------------------------------------------------------------

    def _build_message(self, referral: Referral) -> None:
        f = wrapping(self.form)
        self.service = recipient_combo(self._services.values(), referral.service_id)
        f.add_row("service_id", QT_TR_NOOP("&Mottaker"), self.service)
        bold_caption(f, self.service)
        self.your_reference = QLineEdit(referral.your_reference)
        self.your_reference.setPlaceholderText(tr("Mottakerens saksnummer, hvis de har gitt et"))
        f.add_row("your_reference", QT_TR_NOOP("Deres re&f."), self.your_reference)
        self.request = text_box(referral.request, 140)
        self.request.setPlaceholderText(
            tr("Hva ber vi mottakeren om, og hvorfor akkurat nå? Dette står først i brevet.")
        )
        f.add_row("request", QT_TR_NOOP("&Hva ber vi om, og hvorfor nå?"), self.request)
        bold_caption(f, self.request)
        self.closed_sections.add_note("request", f)
        f.layout_.addRow(heading(QT_TR_NOOP("Bakgrunn")))
        self.current_situation = text_box(referral.current_situation, 70)
        f.add_row("current_situation", QT_TR_NOOP("&Situasjonen nå"), self.current_situation)
        self.closed_sections.add_note("current_situation", f)
        self.about_children = text_box(referral.about_children, 50)
        f.add_row("about_children", QT_TR_NOOP("Om b&arna"), self.about_children)
        self.closed_sections.add_note("about_children", f)
        self.tried_before = text_box(referral.tried_before, 60)
        f.add_row("tried_before", QT_TR_NOOP("Hva som er &prøvd"), self.tried_before)
        self.closed_sections.add_note("tried_before", f)
        self.parent_words = text_box(referral.parent_words, 60)
        self.parent_words.setPlaceholderText(tr("Med forelderens egne ord"))
        f.add_row("parent_words", QT_TR_NOOP("Forelderens &egne ord og ønsker"), self.parent_words)
        self.closed_sections.add_note("parent_words", f)
        self.practical_needs = text_box(referral.practical_needs, 45)
        f.add_row(
            "practical_needs",
            QT_TR_NOOP("Praktiske &behov – tolk, transport, tidspunkter"),
            self.practical_needs,
        )
        self.closed_sections.add_note("practical_needs", f)

    def _build_sharing(self, referral: Referral) -> None:
        self.sharing = s = wrapping(FieldForm())
        self.categories = CategoryGate(referral.categories)
        s.add_row("categories", QT_TR_NOOP("&Opplysninger som gis"), self.categories)
        bold_caption(s, self.categories)
        self.attachments = AttachmentList(referral.attachments)
        s.add_row("attachments", QT_TR_NOOP("Ve&dlegg"), self.attachments)
        self.copy_to = CopyList(self._services.values(), referral.copy_to)
        s.add_row("copy_to", QT_TR_NOOP("&Kopi til andre tjenester"), self.copy_to)
        self.copy_warning = QLabel()
        self.copy_warning.setWordWrap(True)
        self.copy_warning.setObjectName("copyWarning")
        self.copy_warning.setStyleSheet(WARNING_STYLE)
        self.copy_warning.hide()
        s.layout_.addRow(self.copy_warning)
        self.copy_to_parent = QCheckBox(tr("Kopi til forelde&ren"))
        self.copy_to_parent.setChecked(referral.copy_to_parent)
        s.layout_.addRow(self.copy_to_parent)
        self.copy_to_parent.setAccessibleName(tr("Kopi til forelderen"))
        self.include_national_id = QCheckBox(tr("Ta med fødsels&nummeret i «Gjelder»"))
        self.include_national_id.setToolTip(
            tr("Bare når mottakeren trenger det, og samtykket dekker «Personalia».")
        )
        self.include_national_id.setChecked(referral.include_national_id)
        s.add_row("include_national_id", QT_TR_NOOP("Fødselsnummer"), self.include_national_id)
        self.national_id_why = self.closed_sections.add_note("include_national_id", s)
        self.children = ChildChecks(self._context.children, referral.child_ids)
        s.add_row("child_ids", QT_TR_NOOP("&Gjelder barn"), self.children)
        self.copy_to.hide_recipient(self.service.currentData())

    def _arrange(self) -> None:
        """Both forms side by side in one scroll area, the banner above, the buttons below."""
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.addWidget(self.form, 3)
        row.addWidget(self.sharing, 2)
        for column in (self.form, self.sharing):  # widths by stretch only: a gate answer or a
            column.setMinimumWidth(column.minimumSizeHint().width())  # ticked box moves nothing
            policy = column.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            column.setSizePolicy(policy)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # Always there: a bar that came with a longer answer would narrow both columns.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(columns)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.form)
        layout.removeWidget(self.buttons)
        self.buttons.hide()  # the base class's Lagre/Avbryt: replaced by the row below
        self.buttons.deleteLater()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("referralBanner")
        self.banner.setStyleSheet(WARNING_STYLE)
        self.banner.hide()
        layout.insertWidget(0, self.banner)
        layout.insertWidget(1, self.scroll, 1)
        layout.addLayout(self._button_row())
        screen = self.screen().availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(820, screen.height() - 60))
        if self._referral.service_id:
            self.request.setFocus()
        else:
            self.service.setFocus()

    def _button_row(self) -> QHBoxLayout:
        """The draft's state, then the buttons in the order of the work: keep writing, look at
        it, finish; Avbryt last. (The editor connects them.)"""
        self.draft_state = QLabel()
        self.draft_state.setAccessibleName(tr("Utkaststatus"))
        self.save_button = QPushButton(tr("&Lagre utkast"))
        self.save_button.setToolTip(
            tr("Ctrl+S – lagres i henvisningslisten, kan skrives videre på")
        )
        self.preview_button = QPushButton(tr("Forhånds&vis …"))
        self.preview_button.setToolTip(tr("Lagrer utkastet og viser brevet slik det blir"))
        self.finish_button = QPushButton(tr("Ferdigs&till"))
        self.finish_button.setToolTip(
            tr("Brevet låses og arkiveres; etterpå kan henvisningen bare sendes")
        )
        self.cancel_button = QPushButton(tr("Avbryt"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_state, 1)
        for button in (*self._work_buttons(), self.cancel_button):
            button.setAutoDefault(False)
            bottom.addWidget(button)
        return bottom

    def _work_buttons(self) -> tuple[QPushButton, ...]:
        return (self.save_button, self.preview_button, self.finish_button)

    def _text_boxes(self) -> tuple[QPlainTextEdit, ...]:
        return tuple(self._sections().values())

    def _sections(self) -> dict[str, QPlainTextEdit]:
        return {
            "request": self.request,
            "current_situation": self.current_situation,
            "about_children": self.about_children,
            "tried_before": self.tried_before,
            "parent_words": self.parent_words,
            "practical_needs": self.practical_needs,
        }

    def show_closed(self, closed: dict[str, str]) -> None:
        """Close what the recipient's consent does not cover, and say why beside it. A closed
        section that already has text stays open until the text is taken out."""
        self.closed_sections.show(closed)
        self.apply_closed()

    def apply_closed(self) -> None:
        for name, box in self._sections().items():
            box.setEnabled(self.closed_sections.allows(name, bool(box.toPlainText().strip())))
        ticked = self.include_national_id.isChecked()
        self.include_national_id.setEnabled(
            self.closed_sections.allows("include_national_id", ticked)
        )

    def closed_reason(self, field: str) -> str:
        """Why a section is closed now ("" when open; tests and the lead's checks)."""
        return self.closed_sections.reason(field)

    def _update_title(self) -> None:
        service = self._services.get(self.service.currentData())
        what = (
            tr("Henvisning til {service}").format(service=service.name)
            if service
            else tr("Ny henvisning")
        )
        self.setWindowTitle(what if service is None else tr("Henvisning"))
        self.parent_line.setText(
            tr("Forelder: {name} – {what}").format(name=self._context.parent_name, what=what)
        )

    def _make_read_only(self) -> None:
        """Readable as it was finished: only what was shared, copied and attached is listed,
        in normal (not greyed) text; nothing takes input."""
        self.banner.setText(
            tr(
                "Henvisningen ble ferdigstilt etter at dette utkastet ble tatt vare på, og "
                "kan ikke endres lenger. Teksten under er det ulagrede utkastet: kopier det "
                "du trenger før du lukker."
            )
            if self._restored
            else state_facts(self._referral, self.stored_state)
        )
        self.banner.show()
        for box in self._text_boxes():
            box.setReadOnly(True)
        self.your_reference.setReadOnly(True)
        freeze(self.service)
        freeze(self.copy_to_parent)
        freeze(self.include_national_id)
        self.categories.set_read_only()
        for category, exception in self._exceptions.items():
            self.categories.show_exception(category, exception)
        self.children.set_read_only()
        self.copy_to.set_read_only(copied=bool(self._referral.copy_to))
        self.attachments.set_read_only()
        self.save_button.hide()
        self.finish_button.hide()
        self.preview_button.setEnabled(self._referral.id is not None)
        self.cancel_button.setText(tr("Lukk"))
        self.request.setFocus()

    # --- the record -------------------------------------------------------------------------

    def collect(self) -> Referral:
        chosen = self.categories.chosen()
        recipient = self.service.currentData()
        return replace(
            self._referral,
            service_id=recipient or 0,
            request=self.request.toPlainText(),
            categories=chosen,
            current_situation=self.current_situation.toPlainText(),
            about_children=self.about_children.toPlainText(),
            your_reference=self.your_reference.text().strip(),
            include_national_id=self.include_national_id.isChecked(),
            tried_before=self.tried_before.toPlainText(),
            parent_words=self.parent_words.toPlainText(),
            practical_needs=self.practical_needs.toPlainText(),
            attachments=self.attachments.names(),
            copy_to_parent=self.copy_to_parent.isChecked(),
            copy_to=self.copy_to.chosen(recipient),
            exceptions=tuple(self._exceptions[c] for c in chosen if c in self._exceptions),
            child_ids=tuple(self.children.chosen()),
        )

    def _show(self, failure: ValidationFailed) -> None:
        """Each problem under its field, in either form; the categories scrolled into view."""
        unplaced = self.sharing.show_problems(self.form.show_problems(failure.problems))
        self.general_error.setText("\n".join(tr(p.message) for p in unplaced))
        self.general_error.setVisible(bool(unplaced))
        if failure.for_field("categories"):
            self.scroll.ensureWidgetVisible(self.categories)
            self.categories.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        """The problem shown under a field (tests)."""
        form = self.sharing if field in self.sharing._fields else self.form
        return form.error_text(field)
