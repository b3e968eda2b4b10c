"""The service directory (adressebok), its CSV import, and the consent register with its gate."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bufapp.domain.consent import (
    EXPIRY_NOTICE_DAYS,
    Consent,
    GateDecision,
    LegalBasisException,
    Service,
    consent_deadlines,
    consent_gate,
)
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import InformationCategory, ServiceType
from bufapp.domain.folding import fold
from bufapp.domain.validation import check_consent, check_service, require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import today_oslo
from bufapp.storage.uow import UnitOfWork

CSV_COLUMNS = ("type", "navn", "adresse", "telefon", "epost", "kontaktperson")


@dataclass(frozen=True)
class ImportReport:
    added: tuple[Service, ...]
    problems: tuple[str, ...]  # "Linje 4: …", one per rejected line


MAX_LINE_CHARS = 2_000  # one service on one line; a longer line is not an address-book line
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # Windows, Unix and old Mac endings alike
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # a tab is a separator some lists use


class _BadLine(Exception):
    """One CSV line that cannot be read; its text is the Norwegian reason."""


def _physical_lines(text: str) -> list[str]:
    """The file's lines. Read one by one, so a broken line (an unclosed quote) costs only
    itself and never swallows the lines after it."""
    lines = _LINE_BREAK.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def _fields(line: str, dialect: type[csv.Dialect] | csv.Dialect) -> list[str]:
    if len(line) > MAX_LINE_CHARS:
        raise _BadLine(f"Linja er for lang ({len(line)} tegn; høyst {MAX_LINE_CHARS}).")
    if _CONTROL.search(line):
        raise _BadLine(
            "Linja har et tegn som ikke hører hjemme i en tekst (et kontrolltegn). "
            "Rett linja i regnearket og importer på nytt."
        )
    try:
        rows = list(csv.reader([line], dialect=dialect, strict=True))
    except csv.Error:
        raise _BadLine(
            'Et anførselstegn (") er ikke lukket, eller står midt i et felt. '
            "Rett linja i regnearket og importer på nytt."
        ) from None
    return rows[0] if rows else []


def _service_type(text: str) -> ServiceType | None:
    wanted = text.strip().casefold()
    for kind in ServiceType:
        if wanted in (kind.value, kind.label.casefold()):
            return kind
    return None


class DirectoryService:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork]) -> None:
        self._uow = unit_of_work

    def services(self) -> list[Service]:
        with self._uow() as uow:
            return uow.services.list()

    def save(self, service: Service) -> Service:
        service = replace(service, name=service.name.strip(), email=service.email.strip())
        require_valid(check_service(service))
        with self._uow() as uow:
            saved = uow.services.save(service)
            uow.commit()
        return saved

    def import_csv(self, text: str) -> ImportReport:
        """Add the services of a municipality's own list (semicolon or comma separated, a header
        line naming the columns). Good lines are added together; each bad line is reported."""
        lines = _physical_lines(text)
        try:
            dialect = csv.Sniffer().sniff(lines[0] if lines else ",", ";,")
        except csv.Error:
            dialect = csv.excel
        try:
            header = [h.strip().casefold() for h in _fields(lines[0], dialect)] if lines else []
        except _BadLine as bad:
            raise ValidationFailed([FieldProblem("file", f"Første linje: {bad}")]) from None
        missing = [c for c in ("type", "navn") if c not in header]
        if missing:
            raise ValidationFailed(
                [FieldProblem("file", f"Fila mangler kolonnen «{missing[0]}» i første linje.")]
            )
        services, problems = [], []
        with self._uow() as uow:
            known = {(fold(s.name), s.type) for s in uow.services.list()}
        for line, physical in enumerate(lines[1:], start=2):
            try:
                fields = _fields(physical, dialect)
            except _BadLine as bad:
                problems.append(f"Linje {line}: {bad}")
                continue
            if not fields:
                continue
            row = {k: v.strip() for k, v in zip(header, fields, strict=False) if k}
            kind = _service_type(row.get("type", ""))
            if kind is None:
                problems.append(f"Linje {line}: ukjent type «{row.get('type', '')}».")
                continue
            service = Service(
                row.get("navn", ""),
                kind,
                row.get("adresse", ""),
                row.get("telefon", ""),
                row.get("epost", ""),
                row.get("kontaktperson", ""),
            )
            found = check_service(service)
            if found:
                problems.append(f"Linje {line}: " + " ".join(p.message for p in found))
                continue
            if (fold(service.name), kind) in known:  # importing the same list twice adds nothing
                problems.append(f"Linje {line}: «{service.name}» finnes allerede i adresseboka.")
                continue
            known.add((fold(service.name), kind))
            services.append(service)
        with self._uow() as uow:
            added = tuple(uow.services.save(s) for s in services)
            uow.commit()
        return ImportReport(added, tuple(problems))


class ConsentService:
    def __init__(
        self, unit_of_work: Callable[[], UnitOfWork], today: Callable[[], date] = today_oslo
    ) -> None:
        self._uow = unit_of_work
        self._today = today

    def of_parent(self, parent_id: int) -> list[Consent]:
        with self._uow() as uow:
            return uow.consents.of_parent(parent_id)

    def save(self, consent: Consent) -> Consent:
        consent = replace(consent, purpose=consent.purpose.strip())
        problems = check_consent(consent, self._today())
        with self._uow() as uow:
            uow.parents.get(consent.parent_id)
            if consent.service_id is not None:
                uow.services.get(consent.service_id)
            require_valid(problems)
            saved = uow.consents.save(consent)
            uow.commit()
        return saved

    def withdraw(self, consent_id: int, on: date, note: str) -> Consent:
        """Withdrawn from ``on``: the gate blocks what depended on it from that day."""
        with self._uow() as uow:
            consent = uow.consents.get(consent_id)
        if consent.withdrawn_on is not None:
            raise ValidationFailed(
                [FieldProblem("withdrawn_on", "Samtykket er allerede trukket tilbake.")]
            )
        return self.save(replace(consent, withdrawn_on=on, withdrawal_note=note.strip()))

    def gate(
        self,
        parent_id: int,
        service_id: int,
        wanted: Sequence[InformationCategory],
        exceptions: Sequence[LegalBasisException] = (),
        on: date | None = None,
    ) -> GateDecision:
        with self._uow() as uow:
            service = uow.services.get(service_id)
            consents = uow.consents.of_parent(parent_id)
        return consent_gate(service, wanted, consents, on or self._today(), exceptions)

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """Oversikt's provider: consents that expire soon (read are only those ending within
        the notice; the rule decides)."""
        last = today + timedelta(days=EXPIRY_NOTICE_DAYS)
        return consent_deadlines(uow.reads.consents_ending_between(today, last), today)
