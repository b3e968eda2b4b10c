"""Tilbakemelding: the feedback of the parent chosen under Foreldre, read in one go with
``workspace.feedback.page``, in three tabs. ORS: how the parent has it over time, a chart with
the clinical cut-off and the band of no reliable change around the first score, and the same
as a table with each score's verdict. SRS: how each conversation was, with its cut-off; a score
below the line says, in its row, to ask what should be different next time. Enkel
tilbakemelding: the answers to «Var samtalen nyttig for deg?» and the parent's words.

The buttons ask the window (``requested(action, parent_id, record)``): "new-score" (the scale),
"edit-score" (a ``KorScore``), "new-simple" (None), "edit-simple" (a ``SimpleFeedback``);
``FeedbackActions`` opens the dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import KorScale
from bufapp.domain.feedback import tenths_text
from bufapp.services.feedback.service import FeedbackPage, ScoreLine
from bufapp.ui.feedback.models import ScoreModel, SimpleModel, day_text
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.page_parts import button, button_row, fit_columns, notice
from bufapp.ui.widgets.parent_page import ParentPage
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.time_chart import Band, ReferenceLine, Series, TimeChart

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

TICKS = (0.0, 10.0, 20.0, 30.0, 40.0)
Ask = Callable[[str, object], None]
TITLES = (QT_TR_NOOP("&ORS"), QT_TR_NOOP("&SRS"), QT_TR_NOOP("&Enkel tilbakemelding"))


@dataclass(frozen=True)
class Loaded:
    name: str
    page: FeedbackPage


def _value(tenths: int) -> float:
    return tenths / 10


class ScaleTab(QWidget):
    """One scale: its chart above, its table below (newest first), and its buttons."""

    def __init__(self, scale: KorScale, ask: Ask) -> None:
        super().__init__()
        self.scale = scale
        self._ask = ask
        name = "ORS" if scale == KorScale.ORS else "SRS"
        self.chart = TimeChart(tr("{name} over tid").format(name=name), 0.0, 40.0, TICKS)
        self.chart.setMinimumHeight(190)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.model = ScoreModel(("1", "2", "3", "4"), attention_when_below=scale == KorScale.SRS)
        self.table = row_table(self.model, tr("{name}-skårer som tabell").format(name=name))
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.table.activated.connect(lambda _i: self._edit())
        self.new_button = button(tr("&Ny {name}-skår …").format(name=name))
        self.new_button.clicked.connect(lambda: self._ask("new-score", scale))
        self.edit_button = button(QT_TR_NOOP("&Rett valgt skår …"))
        self.edit_button.clicked.connect(self._edit)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        upper = QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chart, 1)
        top.addWidget(self.legend)
        lower = QWidget()
        bottom = QVBoxLayout(lower)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addLayout(button_row(self.new_button, self.edit_button))
        bottom.addWidget(self.empty)
        bottom.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setSizes([260, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def current(self) -> ScoreLine | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _edit(self) -> None:
        line = self.current()
        if line is not None:
            self._ask("edit-score", line.score)

    def show_page(self, page: FeedbackPage) -> None:
        numbers = page.numbers
        lines = page.ors if self.scale == KorScale.ORS else page.srs
        keep = self.current()
        self.model.set_dimensions(numbers.dimensions(self.scale))
        self.model.set_rows(list(reversed(lines)))
        fit_columns(self.table, ScoreModel.VERDICT, {7: 200})
        if keep is not None:
            row = self.model.row_of(keep.score.id)
            if row is not None:
                self.table.selectRow(row)
        self.edit_button.setEnabled(bool(lines))
        points = tuple((line.score.given_on, _value(line.score.total_tenths)) for line in lines)
        cutoff = _value(numbers.cutoff(self.scale))
        if self.scale == KorScale.ORS:
            change = _value(numbers.reliable_change)
            series = [Series(tr("ORS, sum"), points)]
            references = [ReferenceLine(cutoff, tr("Klinisk grense {v}").format(
                v=tenths_text(numbers.ors_cutoff)))]  # fmt: skip
            bands = []
            if points:
                first = points[0][1]
                bands = [Band(first - change, first + change, tr("Ingen pålitelig endring"))]
            self.chart.set_data(series, references, bands)
            self.legend.setText(
                tr(
                    "ORS: hvordan forelderen har det, slik forelderen selv merket det på papirskjemaet. "
                    "Stiplet linje: klinisk grense ({cut}). En sum under grensen regnes som i "
                    "klinisk område. Skravert felt: mindre enn {rc} fra første skår – ingen "
                    "pålitelig endring."
                ).format(
                    cut=tenths_text(numbers.ors_cutoff), rc=tenths_text(numbers.reliable_change)
                )
            )
            self.empty.setText(
                tr("Ingen ORS ennå. Skriv inn skjemaet forelderen fylte ut på papir.")
                if not lines
                else ""
            )
        else:
            series = [Series(tr("SRS, sum"), points)]
            references = [ReferenceLine(cutoff, tr("Grense {v}").format(
                v=tenths_text(numbers.srs_cutoff)))]  # fmt: skip
            self.chart.set_data(series, references)
            self.legend.setText(
                tr(
                    "SRS: hvordan samtalen var for forelderen, merket etter samtalen. "
                    "Stiplet linje: grensen ({cut}). Under grensen: {prompt}. Et ▲ i tabellen "
                    "viser samtalene det gjelder."
                ).format(cut=tenths_text(numbers.srs_cutoff), prompt=numbers.srs_prompt.lower())
            )
            self.empty.setText(
                tr("Ingen SRS ennå. Skriv inn skjemaet forelderen fylte ut etter en samtale.")
                if not lines
                else ""
            )
        self.empty.setVisible(not lines)


class SimpleTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self._ask = ask
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.model = SimpleModel()
        self.table = row_table(self.model, tr("Enkle tilbakemeldinger"))
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.table.activated.connect(lambda _i: self._edit())
        self.new_button = button(QT_TR_NOOP("N&y tilbakemelding …"))
        self.new_button.clicked.connect(lambda: self._ask("new-simple", None))
        self.edit_button = button(QT_TR_NOOP("R&ett valgt …"))
        self.edit_button.clicked.connect(self._edit)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(button_row(self.new_button, self.edit_button))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def _edit(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._ask("edit-simple", self.model.row_at(index.row()).feedback)

    def show_page(self, page: FeedbackPage) -> None:
        self.question.setText(
            tr(
                "Etter en samtale: «{q}» – forelderens svar og egne ord. For kontor som ikke "
                "bruker KOR, eller i tillegg."
            ).format(q=page.question)
        )
        self.model.set_rows(list(page.simple))
        fit_columns(self.table, SimpleModel.WORDS, {3: 300})
        self.edit_button.setEnabled(bool(page.simple))
        self.empty.setText(tr("Ingen tilbakemeldinger ennå.") if not page.simple else "")
        self.empty.setVisible(not page.simple)


class FeedbackView(ParentPage[Loaded]):
    def __init__(
        self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            tasks,
            workspace,
            tr("Tilbakemelding"),
            tr("Velg en forelder under Foreldre for å se tilbakemeldingene."),
            parent,
        )
        self.prompt = notice()
        self.prompt.hide()
        self.problems = notice()
        self.problems.hide()
        self.ors = ScaleTab(KorScale.ORS, self._ask)
        self.srs = ScaleTab(KorScale.SRS, self._ask)
        self.simple = SimpleTab(self._ask)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Tilbakemelding"))
        for tab, title in zip((self.ors, self.srs, self.simple), TITLES, strict=True):
            self.tabs.addTab(tab, tr(title))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_parent)
        layout.addWidget(self.prompt)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        self._show(None)

    @property
    def page(self) -> FeedbackPage | None:
        return self.data.page if self.data is not None else None

    def _load(self, parent_id: int) -> Loaded:
        workspace = self._workspace
        name = workspace.register.parent(parent_id).full_name
        return Loaded(name, workspace.feedback.page(parent_id))

    def _show(self, data: Loaded | None) -> None:
        chosen = self.parent_id is not None
        self.no_parent.setVisible(not chosen)
        self.tabs.setVisible(chosen and data is not None)
        if data is None:
            self.name_heading(None)
            self.prompt.hide()
            self.problems.hide()
            return
        page = data.page
        self.name_heading(data.name)
        below = page.latest_srs_below
        if below is not None:
            self.prompt.setText(
                tr("▲ Siste SRS ({day}) var {total}, under grensen {cut}. {prompt}.").format(
                    day=day_text(below.score.given_on),
                    total=tenths_text(below.score.total_tenths),
                    cut=tenths_text(page.numbers.srs_cutoff),
                    prompt=page.numbers.srs_prompt,
                )
            )
        self.prompt.setVisible(below is not None)
        self.problems.setText("\n".join(page.problems))
        self.problems.setVisible(bool(page.problems))
        self.ors.show_page(page)
        self.srs.show_page(page)
        self.simple.show_page(page)
        counts = (len(page.ors), len(page.srs), len(page.simple))
        self.count_in_titles(self.tabs, [f"({n})" if n else "" for n in counts])
