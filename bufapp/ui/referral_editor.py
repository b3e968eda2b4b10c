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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.collation import sort_key
from bufapp.domain.consent import Consent, GateDecision, LegalBasisException, Service
from bufapp.domain.enums import InformationCategory, ReferralState
from bufapp.domain.referral import Referral
from bufapp.errors import BufappError, FieldProblem, ValidationFailed
from bufapp.services.clock import OSLO
from bufapp.ui.field_form import FieldForm
from bufapp.ui.messages import Button, Messages
from bufapp.ui.pdf_preview import PdfPreviewDialog
from bufapp.ui.qt import pause_timer, tr
from bufapp.ui.record_dialogs import RecordDialog, line
from bufapp.ui.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace

AUTOSAVE_MS = 1500
GATE_MS = 250  # the gate is asked again once the person stops clicking for this long
WARNING_STYLE = "background: palette(alternate-base); border-left: 4px solid #a15c00; padding: 6px;"


def dark_theme() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def _colour(kind: str) -> str:
    """Text colours that read on light and dark themes; the words always say it too."""
    dark = dark_theme()
    return {
        "allowed": "#81c784" if dark else "#1b5e20",
        "blocked": "#ef9a9a" if dark else "#b3261e",
        "muted": "palette(placeholder-text)",
    }[kind]


def _heading(text: str) -> QLabel:
    label = QLabel(tr(text))
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def _text_box(text: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else in the form
    box.setMinimumHeight(height)
    box.setMaximumHeight(int(height * 1.6))  # grows with the window, not without end
    return box


def _wrapping(form: FieldForm) -> FieldForm:
    """Labels above their fields: the headings read as headings, the text boxes get the width."""
    form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    return form


def _bold_caption(form: FieldForm, widget: QWidget) -> None:
    caption = form.layout_.labelForField(widget.parentWidget())
    if isinstance(caption, QLabel):
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)


# --- what the editor needs from the vault ---------------------------------------------------


@dataclass(frozen=True)
class ReferralContext:
    """What the editor shows besides the referral itself, loaded on the database worker."""

    parent_name: str
    services: tuple[Service, ...]
    children: tuple[tuple[int, str], ...]  # (child id, label) of the parent's children
    placed_child_ids: tuple[int, ...]  # children in an ongoing placement (chosen for a new one)
    interpreter_language: str | None
    today: date
    stored_state: ReferralState | None = None  # the referral's state in the vault now


def load_context(workspace: Workspace, referral: Referral) -> ReferralContext:
    """Run on the database worker."""
    detail = workspace.register.parent_detail(referral.parent_id)
    today = workspace.register.today()
    stored = None
    if referral.id is not None:
        stored = next(
            (
                r.state
                for r in workspace.referrals.of_parent(referral.parent_id)
                if r.id == referral.id
            ),
            None,
        )
    children = tuple(
        (
            c.child.id or 0,
            f"{c.child.given_names} ({c.child.case_number})"
            if c.child.case_number
            else c.child.given_names,
        )
        for c in detail.children
    )
    placed = tuple(
        c.child.id or 0
        for c in detail.children
        if any(p.end_date is None or p.end_date >= today for p in c.placements)
    )
    return ReferralContext(
        detail.parent.full_name,
        tuple(workspace.directory.services()),
        children,
        placed,
        detail.parent.interpreter_language,
        today,
        stored,
    )


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
        if not restored and referral == Referral(referral.parent_id, 0, ""):
            record = new_referral(referral.parent_id, context)
        show(ReferralEditor(tasks, workspace, record, context, parent, restored=restored))

    tasks.run(lambda: load_context(workspace, referral), build)


def new_referral(parent_id: int, context: ReferralContext) -> Referral:
    """A blank draft: no recipient chosen yet, the placed children, a copy to the parent, and
    the interpreter need the register already knows."""
    needs = (
        tr("Forelderen trenger tolk ({language}).").format(language=context.interpreter_language)
        if context.interpreter_language
        else ""
    )
    return Referral(parent_id, 0, "", practical_needs=needs, child_ids=context.placed_child_ids)


# --- small widgets --------------------------------------------------------------------------


