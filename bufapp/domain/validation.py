"""Validation of input, as Norwegian messages that name the field.

Each ``check_*`` function returns every problem at once (so a form can mark all fields);
``require_valid`` raises ValidationFailed when there are any. Nothing is saved on failure.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from bufapp.domain import national_id
from bufapp.domain.consent import Consent, Service
from bufapp.domain.entities import Caseworker, Child, Office, Parent, Placement
from bufapp.domain.interpreting import check_language_needs
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem, ValidationFailed

_POSTAL_CODE = re.compile(r"^\d{4}$", re.ASCII)
_ORG_NUMBER = re.compile(r"^\d{9}$", re.ASCII)
_CASE_NUMBER = re.compile(r"^\d{2,4}/\d{1,7}(-\d{1,4})?$", re.ASCII)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)

T = TypeVar("T")


def texts_stripped(record: T, keep: tuple[str, ...] = ()) -> T:
    """The record (a dataclass) with every text field stripped of the spaces and blank lines
    typed around it, except the fields named in ``keep`` (a key, not typed text)."""
    texts: dict[str, Any] = {
        f.name: value.strip()
        for f in fields(record)  # type: ignore[arg-type]
        if f.name not in keep
        # a StrEnum member is a str too: stripped, it would lose its kind
        and isinstance(value := getattr(record, f.name), str)
        and not isinstance(value, Enum)
    }
    return replace(record, **texts)  # type: ignore[type-var]


def require_valid(problems: list[FieldProblem]) -> None:
    if problems:
        raise ValidationFailed(problems)


def _required(value: str, field: str, message: str) -> list[FieldProblem]:
    """``message``: the whole message, «<what> må fylles ut.», so the catalogues hold it."""
    return [] if value.strip() else [FieldProblem(field, message)]


def _not_future(value: date | None, field: str, message: str, today: date) -> list[FieldProblem]:
    """``message``: the whole message, «<what> kan ikke være fram i tid.»."""
    if value is not None and value > today:
        return [FieldProblem(field, message)]
    return []


def _phone(value: str, field: str) -> list[FieldProblem]:
    if not value.strip():
        return []
    digits = re.sub(r"[\s\-()]", "", value)
    if not re.fullmatch(r"\+?\d{8,15}", digits, re.ASCII):
        return [
            FieldProblem(field, N_("Telefonnummeret må ha minst 8 siffer (landkode med + er lov)."))
        ]
    return []


def _email(value: str, field: str) -> list[FieldProblem]:
    if value.strip() and not _EMAIL.match(value.strip()):
        return [
            FieldProblem(field, N_("E-postadressen ser ikke riktig ut (mangler @ eller domene)."))
        ]
    return []


def check_national_id(
    value: str | None, field: str, birth_date: date | None, today: date
) -> list[FieldProblem]:
    if not value:
        return []
    try:
        parsed = national_id.parse(value)
    except national_id.InvalidNationalId as problem:
        return [FieldProblem(field, str(problem))]
    if parsed.birth_date > today:
        return [FieldProblem(field, N_("Fødselsnummer/D-nummer: fødselsdatoen er fram i tid."))]
    if birth_date is not None and birth_date != parsed.birth_date:
        return [
            FieldProblem(
                "birth_date", N_("Fødselsdatoen stemmer ikke med fødselsnummeret/D-nummeret.")
            )
        ]
    return []


def org_number_is_valid(value: str) -> bool:
    """Brønnøysund organisation numbers: nine digits, the last a mod-11 check digit."""
    if not _ORG_NUMBER.match(value):
        return False
    check = (11 - sum(int(d) * w for d, w in zip(value, _ORG_WEIGHTS, strict=False)) % 11) % 11
    return check != 10 and check == int(value[8])


def check_office(office: Office) -> list[FieldProblem]:
    problems = _required(office.municipality, "municipality", N_("Kommune/tjeneste må fylles ut."))
    number = office.org_number.replace(" ", "")
    if number and not org_number_is_valid(number):
        problems.append(
            FieldProblem(
                "org_number", N_("Organisasjonsnummeret må ha 9 siffer med gyldig kontrollsiffer.")
            )
        )
    problems += _phone(office.phone, "phone")
    problems += _email(office.email, "email")
    return problems


def check_caseworker(caseworker: Caseworker) -> list[FieldProblem]:
    """The caseworker's name, and the direct phone and e-mail every letter prints."""
    problems = []
    if not caseworker.name.strip():
        problems.append(FieldProblem("name", N_("Navnet på saksbehandleren må fylles ut.")))
    problems += _phone(caseworker.phone, "caseworker_phone")
    problems += _email(caseworker.email, "caseworker_email")
    return problems


