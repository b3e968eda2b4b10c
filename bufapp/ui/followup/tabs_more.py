"""The page's last three tabs: Vurdering og veien hjem (the current assessment with its history,
the parent's evaluations), Ønsker (open ones first, each with its answer and reason) and Frister
(this parent's follow-up deadlines, and a calm notice if the municipality's form has faults)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import DeadlineKind
from bufapp.domain.followup import Wish
from bufapp.domain.followup_rules import wish_answer_due
from bufapp.services.followup.page import FollowUpPage
from bufapp.ui.followup.models import (
    DeadlineRow,
    DeadlinesModel,
    EvaluationsModel,
    WishesModel,
    day,
)
from bufapp.ui.followup.parts import (
    button,
    button_row,
    caption,
    fit_columns,
    notice,
    reading,
)
from bufapp.ui.followup.tabs import Ask
from bufapp.ui.followup.texts import assessment_html
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import row_table


class AssessmentTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self.text = reading(QT_TR_NOOP("Vurdering og veien hjem"))
        self.new_assessment = button(QT_TR_NOOP("&Ny vurdering …"))
        self.new_assessment.clicked.connect(lambda: ask("assessment", None))
        self.model = EvaluationsModel()
        self.evaluations = row_table(self.model, tr("Forelderens evalueringer"))
        self.none_yet = QLabel(tr("Ingen evalueringer ennå. Spør forelderen hvordan de synes "
                                  "plasseringen gjennomføres, og skriv det med deres ord."))  # fmt: skip
        self.none_yet.setWordWrap(True)
        self.new_evaluation = button(QT_TR_NOOP("Ny &evaluering …"))
        self.new_evaluation.clicked.connect(lambda: ask("evaluation", None))
        left = QVBoxLayout()
        left.addWidget(self.text, 1)
        left.addLayout(button_row(self.new_assessment))
        right = QVBoxLayout()
        right.addWidget(
            caption(QT_TR_NOOP("Forelderens e&valuering av plasseringen"), self.evaluations)
        )
        right.addWidget(self.evaluations, 1)
        right.addWidget(self.none_yet)
        right.addLayout(button_row(self.new_evaluation))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.setFocusProxy(self.text)

    def show_page(self, page: FollowUpPage) -> None:
        self.text.setHtml(assessment_html(page))
        self.model.set_rows(list(page.evaluations))
        fit_columns(self.evaluations, 1)
        self.none_yet.setVisible(not page.evaluations)
        if page.evaluations:
            self.evaluations.selectRow(0)


class WishesTab(QWidget):
    def __init__(self, ask: Ask, today: date) -> None:
        super().__init__()
        self.model = WishesModel(today)
        self.table = row_table(self.model, tr("Forelderens ønsker"))
        self.table.activated.connect(lambda _i: self._ask(ask, "answer"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.detail = reading(QT_TR_NOOP("Ønsket og svaret"))
        self.detail.setMaximumHeight(170)
        self.new_wish = button(QT_TR_NOOP("Nytt ø&nske …"))
        self.edit_wish = button(QT_TR_NOOP("Endre ønske&t …"))
        self.answer = button(QT_TR_NOOP("S&var …"))
        self.new_wish.clicked.connect(lambda: ask("wish", None))
        self.edit_wish.clicked.connect(lambda: self._ask(ask, "wish"))
        self.answer.clicked.connect(lambda: self._ask(ask, "answer"))
        layout = QVBoxLayout(self)
        layout.addWidget(caption(QT_TR_NOOP("Ønsker (åpne ø&verst)"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.new_wish, self.edit_wish, self.answer))
        layout.addWidget(self.detail)
        self.setFocusProxy(self.table)

    def chosen(self) -> Wish | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _ask(self, ask: Ask, action: str) -> None:
        wish = self.chosen()
        if wish is not None:
            ask(action, wish)

    def show_page(self, page: FollowUpPage) -> None:
        keep = self.chosen()
        self.model.set_rows(list(page.wishes))
        fit_columns(self.table, 2)
        row = self.model.row_of(keep.id) if keep is not None else None
        if self.model.rowCount():
            self.table.selectRow(row or 0)
        self._chosen()

    def _chosen(self) -> None:
        wish = self.chosen()
        self.edit_wish.setEnabled(wish is not None)
        self.answer.setEnabled(wish is not None)
        if wish is None:
            self.detail.setHtml("<i>" + escape(tr("Ingen ønsker registrert.")) + "</i>")
            return
        parts = [f"<p><b>{escape(tr(wish.kind.label))}</b> ({day(wish.wished_on)}): "
                 f"«{escape(wish.words)}»</p>"]  # fmt: skip
        if wish.is_open:
            due = day(wish_answer_due(wish))
            parts.append("<p>" + escape(tr("Ikke besvart. Svar innen {d}.").format(d=due)) + "</p>")
        else:
            outcome = tr(wish.outcome.label) if wish.outcome else ""
            parts.append(f"<p><b>{escape(outcome)}</b> ({day(wish.answered_on)}): "
                         f"{escape(wish.answer)}</p>")  # fmt: skip
            if wish.reason:
                parts.append(
                    "<p><b>" + escape(tr("Begrunnelse")) + f":</b> {escape(wish.reason)}</p>"
                )
        self.detail.setHtml("".join(parts))


def _about(deadline: Deadline, page: FollowUpPage, labels: dict[str, str]) -> str:
    kinds = (DeadlineKind.INFORMATION_REPEAT, DeadlineKind.INFORMATION_UNCONFIRMED)
    if deadline.kind in kinds:
        given = next((g for g in page.information if g.id == deadline.ref), None)
        return labels.get(given.item, "") if given is not None else ""
    if deadline.kind is DeadlineKind.WISH_ANSWER:
        wish = next((w for w in page.wishes if w.id == deadline.ref), None)
        return " ".join(wish.words.split()) if wish is not None else ""
    names = {s.child.id: s.child.given_names for s in page.children}
    return ", ".join(names.get(cid, "") for cid in deadline.child_ids)


class DeadlinesTab(QWidget):
    def __init__(self, today: date) -> None:
        super().__init__()
        self.problems = notice()
        self.model = DeadlinesModel(today)
        self.table = row_table(self.model, tr("Frister i oppfølgingen"))
        self.empty = QLabel(tr("Ingen åpne frister i oppfølgingen av denne forelderen."))
        hint = QLabel(tr("Fristene vises også i Oversikt."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(caption(QT_TR_NOOP("&Frister"), self.table))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.table)

    def show_page(self, page: FollowUpPage) -> None:
        labels = {status.key: status.label for status in page.checklist}
        rows = [DeadlineRow(d, _about(d, page, labels)) for d in page.deadlines]
        self.model.set_rows(rows)
        fit_columns(self.table, 2)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if page.form_problems:
            self.problems.setText(
                tr(
                    "Kommunens tilpasning av oppfølgingsskjemaet har noe som ikke kan brukes; "
                    "bufapps egen tekst står der i stedet. Be den som har ansvar for skjemaene "
                    "se på dette:"
                )
                + "\n"
                + "\n".join(f"• {problem}" for problem in page.form_problems)
            )
        self.problems.setVisible(bool(page.form_problems))
