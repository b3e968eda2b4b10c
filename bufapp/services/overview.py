"""The deadline overview: one interface that every kind of deadline feeds.

A provider takes an open unit of work and today's date and returns ``Deadline``s. The register
provides the first conversation; later features (contacts, referrals, consents, meetings, visit
plans) add their providers to ``OverviewService`` without the overview changing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bufapp.domain.deadlines import Deadline, Urgency
from bufapp.services.register import DeadlineProvider, RegisterService
from bufapp.storage.uow import UnitOfWork


@dataclass(frozen=True)
class DeadlineRow:
    deadline: Deadline
    urgency: Urgency
    parent_name: str
    child_names: str


class OverviewService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        register: RegisterService,
        extra_providers: Sequence[DeadlineProvider] = (),
    ) -> None:
        self._uow = unit_of_work
        self._register = register
        self._providers: list[DeadlineProvider] = [
            register.open_deadline_provider,  # only what is still open: nothing else is shown
            *extra_providers,
        ]

    def add_provider(self, provider: DeadlineProvider) -> None:
        self._providers.append(provider)

    def open_deadlines(self) -> list[DeadlineRow]:
        """Every deadline not yet done, soonest first, with names for display."""
        today = self._register.today()
        with self._uow() as uow:
            deadlines = [d for provider in self._providers for d in provider(uow, today)]
            parents = uow.parents.names()
            children = uow.reads.child_given_names()
        rows = []
        for deadline in sorted(deadlines, key=lambda d: (d.due, d.parent_id)):
            urgency = deadline.urgency(today)
            if urgency is Urgency.DONE:
                continue
            names = ", ".join(children[c] for c in deadline.child_ids if c in children)
            rows.append(DeadlineRow(deadline, urgency, parents.get(deadline.parent_id, ""), names))
        return rows
