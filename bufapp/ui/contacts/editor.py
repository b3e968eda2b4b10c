"""Writing a contact entry. What is typed is kept as an encrypted draft a moment after each
change, so closing, locking or a crash loses nothing; "Lagre" keeps the entry open for more
writing, "Lagre som ferdig" makes it journal text. A final entry changes only with a reason."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.contact_rules import TASK_MESSAGES
from bufapp.domain.enums import ContactForm, ContactTopic, EntryStatus, Initiative
from bufapp.errors import BufappError, FieldProblem, ValidationFailed
from bufapp.services.clock import OSLO
from bufapp.services.drafts import CONTACT_INFORMATION
from bufapp.ui.contacts.editor_exemption import ExemptionField
from bufapp.ui.contacts.editor_information import (
    NOT_RECORDED,
    InformationChecklist,
    InformationField,
    TickedInformation,
)
from bufapp.ui.contacts.editor_prompts import PromptNote
from bufapp.ui.contacts.talk_setup import TalkSetup
from bufapp.ui.contacts.task_table import TaskTable
from bufapp.ui.qt import QT_TR_NOOP, pause_timer, tr
from bufapp.ui.widgets.choice_checks import ChoiceChecks
from bufapp.ui.widgets.field_form import DateTimeEdit, FieldForm
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, enum_combo, keep_draft, line
from bufapp.ui.widgets.tasks import TaskManager

AUTOSAVE_MS = 1500


def _text_box(text: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else in the form
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class ContactEditor(RecordDialog[ContactEntry]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[ContactEntry, bool], ContactEntry],
        autosave: Callable[[str, str, ContactEntry], None],
        entry: ContactEntry,
        parents: Mapping[int, str],
        children: Mapping[int, str],
        parent: QWidget | None = None,
        restored: bool = False,
        information: InformationChecklist | None = None,
        talk: TalkSetup | None = None,
        interpreter_reminder: str = "",
    ) -> None:
        super().__init__(QT_TR_NOOP("Kontakt"), tasks, lambda e: self._save_entry(save, e), parent)
        # «Forelderen trenger tolk (arabisk, kategori A–B).»: the register's need, under the
        # interpreter's fields while the entry is still being written.
        self._interpreter_reminder = interpreter_reminder
        self._information = information
        # A samvær talk: its questions beside the fields, and the link to the visit once saved.
        self.talk = talk
        self._talk_failure: str | None = None  # the entry saved, the link to the visit not
        # The items ticked and the understanding, read when Lagre is pressed (on this thread).
        self._ticked: TickedInformation | None = None  # read when Lagre is pressed
        self._ticks_failure: BufappError | None = None  # the entry saved, the ticks not
        self._ticks_kept = restored  # a draft of the ticks may exist beside a reopened one
        self._entry = entry
        self._final = False
        self._autosave = autosave
        self._restored = restored
        self._dirty = restored  # a reopened draft is unsaved work: Avbryt asks first
        self.kind = "contact"
        self.autosaves = True
        self.record_key = str(entry.id) if entry.id else f"new:{entry.parent_id}"
        self.record_key = talk.record_key if talk is not None else self.record_key
        self.is_final = entry.status is EntryStatus.FINAL
        name = parents.get(entry.parent_id, "")
        self.setWindowTitle(tr("Endre kontakt") if entry.id else tr("Ny kontakt"))
        self.setMinimumWidth(1000)
        self._build_meta(entry, parents, children)
        self._build_texts(entry)
        self.prompt_note = None if talk is None else PromptNote(talk.title, talk.prompts, talk.note)
        self._arrange()
        show_parent(self, name)
        self._timer = pause_timer(self, AUTOSAVE_MS, self.autosave_now)
        self._watch_changes()
        QShortcut(QKeySequence("Ctrl+S"), self, activated=lambda: self._submit(False))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self._submit(True))

    # --- building ---------------------------------------------------------------------------

    def _build_meta(
        self, entry: ContactEntry, parents: Mapping[int, str], children: Mapping[int, str]
    ) -> None:
        f = self.form
        when = DateTimeEdit(QDateTime(entry.occurred_at.astimezone(OSLO).replace(tzinfo=None)))
        when.setDisplayFormat("dd.MM.yyyy HH:mm")
        when.setCalendarPopup(True)
        self.when = f.add_row("occurred_at", QT_TR_NOOP("&Tidspunkt"), when)
        self.contact_form = f.add_row(
            "form", QT_TR_NOOP("&Form"), enum_combo(ContactForm, entry.form)
        )
        self.initiative = f.add_row(
            "initiative", QT_TR_NOOP("&Initiativ fra"), enum_combo(Initiative, entry.initiative)
        )
        self.place = f.add_row("place", QT_TR_NOOP("S&ted"), line(entry.place))
        self.place.setPlaceholderText(tr("For eksempel hjemme, kontoret, kafé"))
        people = entry.participants
        others = [(pid, n) for pid, n in parents.items() if pid != entry.parent_id]
        self.other_parents = ChoiceChecks(others, set(people.other_parent_ids), 1)
        if others:
            f.add_row("other_parent_ids", QT_TR_NOOP("Også til stede"), self.other_parents)
        self.support_person = f.add_row(
            "support_person", QT_TR_NOOP("Støtte&person"), line(people.support_person)
        )
        interpreter = QWidget()
        row = QHBoxLayout(interpreter)
        row.setContentsMargins(0, 0, 0, 0)
        self.interpreter_language = line(people.interpreter_language)
        self.interpreter_language.setPlaceholderText(tr("Språk"))
        self.interpreter_language.setAccessibleName(tr("Tolkens språk"))
        self.interpreter_name = line(people.interpreter_name)
        self.interpreter_name.setPlaceholderText(tr("Tolkens navn"))
        self.interpreter_name.setAccessibleName(tr("Tolkens navn"))
        row.addWidget(self.interpreter_language)
        row.addWidget(self.interpreter_name)
        interpreter.setFocusProxy(self.interpreter_language)
        f.add_row("interpreter", QT_TR_NOOP("T&olk"), interpreter)
        self.interpreter_note = f.add_note("interpreter")
        if self._interpreter_reminder and not self.is_final:
            self.interpreter_note.setText(self._interpreter_reminder)
            self.interpreter_note.show()
            self.interpreter_language.setAccessibleDescription(self._interpreter_reminder)
        self.carers = f.add_row(
            "carers", QT_TR_NOOP("Fosterhjem/&institusjon"), line(people.carers)
        )
        self.others = f.add_row("others", QT_TR_NOOP("&Andre"), line(people.others))
        self.topics = ChoiceChecks([(t, tr(t.label)) for t in ContactTopic], set(entry.topics), 2)
        f.add_row("topics", QT_TR_NOOP("Te&ma"), self.topics)
        self.children = ChoiceChecks(list(children.items()), set(entry.child_ids), 2)
        f.add_row("child_ids", QT_TR_NOOP("&Gjelder barn"), self.children)

    def _build_texts(self, entry: ContactEntry) -> None:
        self.texts = FieldForm()
        t = self.texts
        self.summary = t.add_row(
            "summary", QT_TR_NOOP("&Sammendrag"), _text_box(entry.summary, 150)
        )
        self.parent_words = t.add_row(
            "parent_words", QT_TR_NOOP("Forelderens &egne ord"), _text_box(entry.parent_words, 80)
        )
        self.agreed = t.add_row("agreed", QT_TR_NOOP("Av&talt"), _text_box(entry.agreed, 60))
        # A marking, not text: checking it on a final entry needs no reason and no new version.
        self.exemption = ExemptionField(entry.exempt_reason, entry.exempt_basis)
        t.add_row("exempt_reason", QT_TR_NOOP("Innsyn"), self.exemption)
        self.task_form = FieldForm()
        self.task_table = TaskTable(entry.tasks)
        self.task_form.add_row("tasks", QT_TR_NOOP("O&ppfølging"), self.task_table)
        self.information: InformationField | None = None
        if self._information is not None and self._information.items:
            self.information = InformationField(self._information)
            self.task_form.add_row("information", QT_TR_NOOP("I&nformasjon gitt"), self.information)
        # A final entry opened from the log starts with an empty reason (each version needs
        # its own); a reopened draft keeps what was typed.
        self.change_reason = line(
            entry.change_reason if self._restored or not self.is_final else ""
        )
        if self.is_final:
            self.change_reason.setPlaceholderText(
                tr("Påkrevd: hvorfor endres en ferdig oppføring?")
            )
            t.add_row("change_reason", QT_TR_NOOP("&Grunn til endringen"), self.change_reason)

    def _arrange(self) -> None:
        columns = QWidget()
        outer = QVBoxLayout(columns)
        row = QHBoxLayout()
        row.addWidget(self.form, 2)
        row.addWidget(self.texts, 3)
        outer.addLayout(row)
        outer.addWidget(self.task_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(columns)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.form)
        layout.removeWidget(self.buttons)
        self.buttons.hide()  # the base class's Lagre/Avbryt: replaced by the row below
        self.buttons.deleteLater()
        if self.prompt_note is None:
            layout.insertWidget(0, scroll, 1)
        else:  # a talk's questions: beside the fields, in sight however far the form scrolls
            beside = QHBoxLayout()
            beside.addWidget(scroll, 1)
            beside.addWidget(self.prompt_note)
            layout.insertLayout(0, beside, 1)
        self.draft_state = QLabel()
        self.draft_state.setAccessibleName(tr("Utkaststatus"))
        self.buttons = QDialogButtonBox()
        if self.is_final:
            self.save_button = None
            self.final_button = QPushButton(tr("Lagre ny &versjon"))
        else:
            self.save_button = QPushButton(tr("&Lagre (ikke ferdig)"))
            self.save_button.setToolTip(tr("Ctrl+S – kan skrives videre på senere"))
            self.save_button.clicked.connect(lambda: self._submit(False))
            self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.final_button = QPushButton(tr("Lagre som &ferdig"))
        self.final_button.setToolTip(tr("Ctrl+Enter"))
        self.final_button.clicked.connect(lambda: self._submit(True))
        self.buttons.addButton(self.final_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_state, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1100 if self.prompt_note is None else 1400, 760)
        self.summary.setFocus()

    def _watch_changes(self) -> None:
        for widget in (
            self.place,
            self.support_person,
            self.interpreter_language,
            self.interpreter_name,
            self.carers,
            self.others,
            self.change_reason,
        ):
            widget.textChanged.connect(self._changed)
        for box in (self.summary, self.parent_words, self.agreed):
            box.textChanged.connect(self._changed)
        for group in (self.topics, self.children, self.other_parents):
            for _value, check in group.boxes:
                check.toggled.connect(self._changed)
        self.when.dateTimeChanged.connect(self._changed)
        self.contact_form.currentIndexChanged.connect(self._changed)
        self.initiative.currentIndexChanged.connect(self._changed)
        self.task_table.changed.connect(self._changed)
        self.exemption.changed.connect(self._changed)
        if self.information is not None:
            self.information.changed.connect(self._changed)

    # --- the record -------------------------------------------------------------------------

    def _moment(self) -> datetime:
        """The chosen time; unchanged, the original moment (which keeps which of the two
        02:30s it was on the night summer time ends)."""
        local: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        original = self._entry.occurred_at
        if local == original.astimezone(OSLO).replace(tzinfo=None):
            return original
        return local.replace(tzinfo=OSLO)

    def collect(self) -> ContactEntry:
        return replace(
            self._entry,
            occurred_at=self._moment(),
            form=chosen(self.contact_form, ContactForm),
            initiative=chosen(self.initiative, Initiative),
            place=self.place.text(),
            participants=Participants(
                other_parent_ids=tuple(self.other_parents.chosen()),
                support_person=self.support_person.text(),
                interpreter_language=self.interpreter_language.text(),
                interpreter_name=self.interpreter_name.text(),
                carers=self.carers.text(),
                others=self.others.text(),
            ),
            topics=tuple(self.topics.chosen()),
            child_ids=tuple(self.children.chosen()),
            summary=self.summary.toPlainText(),
            parent_words=self.parent_words.toPlainText(),
            agreed=self.agreed.toPlainText(),
            tasks=self.task_table.tasks(),
            change_reason=self.change_reason.text(),
            exempt_reason=self.exemption.value(),
            exempt_basis=self.exemption.basis_value(),
        )

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _changed(self) -> None:
        self._dirty = True
        self.draft_state.setText(tr("Endringer ikke lagret ennå …"))
        self._timer.start()

    def autosave_now(self) -> None:
        """Keep what is typed as an encrypted draft (not journal text until it is saved)."""
        self._timer.stop()
        keep_draft(self._tasks, self._autosave, self.kind, self.record_key, self.collect(),
                   self.draft_state)  # fmt: skip
        for kind, record in self.side_drafts():
            self._tasks.run(lambda k=kind, r=record: self._autosave(k, self.record_key, r))

    side_kinds = (CONTACT_INFORMATION,)

    def side_drafts(self) -> list[tuple[str, object]]:
        """The items ticked, kept beside the entry's draft (the entry has no field for them)."""
        information = self.information
        if information is None:
            return []
        ticks = information.as_ticks()
        # Kept once something is ticked; after that also when unticked again, so that an older
        # draft of the ticks never comes back.
        self._ticks_kept = self._ticks_kept or bool(ticks.items)
        return [(CONTACT_INFORMATION, ticks)] if self._ticks_kept else []

    def _save_entry(
        self, save: Callable[[ContactEntry, bool], ContactEntry], entry: ContactEntry
    ) -> ContactEntry:
        """On the worker: the entry, then the information ticked in it and, for a visit's
        talk, the link to the visit (both need the id)."""
        saved = save(entry, self._final)
        if self._ticked is not None:
            self._ticks_failure = self._ticked.record(saved)
        if self.talk is not None:
            self._talk_failure = self.talk.record_link(saved)
        return saved

    def _submit(self, final: bool) -> None:
        self._final = final
        self._timer.stop()
        if self.information is not None:
            self._ticked = self.information.ticked_now()
        # Checked without a reason is not an entry the service could tell apart from "not
        # exempt", so it is stopped here, under the field.
        problems = self.exemption.problems()
        if problems:
            self._show(ValidationFailed(problems))
            return
        self.submit()

    def _show(self, failure: ValidationFailed) -> None:
        # The exemption row shows both its parts' problems (basis and reason) under it.
        rows = {"exempt_basis": "exempt_reason"}
        problems = [
            FieldProblem("tasks", _task_message(p))
            if p.field.startswith("tasks.")
            else FieldProblem(rows.get(p.field, p.field), p.message)
            for p in failure.problems
        ]
        unplaced = self.task_form.show_problems(
            self.texts.show_problems(self.form.show_problems(problems))
        )
        self.general_error.setText("\n".join(tr(p.message) for p in unplaced))
        self.general_error.setVisible(bool(unplaced))

    def done(self, result: int) -> None:
        self._timer.stop()  # closed (saved, discarded or locked): nothing more to autosave
        super().done(result)
        if result and self._ticks_failure is not None:
            Messages.error(self.parentWidget(), tr(NOT_RECORDED).format(reason=self._ticks_failure))
        if result and self._talk_failure is not None:
            Messages.error(self.parentWidget(), self._talk_failure)

    discard_question = QT_TR_NOOP("Vil du forkaste det du har skrevet i denne kontakten?")

    def unsaved_changes(self) -> bool:
        return self._dirty


def _task_message(problem: FieldProblem) -> str:
    """A task's message (field ``tasks.<index>``) translated: the domain numbers it, so it is
    found by its template and numbered again."""
    n = int(problem.field.split(".", 1)[1]) + 1
    for template in TASK_MESSAGES:
        if template.format(n=n) == problem.message:
            return tr(template).format(n=n)
    return problem.message
