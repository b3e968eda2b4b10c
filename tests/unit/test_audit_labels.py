"""Every audit action and every subject kind the code can write reads in Norwegian in the parent's
own access log: the sets are the enums the trail is written with, and writing a kind outside them
is refused, so a new kind cannot reach a parent as a raw English key."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bufapp.domain.audit import SUBJECT_LABELS, AuditAction, AuditEvent, AuditRecord, SubjectKind
from bufapp.services.archive.model import ItemKind
from bufapp.storage.audit_capture import PARTS, ROOTS


def _looks_norwegian(label: str, key: str) -> bool:
    plain = key.replace("_", " ")
    return bool(label.strip()) and label.casefold() not in {key.casefold(), plain.casefold()}


@pytest.mark.parametrize("action", list(AuditAction))
def test_every_action_has_a_norwegian_label(action: AuditAction) -> None:
    assert _looks_norwegian(action.label, action.value), action


@pytest.mark.parametrize("kind", list(SubjectKind))
def test_every_subject_kind_has_a_norwegian_label(kind: SubjectKind) -> None:
    assert _looks_norwegian(SUBJECT_LABELS[kind], kind.value), kind
    assert _looks_norwegian(kind.label, kind.value), kind


def test_every_kind_the_trail_is_written_with_is_a_subject_kind() -> None:
    written = {*ROOTS.values(), *(kind for kind, _ in PARTS.values()), *ItemKind}
    assert written <= set(SubjectKind), written - set(SubjectKind)


def test_an_event_of_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="subject kind"):
        AuditEvent(AuditAction.CHANGED, "gadget")
    assert AuditEvent(AuditAction.ACCESS_PACK).subject_kind == ""  # no subject is allowed


def test_a_document_shown_reads_in_norwegian() -> None:
    record = AuditRecord(
        1, datetime(2026, 3, 2, tzinfo=UTC), "Ingrid", AuditAction.DOCUMENT_PREVIEWED,
        SubjectKind.DOCUMENT, None, 7, "Henvisning til NAV",
    )  # fmt: skip
    assert record.what == "Dokument forhåndsvist: dokument – Henvisning til NAV"
    assert "document" not in record.what
