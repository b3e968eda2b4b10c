"""The parent's feedback on a real encrypted vault: KOR scores marked on paper saved through
the checks, the page's verdicts, the contacts to link to, corrections audited, simple
feedback, and the office report's figures across parents. Today is ``TODAY``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm, KorScale, Usefulness
from bufapp.domain.feedback import KorScore, SimpleFeedback
from bufapp.errors import NotFound, ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.feedback.service import FeedbackService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.unit.test_register_service import add_parent


@pytest.fixture
def feedback(vault: Vault) -> FeedbackService:
    return FeedbackService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)


def _talk(log: ContactLogService, parent: int, days_ago: int, summary: str) -> int:
    entry = ContactEntry(
        parent, NOW - timedelta(days=days_ago), ContactForm.OFFICE_MEETING, summary=summary
    )
    return log.save(entry, final=True).id or 0


def _score(parent: int, scale: KorScale, day: date, *marks: int, entry: int | None = None):  # type: ignore[no-untyped-def]
    return KorScore(parent, scale, day, tuple(marks), entry_id=entry)  # type: ignore[arg-type]


def test_scores_are_saved_checked_and_shown_with_their_verdicts(
    register: RegisterService,
    contact_log: ContactLogService,
    feedback: FeedbackService,
    vault: Vault,
) -> None:
    mother = add_parent(register, "Siv").id or 0
    other = add_parent(register, "Ánne", "Sárá").id or 0
    first_talk = _talk(contact_log, mother, 60, "Første samtale på kontoret om samværet.")
    last_talk = _talk(contact_log, mother, 2, "Samtale om skole og bolig.")
    foreign = _talk(contact_log, other, 1, "Annen forelder.")

    choices = feedback.contacts(mother)
    assert [c.entry_id for c in choices] == [last_talk, first_talk]  # the latest first: default
    assert choices[0].label.startswith((TODAY - timedelta(days=2)).strftime("%d.%m.%Y"))
    assert "Kontormøte" in choices[0].label or "Samtale" in choices[0].label

    with pytest.raises(ValidationFailed) as refused:
        feedback.save_score(_score(mother, KorScale.ORS, TODAY, 101, 50, 50, 50, entry=foreign))
    assert refused.value.for_field("score_1") and refused.value.for_field("entry_id")
    with pytest.raises(ValidationFailed) as future:
        feedback.save_score(_score(mother, KorScale.ORS, TODAY + timedelta(days=1), 5, 5, 5, 5))
    assert future.value.for_field("given_on")

    feedback.save_score(
        _score(mother, KorScale.ORS, date(2026, 4, 16), 40, 50, 45, 45, entry=first_talk)
    )
    up = feedback.save_score(
        _score(mother, KorScale.ORS, date(2026, 6, 13), 70, 65, 60, 60, entry=last_talk)
    )
    feedback.save_score(
        _score(mother, KorScale.SRS, date(2026, 4, 16), 90, 80, 90, 85, entry=first_talk)
    )
    feedback.save_score(_score(mother, KorScale.SRS, date(2026, 6, 13), 95, 95, 90, 90))

    page = feedback.page(mother)
    assert [line.score.total_tenths for line in page.ors] == [180, 255]
    assert page.ors[0].verdict.startswith("Første skår") and page.ors[0].below
    assert page.ors[1].verdict == ("Pålitelig bedring (+7,5), krysset klinisk grense (25,0)")
    assert not page.ors[1].below
    assert page.ors[0].contact == "Møte på kontoret, 16.04.2026"
    assert [line.below for line in page.srs] == [True, False]  # 34,5 then 37,0
    assert "Spør hva som skal være annerledes neste gang" in page.srs[0].verdict
    assert page.latest_srs_below is None
    assert page.numbers.ors_dimensions[1] == "Relasjoner / nære relasjoner"
    assert feedback.card_lines(mother)[0].startswith("ORS 25,5: Pålitelig bedring")

    # A correction is a change in place, audited under the parent.
    corrected = feedback.save_score(replace(up, tenths=(70, 65, 60, 50), note="Skrevet av feil."))
    assert corrected.id == up.id and feedback.score(up.id or 0).total_tenths == 245
    assert feedback.page(mother).ors[1].verdict.startswith("Pålitelig bedring (+6,5), under")
    with pytest.raises(NotFound):
        feedback.save_score(replace(up, parent_id=other))
    with UnitOfWork(vault.session_factory) as uow:
        trail = {(r.action.value, r.subject_kind, r.subject_id) for r in
                 uow.audit_records.of_parent(mother)}  # fmt: skip
    assert ("created", "kor_score", up.id) in trail and ("changed", "kor_score", up.id) in trail


def test_simple_feedback_after_a_conversation(
    register: RegisterService, contact_log: ContactLogService, feedback: FeedbackService
) -> None:
    mother = add_parent(register, "Siv").id or 0
    talk = _talk(contact_log, mother, 3, "Samtale etter samværet.")
    with pytest.raises(ValidationFailed) as refused:
        feedback.save_simple(SimpleFeedback(mother, talk + 99, TODAY, Usefulness.YES))
    assert refused.value.for_field("entry_id")
    saved = feedback.save_simple(
        SimpleFeedback(mother, talk, TODAY, Usefulness.PARTLY, "  Godt å bli hørt, men kort tid. ")
    )
    page = feedback.page(mother)
    assert page.question == "Var samtalen nyttig for deg?"
    assert [(s.feedback.answer, s.feedback.words) for s in page.simple] == [
        (Usefulness.PARTLY, "Godt å bli hørt, men kort tid.")
    ]
    assert page.simple[0].contact.endswith(", 12.06.2026")
    assert feedback.simple(saved.id or 0).answer == Usefulness.PARTLY


def test_the_office_reports_figures_across_parents(
    register: RegisterService, feedback: FeedbackService
) -> None:
    a, b, c = (add_parent(register, name).id or 0 for name in ("Siv", "Ola", "Kari"))
    for parent, day, marks in (
        (a, date(2026, 1, 5), (50, 50, 50, 50)),  # a: 20,0 → 27,0
        (a, date(2026, 3, 5), (60, 60, 60, 60)),
        (a, date(2026, 5, 5), (70, 70, 65, 65)),
        (b, date(2026, 2, 1), (80, 80, 80, 80)),  # b: one score, 32,0
    ):
        feedback.save_score(_score(parent, KorScale.ORS, day, *marks))
    for parent, marks in ((a, (90, 90, 90, 89)), (a, (90, 90, 90, 90)), (c, (50, 50, 50, 50))):
        feedback.save_score(_score(parent, KorScale.SRS, date(2026, 5, 5), *marks))
    assert feedback.ors_change_per_parent() == {a: (200, 270, 3), b: (320, 320, 1)}
    assert feedback.ors_change_per_parent([b, c]) == {b: (320, 320, 1)}
    assert feedback.srs_below_per_parent() == {a: (1, 2), c: (1, 1)}


def test_the_access_pack_gives_the_parent_each_kor_form_and_answer_in_their_words(
    register: RegisterService,
    contact_log: ContactLogService,
    feedback: FeedbackService,
    vault: Vault,
) -> None:
    from bufapp.domain.entities import Office
    from bufapp.services.access.service import AccessService
    from tests.documents.pdf_checks import flat

    register.save_office(Office(municipality="Fjellvik kommune"))
    mother = add_parent(register, "Máret", "Čuđe").id or 0
    talk = _talk(contact_log, mother, 3, "Samtale om samværet.")
    feedback.save_score(_score(mother, KorScale.ORS, date(2026, 6, 12), 62, 55, 71, 48, entry=talk))
    feedback.save_score(replace(_score(mother, KorScale.SRS, date(2026, 6, 12), 90, 80, 85, 70),
                                note="Spør hva hun vil bruke tiden på neste gang."))  # fmt: skip
    feedback.save_simple(
        SimpleFeedback(
            mother, talk, date(2026, 6, 12), Usefulness.PARTLY, "Litt for mye om papirer."
        )
    )
    text = flat(
        AccessService(lambda: UnitOfWork(vault.session_factory), now=lambda: NOW).pack_pdf(mother)
    )
    for expected in (
        "ORS – hvordan du hadde det", "Individuelt / personlig", "23,6 av 40",
        "SRS – hvordan samtalen var for deg", "Tilnærming eller metode", "32,5 av 40",
        "Spør hva hun vil bruke tiden på neste gang.",
        "Var samtalen nyttig for deg?", "Delvis", "Litt for mye om papirer.",
    ):  # fmt: skip
        assert expected in text, expected


def test_each_kor_form_and_answer_goes_to_the_archive_as_its_own_document(
    register: RegisterService,
    contact_log: ContactLogService,
    feedback: FeedbackService,
    vault: Vault,
    tmp_path: Path,
) -> None:
    from bufapp.domain.entities import Office
    from bufapp.services.archive.export import ArchiveExportService
    from bufapp.services.archive.model import ExportScope, ItemKind
    from tests.documents.pdf_checks import flat

    register.save_office(Office(municipality="Fjellvik kommune"))
    mother = add_parent(register, "Máret", "Čuđe").id or 0
    talk = _talk(contact_log, mother, 3, "Samtale om samværet.")
    ors = feedback.save_score(_score(mother, KorScale.ORS, date(2026, 6, 12), 62, 55, 71, 48))
    answer = feedback.save_simple(
        SimpleFeedback(mother, talk, date(2026, 6, 12), Usefulness.NO, "Det føltes som et avhør.")
    )
    target = tmp_path / "arkiv"
    target.mkdir()
    archive = ArchiveExportService(lambda: UnitOfWork(vault.session_factory), now=lambda: NOW)
    result = archive.export(ExportScope(mother), target)
    assert result.folder is not None
    found = {(i.kind, i.item_id): i for i in result.items}
    kor = flat((result.folder / found[ItemKind.KOR_SCORE, ors.id].file_name).read_bytes())
    assert "ORS – hvordan forelderen hadde det" in kor and "23,6 av 40" in kor
    assert "Relasjoner / nære relasjoner" in kor
    said = flat((result.folder / found[ItemKind.SIMPLE_FEEDBACK, answer.id].file_name).read_bytes())
    assert "Forelderens ord" in said and "Det føltes som et avhør." in said
    # A corrected score goes again; the answer, unchanged, does not.
    feedback.save_score(replace(ors, tenths=(62, 55, 71, 58)))
    again = archive.export(ExportScope(mother), target)
    kinds = {(i.kind, i.item_id) for i in again.items}
    assert (ItemKind.KOR_SCORE, ors.id) in kinds
    assert (ItemKind.SIMPLE_FEEDBACK, answer.id) not in kinds
