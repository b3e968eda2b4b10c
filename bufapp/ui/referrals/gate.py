"""The consent gate, live in the referral editor.

The gate is asked on the database worker a moment after the recipient, a category, a copy
recipient or an exception changes (``GATE_MS``), and its answer is shown per category, and per
section: a section whose category the consent does not cover is closed, the reason beside it.
It is asked about every category, chosen or not, so a box ticked next is answered at once from
the last answer; and about the chosen ones for each copy recipient, who gets the same letter.
An answer to an older question (the person went on clicking) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from bufapp.domain.consent import (
    Consent,
    GateDecision,
    LegalBasisException,
    Service,
    all_of_type,
)
from bufapp.domain.enums import InformationCategory
from bufapp.domain.referral import Referral
from bufapp.ui.qt import pause_timer, tr
from bufapp.ui.referrals.categories import CategoryGate
from bufapp.ui.referrals.widgets import day_text, failure_reason, why_text
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace

GATE_MS = 250  # the gate is asked again once the person stops clicking for this long


@dataclass(frozen=True)
class GateAnswer:
    decision: GateDecision  # about every category, for the recipient
    consents: dict[int, Consent]  # the parent's consents by id
    copies: tuple[tuple[int, GateDecision], ...]  # (copy recipient, its decision)
    closed: dict[str, str] = field(default_factory=dict)  # sections the consent keeps shut


def consent_text(consent: Consent | None) -> str:
    """When the consent was given, until when it holds, and what for."""
    if consent is None:
        return ""
    text = tr("Gitt {given}").format(given=day_text(consent.given_on))
    if consent.valid_until is not None:
        text += tr(", gjelder til {until}").format(until=day_text(consent.valid_until))
    if consent.service_id is None and consent.service_type is not None:
        text += tr(", til {all}").format(all=tr(all_of_type(consent.service_type)))
    if consent.purpose:
        text += f" – {consent.purpose}"
    return text


class LiveGate:
    """Keeps ``categories`` and ``copy_warning`` in step with the gate for the referral that
    ``collect`` reads from the form. ``exceptions`` is the editor's own dict: what it adds or
    removes shows here. ``resolved`` runs when no chosen category is blocked any more."""

    def __init__(
        self,
        owner: QWidget,
        tasks: TaskManager,
        workspace: Workspace,
        categories: CategoryGate,
        copy_warning: QLabel,
        services: dict[int, Service],
        exceptions: dict[InformationCategory, LegalBasisException],
        collect: Callable[[], Referral],
        resolved: Callable[[], None],
        show_closed: Callable[[dict[str, str]], None] = lambda _closed: None,
    ) -> None:
        self._tasks = tasks
        self._workspace = workspace
        self._categories = categories
        self._copy_warning = copy_warning
        self._services = services
        self._exceptions = exceptions
        self._collect = collect
        self._resolved = resolved
        self._show_closed = show_closed
        self._round = 0  # the question asked last; answers to earlier ones are dropped
        self.answer: GateAnswer | None = None  # the last answer, while the recipient holds
        self._timer = pause_timer(owner, GATE_MS, self.refresh)

    def changed(self) -> None:
        """A category, copy recipient or exception changed: answer at once from the last
        answer, and ask again once the clicking stops."""
        if self.answer is not None:
            self._show(self.answer)
        self.show_exceptions()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        """Ask the gate now, on the worker."""
        self._timer.stop()
        referral = self._collect()
        self._round += 1
        round_ = self._round
        if not referral.service_id:
            self._show_no_recipient()
            return
        referrals, consents = self._workspace.referrals, self._workspace.consents
        probe = replace(referral, categories=tuple(InformationCategory))

        def ask() -> GateAnswer:
            return GateAnswer(
                referrals.gate(probe),
                {c.id: c for c in consents.of_parent(referral.parent_id) if c.id is not None},
                tuple(
                    (copy_id, referrals.gate(replace(referral, service_id=copy_id)))
                    for copy_id in referral.copy_to
                ),
                referrals.sections(referral),
            )

        def answered(answer: GateAnswer) -> None:
            if round_ == self._round:
                self._show(answer)

        def failed(failure: Exception) -> None:
            if round_ == self._round:
                self._categories.hint.setText(
                    tr("Kunne ikke sjekke samtykkene ({reason}).").format(
                        reason=failure_reason(failure)
                    )
                )
                self._categories.hint.show()

        self._tasks.run(ask, answered, failed, owner=self._categories)

    def _show_no_recipient(self) -> None:
        self.answer = None
        self._categories.hint.setText(
            tr("Velg mottaker for å se hva forelderen har samtykket til å gi videre.")
        )
        self._categories.hint.show()
        for category in InformationCategory:
            self._categories.set_status(category, "", "", "muted")
            self._categories.set_actions(category, False, category in self._exceptions)
        self._copy_warning.hide()
        self._show_closed({})

    def _show(self, answer: GateAnswer) -> None:
        """Per category: an exception, the consent that allows it, or why it is blocked (the
        full answer only under chosen categories); *Annet rettsgrunnlag…* where it is needed."""
        self.answer = answer
        self._show_closed(answer.closed)
        categories = self._categories
        chosen = set(categories.chosen())
        categories.hint.hide()
        consent_ids = {a.category: a.consent_id for a in answer.decision.allowed}
        blocked = {b.category: why_text(b) for b in answer.decision.blocked}
        for category in InformationCategory:
            on = category in chosen
            exception = self._exceptions.get(category) if on else None
            if exception is not None:
                categories.show_exception(category, exception)
            elif consent_ids.get(category) is not None:
                consent = answer.consents.get(consent_ids[category] or 0)
                detail = consent_text(consent) if on else ""
                categories.set_status(
                    category, tr("✓ samtykke gitt"), detail, "allowed" if on else "muted"
                )
            elif category in blocked:
                why = blocked[category]
                categories.shorts[category].setToolTip(why)
                categories.set_status(
                    category, tr("✗ ikke samtykke"), why if on else "", "blocked" if on else "muted"
                )
            else:
                categories.set_status(category, "", "", "muted")
            categories.set_actions(
                category,
                offer=on and category in blocked and exception is None,
                removable=exception is not None,
            )
        self._show_copy_warning(answer)
        if not any(c in blocked and c not in self._exceptions for c in chosen):
            self._resolved()  # what stopped Ferdigstill is resolved

    def _show_copy_warning(self, answer: GateAnswer) -> None:
        """Copy recipients get the same letter: say which of them lack a consent (the
        recipient's gate does not cover them)."""
        lines = []
        for copy_id, decision in answer.copies:
            service = self._services.get(copy_id)
            for blocked in decision.blocked:
                lines.append(f"• {service.name if service else copy_id}: {why_text(blocked)}")
        self._copy_warning.setText(
            tr("Kopimottakerne får det samme brevet, men samtykket dekker ikke alt for dem:")
            + "\n"
            + "\n".join(lines)
        )
        self._copy_warning.setVisible(bool(lines))

    def show_exceptions(self) -> None:
        """Exceptions show at once (before the gate answers), and only for chosen categories."""
        chosen = set(self._categories.chosen())
        for category, exception in self._exceptions.items():
            if category in chosen:
                self._categories.show_exception(category, exception)
                self._categories.set_actions(category, False, True)
            else:
                self._categories.set_actions(category, False, False)