def check_parent(parent: Parent, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not (parent.given_names.strip() or parent.family_name.strip()):
        problems.append(
            FieldProblem("given_names", N_("Navn må fylles ut (fornavn eller etternavn)."))
        )
    problems += check_national_id(parent.national_id, "national_id", parent.birth_date, today)
    problems += _not_future(
        parent.birth_date, "birth_date", N_("Fødselsdato kan ikke være fram i tid."), today
    )
    if parent.postal_code and not _POSTAL_CODE.match(parent.postal_code.strip()):
        problems.append(FieldProblem("postal_code", N_("Postnummeret må ha 4 siffer.")))
    problems += _phone(parent.phone, "phone")
    problems += _email(parent.email, "email")
    if parent.interpreter_language is not None and not parent.interpreter_language.strip():
        problems.append(
            FieldProblem("interpreter_language", N_("Skriv hvilket språk tolken skal tolke til."))
        )
    problems += check_language_needs(
        parent.written_language, parent.interpreter_language, parent.interpreter_level
    )
    return problems


def check_child(child: Child, today: date) -> list[FieldProblem]:
    problems = _required(child.given_names, "given_names", N_("Fornavn må fylles ut."))
    problems += _not_future(
        child.birth_date, "birth_date", N_("Fødselsdato kan ikke være fram i tid."), today
    )
    problems += check_national_id(child.national_id, "national_id", child.birth_date, today)
    if not child.case_number.strip():
        problems.append(
            FieldProblem(
                "case_number", N_("Saksnummer i fagsystemet må fylles ut (f.eks. 2024/1234).")
            )
        )
    elif not _CASE_NUMBER.match(child.case_number.strip()):
        problems.append(
            FieldProblem(
                "case_number", N_("Saksnummeret må se slik ut: år/løpenummer, f.eks. 2024/1234.")
            )
        )
    parent_ids = [link.parent_id for link in child.parents]
    if len(parent_ids) != len(set(parent_ids)):
        problems.append(
            FieldProblem("parents", N_("Samme forelder er koblet til barnet to ganger."))
        )
    return problems


def check_placement(placement: Placement, today: date) -> list[FieldProblem]:
    problems = _not_future(
        placement.end_date, "end_date", N_("Sluttdato kan ikke være fram i tid."), today
    )
    if placement.end_date is not None and placement.end_date < placement.start_date:
        problems.append(FieldProblem("end_date", N_("Sluttdatoen kan ikke være før startdatoen.")))
    if placement.end_date is None and placement.end_reason is not None:
        problems.append(
            FieldProblem(
                "end_date", N_("Fyll ut sluttdato når du oppgir hvorfor plasseringen endte.")
            )
        )
    if placement.end_date is not None and placement.end_reason is None:
        problems.append(FieldProblem("end_reason", N_("Oppgi hvorfor plasseringen endte.")))
    problems += _phone(placement.place_phone, "place_phone")
    if placement.whereabouts_hidden:
        if placement.hidden_decided_on is None:
            problems.append(
                FieldProblem(
                    "hidden_decided_on",
                    N_("Oppgi datoen for vedtaket om at bostedet skal skjules."),
                )
            )
        problems += _not_future(
            placement.hidden_decided_on,
            "hidden_decided_on",
            N_("Vedtaksdatoen kan ikke være fram i tid."),
            today,
        )
        problems += _required(
            placement.hidden_basis,
            "hidden_basis",
            N_("Grunnlaget for å skjule bostedet må fylles ut."),
        )
    return problems


def check_placement_against_child(placement: Placement, child: Child) -> list[FieldProblem]:
    if placement.start_date < child.birth_date:
        return [FieldProblem("start_date", N_("Startdatoen kan ikke være før barnet ble født."))]
    return []


def check_service(service: Service) -> list[FieldProblem]:
    return (
        _required(service.name, "name", N_("Navnet på tjenesten må fylles ut."))
        + _phone(service.phone, "phone")
        + _email(service.email, "email")
    )


def check_consent(consent: Consent, today: date) -> list[FieldProblem]:
    """Every problem with a consent: specific (what, to whom, for what), dated, withdrawable."""
    problems = _required(consent.purpose, "purpose", N_("Formålet må fylles ut."))
    if not consent.categories:
        problems.append(
            FieldProblem("categories", N_("Velg hvilke opplysninger samtykket gjelder."))
        )
    if (consent.service_id is None) == (consent.service_type is None):
        problems.append(
            FieldProblem(
                "recipient", N_("Velg én mottaker: en bestemt tjeneste eller en type tjeneste.")
            )
        )
    problems += _not_future(
        consent.given_on,
        "given_on",
        N_("Datoen samtykket ble gitt kan ikke være fram i tid."),
        today,
    )
    if consent.valid_until is not None and consent.valid_until < consent.given_on:
        problems.append(
            FieldProblem("valid_until", N_("Gyldig til kan ikke være før samtykket ble gitt."))
        )
    if consent.withdrawn_on is not None:
        problems += _not_future(
            consent.withdrawn_on,
            "withdrawn_on",
            N_("Datoen for tilbaketrekking kan ikke være fram i tid."),
            today,
        )
        if consent.withdrawn_on < consent.given_on:
            problems.append(
                FieldProblem("withdrawn_on", N_("Samtykket kan ikke trekkes før det ble gitt."))
            )
    return problems
