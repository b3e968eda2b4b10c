"""What every service that makes a feature's documents starts from: the unit of work, today and
now (injectable, so a test fixes them), and the office's forms override folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from bufapp.documents.forms import Form, load_form
from bufapp.services.clock import now_utc, today_oslo
from bufapp.storage.uow import UnitOfWork


class FeatureDocuments:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._now = now
        self._forms = forms_override

    def _form(self, name: str) -> Form:
        """A form's wording, the office's override where it has one."""
        return load_form(name, overrides=self._forms)
