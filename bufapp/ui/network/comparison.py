"""Two of a parent's maps side by side and what changed between them, in words: who is new and
who is gone, ties that became stronger, weaker or broke, who came closer or moved away, sectors
that filled or emptied. ``print_requested(first, second, pseudonymised)`` asks the main window
for the comparison as a document."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.network import MapListing
from bufapp.domain.network_rules import MapComparison, TieChange
from bufapp.errors import BufappError, ValidationFailed
from bufapp.services.network_maps import NetworkMapService
from bufapp.ui.network.canvas import NetworkCanvas
from bufapp.ui.network.scene import NetworkScene
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.tasks import TaskManager


def _quality(change: TieChange) -> str:
    return f"{change.before.label}: {tr(change.before.quality.label).lower()} → {tr(change.after.quality.label).lower()}"


def _ring(change: TieChange) -> str:
    return tr("{name}: ring {a} → {b}").format(
        name=change.after.label, a=change.before.ring, b=change.after.ring
    )


def change_sections(c: MapComparison) -> list[tuple[str, list[str]]]:
    """(heading, lines) for each kind of change there is, in the order they matter most."""
    later = c.later
    sections = [
        (tr("Nye i nettverket"), [f"{m.label} ({tr(later.sector_name(m.sector))}, {tr(m.quality.label).lower()})" for m in c.new]),
        (tr("Ikke med lenger"), [f"{m.label} ({tr(c.earlier.sector_name(m.sector))})" for m in c.lost]),
        (tr("Sterkere forhold"), [_quality(x) for x in c.stronger]),
        (tr("Svakere forhold"), [_quality(x) for x in c.weaker]),
        (tr("Brutt"), [_quality(x) for x in c.broke]),
        (tr("Nærmere forelderen"), [_ring(x) for x in c.closer]),
        (tr("Lenger unna"), [_ring(x) for x in c.further]),
        (tr("Sektorer som fikk personer"), list(c.filled)),
        (tr("Sektorer som ble tomme"), list(c.emptied)),
    ]  # fmt: skip
    return [(heading, lines) for heading, lines in sections if lines]


def changes_html(c: MapComparison) -> str:
    size = tr("Fra {a} til {b} ({first} → {second}).").format(
        a=len(c.earlier.members), b=tr("%n personer", None, len(c.later.members)),
        first=f"{c.earlier.drawn_on:%d.%m.%Y}", second=f"{c.later.drawn_on:%d.%m.%Y}",
    )  # fmt: skip
    parts = [f"<p>{escape(size)}</p>"]
    sections = change_sections(c)
    for heading, lines in sections:
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        parts.append(f"<h4>{escape(heading)} ({len(lines)})</h4><ul>{items}</ul>")
    if not sections:
        parts.append(
            f"<p>{escape(tr('Ingen endringer i hvem som er med eller hvordan forholdet er.'))}</p>"
        )
    return "".join(parts)


class ComparisonDialog(QDialog):
    print_requested = Signal(int, int, bool)

    def __init__(
        self,
        tasks: TaskManager,
        maps: NetworkMapService,
        listing: Sequence[MapListing],
        parent_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._maps = maps
        self.comparison: MapComparison | None = None
        self.setWindowTitle(tr("Sammenlign nettverkskart"))
        self.earlier_choice, self.later_choice = QComboBox(), QComboBox()
        for combo, name in (
            (self.earlier_choice, QT_TR_NOOP("Tidligere kart")),
            (self.later_choice, QT_TR_NOOP("Senere kart")),
        ):
            combo.setAccessibleName(tr(name))
            for item in listing:
                combo.addItem(
                    tr("{d} ({people})").format(
                        d=f"{item.drawn_on:%d.%m.%Y}",
                        people=tr("%n personer", None, item.member_count),
                    ),
                    item.id,
                )
        # The listing is newest first: the latest map against the one before it.
        self.later_choice.setCurrentIndex(0)
        self.earlier_choice.setCurrentIndex(min(1, len(listing) - 1))
        self.scenes = (NetworkScene(parent=self), NetworkScene(parent=self))
        for scene in self.scenes:
            if parent_name:
                scene.centre_text = parent_name.split()[0]
        self.canvases = tuple(NetworkCanvas(scene) for scene in self.scenes)
        self.captions = (QLabel(), QLabel())
        self.changes = QTextBrowser()
        self.changes.setAccessibleName(tr("Endringer"))
        self.changes.setMinimumHeight(120)
        self.initials = QCheckBox(tr("Pseudonymisert (navn som &initialer)"))
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            tr("&Forhåndsvis/skriv ut …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self._print)
        close = self.buttons.addButton(tr("&Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self._arrange()
        show_parent(self, parent_name)
        for combo in (self.earlier_choice, self.later_choice):
            combo.currentIndexChanged.connect(self.reload)
        self.resize(1300, 860)
        self.reload()

    def _arrange(self) -> None:
        choices = QHBoxLayout()
        for text, combo in (
            (QT_TR_NOOP("&Tidligere kart:"), self.earlier_choice),
            (QT_TR_NOOP("S&enere kart:"), self.later_choice),
        ):
            label = QLabel(tr(text))
            label.setBuddy(combo)
            choices.addWidget(label)
            choices.addWidget(combo)
        choices.addStretch(1)
        drawings = QSplitter(Qt.Orientation.Horizontal)
        for caption, canvas in zip(self.captions, self.canvases, strict=True):
            caption.setObjectName("viewHeading")
            side = QWidget()
            column = QVBoxLayout(side)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(caption)
            column.addWidget(canvas, 1)
            drawings.addWidget(side)
        end = QHBoxLayout()
        end.addWidget(self.initials)
        end.addStretch(1)
        end.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(drawings, 3)
        layout.addWidget(QLabel(tr("Dette er endret:")))
        layout.addWidget(self.changes, 1)
        layout.addLayout(end)

    def chosen(self) -> tuple[int, int]:
        return int(self.earlier_choice.currentData()), int(self.later_choice.currentData())

    def reload(self) -> None:
        first, second = self.chosen()
        self.comparison = None
        self.print_button.setEnabled(False)
        maps = self._maps
        self._tasks.run(lambda: maps.compare(first, second), self._show, self._failed)

    def _show(self, comparison: MapComparison) -> None:
        if {comparison.earlier.id, comparison.later.id} != set(self.chosen()):
            return  # the choice changed while this loaded
        self.comparison = comparison
        for scene, canvas, caption, network in zip(
            self.scenes,
            self.canvases,
            self.captions,
            (comparison.earlier, comparison.later),
            strict=True,
        ):
            caption.setText(tr("Tegnet {d}").format(d=f"{network.drawn_on:%d.%m.%Y}"))
            scene.set_map(network)
            scene.fit(canvas.viewport().size())
        self.changes.setHtml(changes_html(comparison))
        self.print_button.setEnabled(True)

    def _failed(self, failure: Exception) -> None:
        if not isinstance(failure, BufappError):
            raise failure
        text = (
            "\n".join(tr(p.message) for p in failure.problems)
            if isinstance(failure, ValidationFailed)
            else str(failure)
        )
        for scene in self.scenes:
            scene.set_map(None)
        self.changes.setPlainText(text)

    def _print(self) -> None:
        if self.comparison is not None:
            first, second = self.comparison.earlier.id, self.comparison.later.id
            self.print_requested.emit(first or 0, second or 0, self.initials.isChecked())
