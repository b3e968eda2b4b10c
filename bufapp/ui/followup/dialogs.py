"""The dialogs of Formål og roller and Informasjon: a child's plan, the purpose of the follow-up,
and an item of information given. Each keeps what is typed as a draft through a lock (its
``kind`` and ``record_key``); the draft keys start with the parent's id, so a reopened draft
finds its parent."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from bufapp.domain.enums import ChildPlanKind, InformationManner, Understanding
from bufapp.domain.followup import ChildPlan, FollowUpPurpose, InformationGiven
from bufapp.ui.followup.fields import GrowingDialog, draft_key, optional_date, text_box
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.record_dialog import chosen, enum_combo, line
from bufapp.ui.widgets.tasks import TaskManager


class ChildPlanDialog(GrowingDialog[ChildPlan]):
    """The child's tiltaksplan or omsorgsplan as it stands: its date, goal and time frame."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[ChildPlan], ChildPlan],
        plan: ChildPlan,
        parent_id: int,
        children: Sequence[tuple[int, str]],
        parent_name: str,
        parent: QWidget | None = None,
        suggested: Mapping[int, ChildPlanKind] | None = None,
    ) -> None:
        """``suggested``: the plan each child's placement calls for (a care order: omsorgsplan),
        chosen when the child is, for a new plan."""
        super().__init__(QT_TR_NOOP("Barnets plan"), tasks, save, parent)
        show_parent(self, parent_name)
        self._plan = plan
        self.kind, self.record_key = "child-plan", draft_key(parent_id, plan.id)
        f = self.form
        self.child = QComboBox()
        for child_id, name in children:
            self.child.addItem(name, child_id)
        self.child.setCurrentIndex(max(0, self.child.findData(plan.child_id)))
        self.child.setEnabled(plan.id is None)  # a plan stays with its child
        f.add_row("child_id", QT_TR_NOOP("&Barn"), self.child)
        self.plan_kind = f.add_row(
            "kind", QT_TR_NOOP("&Plan"), enum_combo(ChildPlanKind, plan.kind)
        )
        self.dated = f.add_row("dated", QT_TR_NOOP("&Datert"), date_edit(plan.dated))
        self.goal = f.add_row("goal", QT_TR_NOOP("&Mål"), text_box(plan.goal))
        self.goal.setPlaceholderText(tr("Målet slik det står i planen"))
        self.time_frame = f.add_row(
            "time_frame", QT_TR_NOOP("&Tidsperspektiv"), line(plan.time_frame)
        )
        self.time_frame.setPlaceholderText(tr("For eksempel: ny vurdering innen ett år"))
        if plan.id is None and suggested:
            self.child.currentIndexChanged.connect(
                lambda _i: self._suggest(suggested.get(int(self.child.currentData() or 0)))
            )

    def _suggest(self, kind: ChildPlanKind | None) -> None:
        if kind is not None:
            self.plan_kind.setCurrentIndex(self.plan_kind.findData(kind))

    def collect(self) -> ChildPlan:
        kind = chosen(self.plan_kind, ChildPlanKind)
        assert kind is not None
        return replace(
            self._plan,
            child_id=int(self.child.currentData() or self._plan.child_id),
            kind=kind,
            dated=from_qdate(self.dated.date()),
            goal=self.goal.toPlainText(),
            time_frame=self.time_frame.text(),
        )


class PurposeDialog(GrowingDialog[FollowUpPurpose]):
    """Why the service follows up this parent, in the parent's words and the caseworker's."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[FollowUpPurpose], FollowUpPurpose],
        purpose: FollowUpPurpose,
        parent_name: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Formålet med oppfølgingen"), tasks, save, parent)
        show_parent(self, parent_name)
        self._purpose = purpose
        self.kind, self.record_key = "followup-purpose", draft_key(purpose.parent_id, None)
        f = self.form
        self.parent_words = f.add_row(
            "parent_words", QT_TR_NOOP("Med &forelderens ord"), text_box(purpose.parent_words, 110)
        )
        self.parent_words.setPlaceholderText(tr("Hva forelderen ønsker å få ut av oppfølgingen"))
        self.caseworker_words = f.add_row(
            "caseworker_words", QT_TR_NOOP("Med &dine ord"), text_box(purpose.caseworker_words, 110)
        )
        self.agreed_on = f.add_row(
            "agreed_on", QT_TR_NOOP("&Avtalt"), optional_date(purpose.agreed_on, today)
        )

    def collect(self) -> FollowUpPurpose:
        return replace(
            self._purpose,
            parent_words=self.parent_words.toPlainText(),
            caseworker_words=self.caseworker_words.toPlainText(),
            agreed_on=self.agreed_on.value(),
        )


class InformationDialog(GrowingDialog[InformationGiven]):
    """One item of the checklist given: when, how, with whom present, and whether the parent
    understood it."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[InformationGiven], InformationGiven],
        given: InformationGiven,
        items: Sequence[tuple[str, str]],
        parent_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Informasjon gitt"), tasks, save, parent)
        show_parent(self, parent_name)
        self._given = given
        self.kind = "information-given"
        self.record_key = draft_key(given.parent_id, given.id)
        f = self.form
        self.item = QComboBox()
        for key, label in items:
            self.item.addItem(label, key)
        self.item.setCurrentIndex(max(0, self.item.findData(given.item)))
        f.add_row("item", QT_TR_NOOP("&Punkt"), self.item)
        self.given_on = f.add_row("given_on", QT_TR_NOOP("&Gitt"), date_edit(given.given_on))
        self.manner = f.add_row(
            "manner", QT_TR_NOOP("&Hvordan"), enum_combo(InformationManner, given.manner)
        )
        self.with_interpreter = QCheckBox(tr("Med tolk"))
        self.with_interpreter.setChecked(given.with_interpreter)
        f.add_row("with_interpreter", QT_TR_NOOP("&Tolk"), self.with_interpreter)
        self.with_support_person = QCheckBox(tr("Støttepersonen var til stede"))
        self.with_support_person.setChecked(given.with_support_person)
        f.add_row("with_support_person", QT_TR_NOOP("&Støtteperson"), self.with_support_person)
        self.understood = f.add_row(
            "understood", QT_TR_NOOP("&Forstått"), enum_combo(Understanding, given.understood)
        )
        self.repeat_on = f.add_row(
            "repeat_on", QT_TR_NOOP("Gis &igjen"), optional_date(given.repeat_on, given.given_on)
        )
        self.note = f.add_row("note", QT_TR_NOOP("&Merknad"), text_box(given.note, 70))
        self.note.setPlaceholderText(tr("For eksempel hva forelderen lurte på"))

    def collect(self) -> InformationGiven:
        return replace(
            self._given,
            item=str(self.item.currentData() or ""),
            given_on=from_qdate(self.given_on.date()),
            manner=chosen(self.manner, InformationManner) or InformationManner.TALK,
            with_interpreter=self.with_interpreter.isChecked(),
            with_support_person=self.with_support_person.isChecked(),
            understood=chosen(self.understood, Understanding) or Understanding.UNCONFIRMED,
            repeat_on=self.repeat_on.value(),
            note=self.note.toPlainText(),
        )
