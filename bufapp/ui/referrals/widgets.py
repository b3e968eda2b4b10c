"""Building blocks of the referral editor and list: colours that read on light and dark themes,
the words for dates and failures, form helpers, and the small widgets (the children to tick,
the attachments, the copy recipients). Each widget also knows how it looks read-only."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.collation import sort_key
from bufapp.domain.consent import EXCEPTION_INCOMPLETE, Blocked, Service
from bufapp.domain.referral import Referral
from bufapp.errors import BufappError
from bufapp.services.clock import OSLO
from bufapp.ui.qt import dark_theme, tr
from bufapp.ui.widgets.choice_checks import ChoiceChecks
from bufapp.ui.widgets.field_form import FieldForm
from bufapp.ui.widgets.record_dialog import line

# --- colours and words ----------------------------------------------------------------------


def status_colour(kind: str) -> str:
    """Text colours that read on light and dark themes; the words always say it too."""
    dark = dark_theme()
    return {
        "allowed": "#81c784" if dark else "#1b5e20",
        "blocked": "#ef9a9a" if dark else "#b3261e",
        "muted": "palette(placeholder-text)",
    }[kind]


def day_text(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def time_now() -> str:
    """The time of day in Norway, for *Lagret kl. …* and *Utkast tatt vare på kl. …*."""
    return f"{datetime.now(OSLO):%H:%M:%S}"


def how_sent(referral: Referral) -> str:
    """How it was sent, in brackets after the date (" (post)"); nothing before it is sent."""
    return f" ({tr(referral.sent_by.label).lower()})" if referral.sent_by else ""


def failure_reason(failure: Exception) -> str:
    """Our own errors say what went wrong; anything else is not shown raw to the person."""
    return str(failure) if isinstance(failure, BufappError) else tr("ukjent feil")


def why_text(blocked: Blocked) -> str:
    """Why the gate blocks a category, in the interface's language (the domain's ``why`` is
    bokmål, filled in)."""
    if not blocked.reason:
        return tr(blocked.why)
    text = tr(blocked.reason).format(category=tr(blocked.category.label), **dict(blocked.blanks))
    return text + " " + tr(EXCEPTION_INCOMPLETE) if blocked.needs_both else text


def service_label(service: Service) -> str:
    return f"{service.name} ({tr(service.type.label)})"


def _by_name(services: Collection[Service]) -> list[Service]:
    return sorted(services, key=lambda s: sort_key(s.name))


# --- form helpers ---------------------------------------------------------------------------


def heading(text: str) -> QLabel:
    label = QLabel(tr(text))
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def text_box(text: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else in the form
    box.setMinimumHeight(height)
    box.setMaximumHeight(int(height * 1.6))  # grows with the window, not without end
    return box


def wrapping(form: FieldForm) -> FieldForm:
    """Labels above their fields: the headings read as headings, the text boxes get the width."""
    form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    return form


def bold_caption(form: FieldForm, widget: QWidget) -> None:
    caption = form.layout_.labelForField(widget.parentWidget())
    if isinstance(caption, QLabel):
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)


def freeze(widget: QWidget) -> None:
    """Read-only without being disabled (grey, hard to read): shown as it is, takes no input."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def fit_to_rows(listing: QListWidget) -> None:
    """Exactly as tall as the rows shown (at least one): a short read-only list, no scrolling."""
    shown = sum(not listing.item(i).isHidden() for i in range(listing.count()))
    listing.setFixedHeight(max(1, shown) * listing.sizeHintForRow(0) + 8)


def recipient_combo(services: Collection[Service], service_id: int) -> QComboBox:
    """*Velg mottaker …*, then the directory by name. A recipient no longer in the directory is
    kept as an item of its own, so saving keeps the recipient."""
    combo = QComboBox()
    combo.addItem(tr("Velg mottaker …"), None)
    for service in _by_name(services):
        combo.addItem(service_label(service), service.id)
    if service_id:
        index = combo.findData(service_id)
        if index < 0:
            combo.addItem(tr("(tjeneste nr. {id})").format(id=service_id), service_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
    if not services and not service_id:
        combo.setItemText(0, tr("Adresseboka er tom – legg inn mottakeren der først"))
    return combo


# --- small widgets --------------------------------------------------------------------------


class ChildChecks(ChoiceChecks[int]):
    """The parent's children as check boxes, two to a row."""

    COLUMNS = 2

    def __init__(self, children: Sequence[tuple[int, str]], chosen: Sequence[int]) -> None:
        super().__init__(children, chosen, self.COLUMNS)
        if not self.boxes:
            self.grid.addWidget(QLabel(tr("Ingen barn er registrert på forelderen.")), 0, 0)

    def set_read_only(self) -> None:
        """Only the chosen children are listed, and nothing takes input."""
        for _child_id, box in self.boxes:
            freeze(box)
            box.setVisible(box.isChecked())
        if self.boxes and not self.chosen():
            self.layout().addWidget(QLabel(tr("Ingen barn er valgt.")))


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
        self.list.addItems(list(names))
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
        fit_to_rows(self.list)


class CopyList(QListWidget):
    """The other services that get a copy of the letter: a check box each, by name."""

    def __init__(self, services: Collection[Service], chosen: Sequence[int]) -> None:
        super().__init__()
        self.setMaximumHeight(150)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A long name wraps onto a second line whole, never cut mid-word.
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        for service in _by_name(services):
            item = QListWidgetItem(service_label(service))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if service.id in chosen else Qt.CheckState.Unchecked
            )
            self.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def chosen(self, recipient: int | None) -> tuple[int, ...]:
        """The ticked services; never the recipient, who gets the letter itself."""
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
            and item.data(Qt.ItemDataRole.UserRole) != recipient
        )

    def hide_recipient(self, recipient: int | None) -> None:
        """The recipient is not also offered as a copy recipient."""
        for item in self._items():
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) == recipient)

    def set_read_only(self, copied: bool) -> None:
        """Only the services that got a copy are listed (*Ingen* when ``copied`` is false)."""
        for item in self._items():
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setHidden(item.checkState() != Qt.CheckState.Checked)
        if not copied:
            self.addItem(tr("Ingen"))
        fit_to_rows(self)
