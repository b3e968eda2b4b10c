"""What every service that makes a feature's documents starts from: the unit of work, today and
now (injectable, so a test fixes them), the office's forms override folder, and the language the
documents are written in (the office's written standard, ``Settings.office_standard``; a
parent's copy may be made in another with ``in_language``)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Self

from bufapp.documents.dates import DateWords
from bufapp.documents.forms import Form, form_languages, load_form
from bufapp.documents.labels import Labels
from bufapp.languages import SOURCE_LANGUAGE, document_language
from bufapp.services.clock import now_utc, today_oslo
from bufapp.storage.uow import UnitOfWork


class Written:
    """A document service's language: the office's standard unless made ``in_language``."""

    _uow: Callable[[], UnitOfWork]
    _forms: Path | None
    _language: str = SOURCE_LANGUAGE
    _office_standard: str = SOURCE_LANGUAGE

    def _set_language(self, office_standard: str) -> None:
        self._language = self._office_standard = office_standard or SOURCE_LANGUAGE

    @property
    def language(self) -> str:
        return self._language

    def in_language(self, language: str | None) -> Self:
        """This service writing its documents in ``language`` (None: the office's standard)."""
        made = copy.copy(self)
        made._language = language or self._office_standard
        return made

    def _form(self, name: str) -> Form:
        """A form's wording in the document's language, the office's override where it has
        one."""
        return load_form(name, self._language, overrides=self._forms)

    def _dates(self) -> DateWords:
        return DateWords.of(self._form("common"))

    def _domain_labels(self) -> Labels:
        return Labels(self._language)

    def languages(self, form: str) -> tuple[str, ...]:
        """Every language the form ``form`` can be made in (ours and the office's)."""
        return form_languages(form, overrides=self._forms)

    def offered_language(self, parent_id: int, form: str) -> tuple[tuple[str, ...], str]:
        """The languages a parent's document (form ``form``) can be made in, and the one to
        offer first: the parent's written language where the form exists in it, else the
        office's standard."""
        with self._uow() as uow:
            preferred = uow.parents.get(parent_id).written_language
        available = self.languages(form)
        return available, document_language(preferred, available, self._office_standard)


class FeatureDocuments(Written):
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
        language: str = SOURCE_LANGUAGE,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._now = now
        self._forms = forms_override
        self._set_language(language)