class _Checks(QWidget):
    """A grid of check boxes for a few choices (the children)."""

    def __init__(self, choices: Sequence[tuple[int, str]], chosen: Sequence[int], columns: int):
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[int, QCheckBox]] = []
        for i, (value, label) in enumerate(choices):
            box = QCheckBox(label)
            box.setChecked(value in chosen)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes.append((value, box))
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])
        else:
            grid.addWidget(QLabel(tr("Ingen barn er registrert på forelderen.")), 0, 0)

    def chosen(self) -> tuple[int, ...]:
        return tuple(value for value, box in self.boxes if box.isChecked())


class AttachmentList(QWidget):
    """The names of the attachments: type a name, Enter (or Legg til); Fjern or Delete."""

    changed = Signal()

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__()
        self.name = line()
        self.name.setPlaceholderText(tr("For eksempel: Husleiekontrakt"))
        self.name.setAccessibleName(tr("Navn på vedlegg"))
        self.add_button = QPushButton(tr("Legg t&il"))
        self.remove_button = QPushButton(tr("Fjer&n"))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Vedlegg"))
        self.list.setMaximumHeight(90)
        for name in names:
            self.list.addItem(name)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.list)
        self.name.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list,
            activated=self.remove_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.setFocusProxy(self.name)
        self._update()

    def add(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self.list.addItem(name)
        self.name.clear()
        self._update()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update()
        self.changed.emit()

    def names(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.list.setVisible(self.list.count() > 0)

    def set_read_only(self) -> None:
        self.name.hide()
        self.add_button.hide()
        self.remove_button.hide()
        if not self.list.count():
            self.list.show()
            self.list.addItem(tr("Ingen vedlegg"))


class CategoryGate(QWidget):
    """The eight categories: a check box each with the gate's short answer beside it, the full
    answer under a chosen one (when it was given, or why it is blocked), and the way to an
    exception (*Annet rettsgrunnlag…*) where the gate blocks a chosen category."""

    toggled = Signal()
    exception_wanted = Signal(object)  # InformationCategory
    exception_removed = Signal(object)  # InformationCategory

    def __init__(self, chosen: Sequence[InformationCategory]) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("gateHint")
        self.hint.hide()
        grid.addWidget(self.hint, 0, 0, 1, 3)
        self.boxes: dict[InformationCategory, QCheckBox] = {}
        self.shorts: dict[InformationCategory, QLabel] = {}
        self.details: dict[InformationCategory, QLabel] = {}
        self.exception_buttons: dict[InformationCategory, QPushButton] = {}
        self.remove_buttons: dict[InformationCategory, QPushButton] = {}
        for i, category in enumerate(InformationCategory):
            box = QCheckBox(category.label)
            box.setChecked(category in chosen)
            box.toggled.connect(lambda _on: self.toggled.emit())
            short = QLabel()
            short.setObjectName(f"gate_{category.value}")
            short.setAccessibleName(tr("Samtykke for {category}").format(category=category.label))
            detail = QLabel()
            detail.setWordWrap(True)
            detail.setContentsMargins(24, 0, 0, 4)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            detail.setAccessibleName(
                tr("Begrunnelse for {category}").format(category=category.label)
            )
            detail.hide()
            other = QPushButton(tr("Annet rettsgrunnlag…"))
            other.setAccessibleName(
                tr("Annet rettsgrunnlag for {category}").format(category=category.label)
            )
            other.clicked.connect(lambda _c=False, c=category: self.exception_wanted.emit(c))
            remove = QPushButton(tr("Fjern unntak"))
            remove.setAccessibleName(
                tr("Fjern unntaket for {category}").format(category=category.label)
            )
            remove.clicked.connect(lambda _c=False, c=category: self.exception_removed.emit(c))
            other.hide()
            remove.hide()
            buttons = QHBoxLayout()
            buttons.setSpacing(4)
            buttons.addWidget(other)
            buttons.addWidget(remove)
            grid.addWidget(box, 1 + 2 * i, 0)
            grid.addWidget(short, 1 + 2 * i, 1)
            grid.addLayout(buttons, 1 + 2 * i, 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(detail, 2 + 2 * i, 0, 1, 3)
            self.boxes[category] = box
            self.shorts[category] = short
            self.details[category] = detail
            self.exception_buttons[category] = other
            self.remove_buttons[category] = remove
        self.setFocusProxy(self.boxes[InformationCategory.PERSONAL_DETAILS])

    def chosen(self) -> tuple[InformationCategory, ...]:
        return tuple(c for c, box in self.boxes.items() if box.isChecked())

    def set_status(self, category: InformationCategory, short: str, detail: str, kind: str) -> None:
        """``short`` beside the box; ``detail`` under it (empty: hidden). The words carry the
        meaning (✓/✗ and text); ``kind`` only colours it."""
        colour = f"color: {_colour(kind)};"
        self.shorts[category].setText(short)
        self.shorts[category].setStyleSheet(colour if short else "")
        label = self.details[category]
        label.setText(detail)
        label.setStyleSheet(colour if detail else "")
        label.setVisible(bool(detail))
        self.boxes[category].setAccessibleDescription(" ".join(filter(None, (short, detail))))

    def status(self, category: InformationCategory) -> str:
        return " ".join(filter(None, (self.shorts[category].text(), self.details[category].text())))

    def set_actions(self, category: InformationCategory, offer: bool, removable: bool) -> None:
        self.exception_buttons[category].setVisible(offer)
        self.remove_buttons[category].setVisible(removable)


class LegalBasisDialog(QDialog):
    """Sharing a category without consent: the legal basis and the written reason, both
    required. Nothing is stored here; the editor keeps the exception with the referral."""

    def __init__(
        self,
        category: InformationCategory,
        recipient: str,
        existing: LegalBasisException | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.category = category
        self.setWindowTitle(tr("Annet rettsgrunnlag – {category}").format(category=category.label))
        self.setMinimumWidth(560)
        intro = QLabel(
            tr(
                "Uten samtykke kan «{category}» bare gis til {recipient} når en lov gir adgang "
                "til det. Skriv hjemmelen og hvorfor opplysningen må gis nå. Begrunnelsen lagres "
                "med henvisningen og står i brevet."
            ).format(category=category.label, recipient=recipient or tr("mottakeren"))
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.legal_basis = self.form.add_row(
            "legal_basis", "&Hjemmel", line(existing.legal_basis if existing else "")
        )
        self.legal_basis.setPlaceholderText(tr("Lov og paragraf som gir adgang"))
        self.reason = _text_box(existing.reason if existing else "", 90)
        self.reason.setPlaceholderText(tr("Hvorfor må opplysningen gis uten samtykke?"))
        self.form.add_row("reason", "&Begrunnelse", self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Br&uk unntaket"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.legal_basis.setFocus()

    def problems(self) -> list[FieldProblem]:
        problems = []
        if not self.legal_basis.text().strip():
            problems.append(FieldProblem("legal_basis", tr("Skriv hjemmelen (lov og paragraf).")))
        if not self.reason.toPlainText().strip():
            problems.append(
                FieldProblem("reason", tr("Skriv hvorfor opplysningen må gis uten samtykke."))
            )
        return problems

    def submit(self) -> None:
        problems = self.problems()
        if problems:
            self.form.show_problems(problems)
            return
        self.accept()

    def exception(self) -> LegalBasisException:
        return LegalBasisException(
            self.category, self.legal_basis.text().strip(), self.reason.toPlainText().strip()
        )


# --- the editor -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _GateAnswer:
    decision: GateDecision
    consents: dict[int, Consent]
    copies: tuple[tuple[int, GateDecision], ...]


class ReferralEditor(RecordDialog[Referral]):
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
        super().__init__("Henvisning", tasks, workspace.referrals.save_draft, parent)
        self._workspace = workspace
        self._referral = referral
        self._context = context
        self._restored = restored
        self._dirty = restored  # a reopened draft is unsaved work: Avbryt asks first
        self._services = {s.id: s for s in context.services if s.id is not None}
        self._exceptions: dict[InformationCategory, LegalBasisException] = {
            e.category: e for e in referral.exceptions
        }
        self._gate_round = 0
        self.gate_answer: _GateAnswer | None = None
        self.last_exception_dialog: LegalBasisDialog | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self.closed_by_program = False  # True: closed by a lock, the draft must be kept
        stored_state = context.stored_state or referral.state
        self.read_only = stored_state is not ReferralState.DRAFT
        self.kind = "referral" if (not self.read_only or restored) else ""
        self.autosaves = True
        self.record_key = self._key_for(referral)
        self.setMinimumWidth(900)
        self._build_message(referral)
        self._build_sharing(referral)
        self._arrange(stored_state)
        self._timer = pause_timer(self, AUTOSAVE_MS, self.autosave_now)
        self._gate_timer = pause_timer(self, GATE_MS, self.refresh_gate)
        self._update_title()
        if self.read_only:
            self._make_read_only(stored_state)
        else:
            self._watch_changes()
            QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_draft)
            self._show_exceptions()
            self.refresh_gate()

    @staticmethod
    def _key_for(referral: Referral) -> str:
        return str(referral.id) if referral.id else f"new:{referral.parent_id}"

    # --- building ---------------------------------------------------------------------------

    def _build_message(self, referral: Referral) -> None:
        f = _wrapping(self.form)
        self.service = QComboBox()
        self.service.addItem(tr("Velg mottaker …"), None)
        for service in sorted(self._services.values(), key=lambda s: sort_key(s.name)):
            self.service.addItem(f"{service.name} ({service.type.label})", service.id)
        if referral.service_id:
            index = self.service.findData(referral.service_id)
            if index < 0:  # no longer in the directory: keep it, so saving keeps the recipient
                self.service.addItem(
                    tr("(tjeneste nr. {id})").format(id=referral.service_id), referral.service_id
                )
                index = self.service.count() - 1
            self.service.setCurrentIndex(index)
        if not self._services and not referral.service_id:
            self.service.setItemText(0, tr("Adresseboka er tom – legg inn mottakeren der først"))
        f.add_row("service_id", "&Mottaker", self.service)
        _bold_caption(f, self.service)
        self.request = _text_box(referral.request, 140)
        self.request.setPlaceholderText(
            tr("Hva ber vi mottakeren om, og hvorfor akkurat nå? Dette står først i brevet.")
        )
        f.add_row("request", "&Hva ber vi om, og hvorfor nå?", self.request)
        _bold_caption(f, self.request)
        f.layout_.addRow(_heading("Bakgrunn"))
        self.current_situation = _text_box(referral.current_situation, 70)
        f.add_row("current_situation", "&Situasjonen nå", self.current_situation)
        self.tried_before = _text_box(referral.tried_before, 60)
        f.add_row("tried_before", "Hva som er &prøvd", self.tried_before)
        self.parent_words = _text_box(referral.parent_words, 60)
        self.parent_words.setPlaceholderText(tr("Med forelderens egne ord"))
        f.add_row("parent_words", "Forelderens &egne ord og ønsker", self.parent_words)
        self.practical_needs = _text_box(referral.practical_needs, 45)
        f.add_row(
            "practical_needs",
            "Praktiske &behov – tolk, transport, tidspunkter",
            self.practical_needs,
        )

    def _build_sharing(self, referral: Referral) -> None:
        self.sharing = _wrapping(FieldForm())
        s = self.sharing
        self.categories = CategoryGate(referral.categories)
        s.add_row("categories", "&Opplysninger som gis", self.categories)
        _bold_caption(s, self.categories)
        self.attachments = AttachmentList(referral.attachments)
        s.add_row("attachments", "Ve&dlegg", self.attachments)
        self.copy_to = QListWidget()
        self.copy_to.setMaximumHeight(150)
        self.copy_to.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.copy_to.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for service in sorted(self._services.values(), key=lambda x: sort_key(x.name)):
            item = QListWidgetItem(f"{service.name} ({service.type.label})")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if service.id in referral.copy_to else Qt.CheckState.Unchecked
            )
            self.copy_to.addItem(item)
        s.add_row("copy_to", "&Kopi til andre tjenester", self.copy_to)
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
        self.children = _Checks(self._context.children, referral.child_ids, 2)
        s.add_row("child_ids", "&Gjelder barn", self.children)
        self._hide_recipient_in_copies()

    def _arrange(self, state: ReferralState) -> None:
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.addWidget(self.form, 3)
        row.addWidget(self.sharing, 2)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
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
        self.save_button.clicked.connect(self.save_draft)
        self.preview_button.clicked.connect(self.preview)
        self.finish_button.clicked.connect(self.finish_referral)
        self.cancel_button.clicked.connect(self.reject)
        # In the order of the work: keep writing, look at it, finish; Avbryt last.
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_state, 1)
        for button in (
            self.save_button,
            self.preview_button,
            self.finish_button,
            self.cancel_button,
        ):
            button.setAutoDefault(False)
            bottom.addWidget(button)
        layout.addLayout(bottom)
        screen = self.screen().availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(820, screen.height() - 60))
        if self._referral.service_id:
            self.request.setFocus()
        else:
            self.service.setFocus()

    def _watch_changes(self) -> None:
        for box in (
            self.request,
            self.current_situation,
            self.tried_before,
            self.parent_words,
            self.practical_needs,
        ):
            box.textChanged.connect(self._changed)
        self.service.currentIndexChanged.connect(self._recipient_changed)
        self.categories.toggled.connect(self._sharing_changed)
        self.categories.exception_wanted.connect(self.ask_exception)
        self.categories.exception_removed.connect(self.remove_exception)
        self.copy_to.itemChanged.connect(lambda _item: self._sharing_changed())
        self.attachments.changed.connect(self._changed)
        self.copy_to_parent.toggled.connect(self._changed)
        for _value, check in self.children.boxes:
            check.toggled.connect(self._changed)

    def _update_title(self) -> None:
        service = self._services.get(self.service.currentData())
        what = (
            tr("Henvisning til {service}").format(service=service.name)
            if service
            else tr("Ny henvisning")
        )
        self.setWindowTitle(f"{what} – {self._context.parent_name}")

    def _make_read_only(self, state: ReferralState) -> None:
        """Readable as it was finished: only what was shared, copied and attached is listed,
        in normal (not greyed) text; nothing takes input."""
        r = self._referral
        facts = [tr("Henvisningen er «{state}» og kan ikke endres.").format(state=state.label)]
        if r.finished_on:
            facts.append(tr("Ferdigstilt {d}.").format(d=f"{r.finished_on:%d.%m.%Y}"))
        if r.sent_on:
            how = f" ({r.sent_by.label.lower()})" if r.sent_by else ""
            facts.append(tr("Sendt {d}{how}.").format(d=f"{r.sent_on:%d.%m.%Y}", how=how))
        if r.reply_expected_by and state is ReferralState.SENT:
            facts.append(tr("Svar ventes innen {d}.").format(d=f"{r.reply_expected_by:%d.%m.%Y}"))
        if r.closed_on:
            facts.append(
                tr("«{state}» registrert {d}.").format(
                    state=state.label, d=f"{r.closed_on:%d.%m.%Y}"
                )
            )
        if r.outcome_note:
            facts.append(tr("Merknad: {note}").format(note=r.outcome_note))
        self.banner.setText(" ".join(facts))
        if self._restored:
            self.banner.setText(
                tr(
                    "Henvisningen ble ferdigstilt etter at dette utkastet ble tatt vare på, og "
                    "kan ikke endres lenger. Teksten under er det ulagrede utkastet: kopier det "
                    "du trenger før du lukker."
                )
            )
        self.banner.show()
        for box in (
            self.request,
            self.current_situation,
            self.tried_before,
            self.parent_words,
            self.practical_needs,
        ):
            box.setReadOnly(True)
        checks = [self.service, *self.categories.boxes.values(), self.copy_to_parent]
        checks += [check for _value, check in self.children.boxes]
        for check in checks:
            # Not disabled (grey, hard to read): shown as it is, but takes no input.
            check.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for category, box in self.categories.boxes.items():
            box.setVisible(box.isChecked())
            self.categories.shorts[category].setVisible(box.isChecked())
        if not self.categories.chosen():
            self.categories.hint.setText(tr("Ingen opplysninger ble gitt."))
            self.categories.hint.show()
        for _value, check in self.children.boxes:
            check.setVisible(check.isChecked())
        if self.children.boxes and not self.children.chosen():
            self.children.layout().addWidget(QLabel(tr("Ingen barn er valgt.")))
        for i in range(self.copy_to.count()):
            item = self.copy_to.item(i)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setHidden(item.checkState() != Qt.CheckState.Checked)
        if not r.copy_to:
            self.copy_to.addItem(tr("Ingen"))
        self.attachments.set_read_only()
        for listing in (self.copy_to, self.attachments.list):
            shown = sum(not listing.item(i).isHidden() for i in range(listing.count()))
            listing.setFixedHeight(max(1, shown) * listing.sizeHintForRow(0) + 8)
        for category in InformationCategory:
            exception = self._exceptions.get(category)
            if exception is not None:
                self.categories.set_status(
                    category,
                    tr("✓ annet rettsgrunnlag"),
                    self._exception_text(exception),
                    "allowed",
                )
        self.save_button.hide()
        self.finish_button.hide()
        self.preview_button.setEnabled(r.id is not None)
        self.cancel_button.setText(tr("Lukk"))
        self.request.setFocus()

    # --- the record -------------------------------------------------------------------------

    def collect(self) -> Referral:
        chosen = self.categories.chosen()
        recipient = self.service.currentData()
        copies = []
        for i in range(self.copy_to.count()):
            item = self.copy_to.item(i)
            service_id = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked and service_id != recipient:
                copies.append(service_id)
        return replace(
            self._referral,
            service_id=recipient or 0,
            request=self.request.toPlainText(),
            categories=chosen,
            current_situation=self.current_situation.toPlainText(),
            tried_before=self.tried_before.toPlainText(),
            parent_words=self.parent_words.toPlainText(),
            practical_needs=self.practical_needs.toPlainText(),
            attachments=self.attachments.names(),
            copy_to_parent=self.copy_to_parent.isChecked(),
            copy_to=tuple(copies),
            exceptions=tuple(self._exceptions[c] for c in chosen if c in self._exceptions),
            child_ids=self.children.chosen(),
        )

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _changed(self) -> None:
        if self.read_only:
            return
        self._dirty = True
        self.cancel_button.setText(tr("Avbryt"))
        self.draft_state.setText(tr("Endringer ikke lagret ennå …"))
        self._timer.start()

    def _recipient_changed(self) -> None:
        self.gate_answer = None  # the answer was about another recipient
        self._hide_recipient_in_copies()
        self._update_title()
        self.form.clear_problems()
        self._sharing_changed()

    def _sharing_changed(self) -> None:
        self._changed()
        if self.gate_answer is not None:  # every category was asked: answer at once
            self._show_gate(self.gate_answer)
        self._show_exceptions()
        self._gate_timer.start()

    def _hide_recipient_in_copies(self) -> None:
        """The recipient is not also a copy recipient."""
        recipient = self.service.currentData()
        for i in range(self.copy_to.count()):
            item = self.copy_to.item(i)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) == recipient)

    def autosave_now(self) -> None:
        """Keep what is typed as an encrypted draft (not the saved referral until it is saved)."""
        self._timer.stop()
        if self.read_only:
            return
        record = self.collect()
        key = self.record_key
        drafts = self._workspace.drafts

        def kept(_result: object) -> None:
            if self._dirty:
                self.draft_state.setText(
                    tr("Utkast tatt vare på kl. {time}").format(
                        time=f"{datetime.now(OSLO):%H:%M:%S}"
                    )
                )

        def not_kept(failure: Exception) -> None:
            # The text is still in the form; say so plainly and try again on the next change.
            reason = str(failure) if isinstance(failure, BufappError) else tr("ukjent feil")
            self.draft_state.setText(
                tr("Utkastet kunne ikke tas vare på ({reason}). Teksten er fortsatt her.").format(
                    reason=reason
                )
            )

        self._tasks.run(lambda: drafts.save(self.kind, key, record), kept, not_kept)

    # --- the gate ---------------------------------------------------------------------------

    def refresh_gate(self) -> None:
        """Ask the gate on the worker about every category (chosen or not) for the recipient,
        and about the chosen ones for each copy recipient; a late answer to an older question
        is dropped."""
        self._gate_timer.stop()
        if self.read_only:
            return
        referral = self.collect()
        self._gate_round += 1
        round_ = self._gate_round
        if not referral.service_id:
            self.gate_answer = None
            self.categories.hint.setText(
                tr("Velg mottaker for å se hva forelderen har samtykket til å gi videre.")
            )
            self.categories.hint.show()
            for category in InformationCategory:
                self.categories.set_status(category, "", "", "muted")
                self.categories.set_actions(category, False, category in self._exceptions)
            self.copy_warning.hide()
            return
        referrals, consents = self._workspace.referrals, self._workspace.consents
        probe = replace(referral, categories=tuple(InformationCategory))

        def ask() -> _GateAnswer:
            return _GateAnswer(
                referrals.gate(probe),
                {c.id: c for c in consents.of_parent(referral.parent_id) if c.id is not None},
                tuple(
                    (copy_id, referrals.gate(replace(referral, service_id=copy_id)))
                    for copy_id in referral.copy_to
                ),
            )

        def answered(answer: _GateAnswer) -> None:
            if round_ == self._gate_round:
                self._show_gate(answer)

        def failed(failure: Exception) -> None:
            if round_ != self._gate_round:
                return
            reason = str(failure) if isinstance(failure, BufappError) else tr("ukjent feil")
            self.categories.hint.setText(
                tr("Kunne ikke sjekke samtykkene ({reason}).").format(reason=reason)
            )
            self.categories.hint.show()

        self._tasks.run(ask, answered, failed)

    def _show_gate(self, answer: _GateAnswer) -> None:
        self.gate_answer = answer
        chosen = set(self.categories.chosen())
        self.categories.hint.hide()
        allowed = {a.category: a for a in answer.decision.allowed}
        blocked = {b.category: b for b in answer.decision.blocked}
        for category in InformationCategory:
            on = category in chosen
            exception = self._exceptions.get(category) if on else None
            if exception is not None:
                short, kind = tr("✓ annet rettsgrunnlag"), "allowed"
                detail = self._exception_text(exception)
            elif category in allowed and allowed[category].consent_id is not None:
                consent = answer.consents.get(allowed[category].consent_id or 0)
                short, kind = tr("✓ samtykke gitt"), "allowed"
                detail = self._consent_text(consent) if on else ""
            elif category in blocked:
                short, kind = tr("✗ ikke samtykke"), "blocked"
                detail = blocked[category].why if on else ""
                self.categories.shorts[category].setToolTip(blocked[category].why)
            else:
                short, detail, kind = "", "", "muted"
            self.categories.set_status(category, short, detail, kind if on else "muted")
            self.categories.set_actions(
                category,
                offer=on and category in blocked and exception is None,
                removable=exception is not None,
            )
        self._show_copy_warning(answer)
        if not any(c in blocked and c not in self._exceptions for c in chosen):
            self.sharing.clear_problems()  # what stopped Ferdigstill is resolved

    def _consent_text(self, consent: Consent | None) -> str:
        if consent is None:
            return ""
        text = tr("Gitt {given}").format(given=f"{consent.given_on:%d.%m.%Y}")
        if consent.valid_until is not None:
            text += tr(", gjelder til {until}").format(until=f"{consent.valid_until:%d.%m.%Y}")
        if consent.purpose:
            text += f" – {consent.purpose}"
        return text

    @staticmethod
    def _exception_text(exception: LegalBasisException) -> str:
        return tr("Hjemmel: {basis}. Begrunnelse: {reason}").format(
            basis=exception.legal_basis, reason=exception.reason
        )

    def _show_copy_warning(self, answer: _GateAnswer) -> None:
        """Copy recipients get the same letter: say which of them lack a consent (the
        recipient's gate does not cover them)."""
        lines = []
        for copy_id, decision in answer.copies:
            service = self._services.get(copy_id)
            for blocked in decision.blocked:
                lines.append(f"• {service.name if service else copy_id}: {blocked.why}")
        self.copy_warning.setText(
            tr("Kopimottakerne får det samme brevet, men samtykket dekker ikke alt for dem:")
            + "\n"
            + "\n".join(lines)
        )
        self.copy_warning.setVisible(bool(lines))

    def _show_exceptions(self) -> None:
        """Exceptions show at once (before the gate answers), and only for chosen categories."""
        chosen = set(self.categories.chosen())
        for category, exception in self._exceptions.items():
            if category in chosen:
                self.categories.set_status(
                    category,
                    tr("✓ annet rettsgrunnlag"),
                    self._exception_text(exception),
                    "allowed",
                )
                self.categories.set_actions(category, False, True)
            else:
                self.categories.set_actions(category, False, False)

    def status_text(self, category: InformationCategory) -> str:
        """What the editor shows about the category now (tests and the lead's checks)."""
        return self.categories.status(category)

    def ask_exception(self, category: InformationCategory) -> None:
        service = self._services.get(self.service.currentData())
        dialog = LegalBasisDialog(
            category, service.name if service else "", self._exceptions.get(category), self
        )
        self.last_exception_dialog = dialog

        def accepted() -> None:
            self._exceptions[category] = dialog.exception()
            self.categories.boxes[category].setChecked(True)
            self._sharing_changed()

        dialog.accepted.connect(accepted)
        dialog.open()

    def remove_exception(self, category: InformationCategory) -> None:
        answer = Messages.ask(
            self,
            tr(
                "Fjerne unntaket for «{category}»? Hjemmelen og begrunnelsen du skrev blir borte, "
                "og opplysningen kan ikke gis uten samtykke."
            ).format(category=category.label),
            Button.Yes | Button.No,
            Button.No,
        )
        if answer != Button.Yes:
            return
        self._exceptions.pop(category, None)
        self._sharing_changed()

    # --- saving, previewing, finishing ------------------------------------------------------

    def _ready(self) -> Referral | None:
        """The record to save, or None (problems shown) when there is no recipient yet."""
        if self.saving:
            return None
        record = self.collect()
        if not record.service_id:
            self._show(ValidationFailed([FieldProblem("service_id", tr("Velg mottakeren."))]))
            return None
        return record

    def _start(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """Run ``work`` on the worker; the form stays as it is (typing goes on), the buttons
        wait. A lock waits for it (``saving``)."""
        self._timer.stop()
        self.saving = True
        for button in (self.save_button, self.preview_button, self.finish_button):
            button.setEnabled(False)

        def finished() -> None:
            self.saving = False
            for button in (self.save_button, self.preview_button, self.finish_button):
                button.setEnabled(True)

        def ok(result: object) -> None:
            finished()
            done(result)

        def failed(failure: Exception) -> None:
            finished()
            self._failed_quietly(failure)

        self._tasks.run(work, ok, failed)

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
            self.draft_state.setText(
                tr("Lagret kl. {time}").format(time=f"{datetime.now(OSLO):%H:%M:%S}")
            )
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
            self._start(lambda: referrals.letter(referral_id), self._show_preview)  # type: ignore[arg-type]
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
        self.last_preview = dialog
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
            problems = [FieldProblem("categories", b.why) for b in decision.blocked]
            if not saved.request.strip():
                problems.insert(
                    0,
                    FieldProblem(
                        "request", tr("Skriv hva mottakeren blir bedt om, og hvorfor nå.")
                    ),
                )
            if problems:
                self._show(ValidationFailed(problems))
                self.refresh_gate()
                return
            service = self._services.get(saved.service_id)
            question = tr(
                "Ferdigstille henvisningen til {service}? Brevet lagres i arkivet slik det er nå, "
                "og henvisningen kan ikke endres etterpå – bare sendes."
            ).format(service=service.name if service else tr("mottakeren"))
            answer = Messages.ask(self, question, Button.Yes | Button.No, Button.No)
            if answer != Button.Yes:
                return
            self._start(lambda: referrals.finish(saved.id or 0), self._finished)

        self._start(work, checked)

    def _finished(self, finished: object) -> None:
        self.saved = finished  # type: ignore[assignment]
        self._dirty = False
        self.saved_referral.emit(finished)
        self.accept()

    def _show(self, failure: ValidationFailed) -> None:
        unplaced = self.sharing.show_problems(self.form.show_problems(failure.problems))
        self.general_error.setText("\n".join(p.message for p in unplaced))
        self.general_error.setVisible(bool(unplaced))
        if failure.for_field("categories"):
            self.scroll.ensureWidgetVisible(self.categories)
            self.categories.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        """The problem shown under a field (tests)."""
        form = self.sharing if field in self.sharing._fields else self.form
        return form.error_text(field)

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by the program (a lock closing every window): keep what was typed as a
        draft, never ask."""
        if not event.spontaneous():
            self.closed_by_program = True
            if self._dirty and not self.read_only:
                self.autosave_now()  # queued before the lock throws the keys away
            self._dirty = False
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._timer.stop()  # closed (saved, discarded or locked): nothing more to autosave
        self._gate_timer.stop()
        super().done(result)

    def reject(self) -> None:
        """Avbryt: ask before throwing away what was typed since the last save."""
        if self._dirty and not self.read_only:
            answer = Messages.ask(
                self,
                tr("Vil du forkaste endringene i denne henvisningen?"),
                Button.Discard | Button.Cancel,
                Button.Cancel,
            )
            if answer != Button.Discard:
                return
        self._timer.stop()
        super().reject()
