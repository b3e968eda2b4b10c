"""The office report on a hand-computed vault: nine parents with known dates in 2025 (today is
15 June 2026, so 2025 is the last full year), each figure worked out by hand in the comments
below and compared with what the SQL aggregates give; then the small-number suppression on the
same figures, and the parents' words chosen for the report (names and national ids refused).

One vault for the module: the figures tests only read; the quote tests write words only.

The nine parents (one child each, all named «Hansen»; first conversation limit 14 days):

  P1  placed 03.02.2025. Letter with the topic «Første samtale» 05.02 (offered, day 2); office
      meeting with the topic 12.02 (held).
  P2  placed 10.03.2025. SMS with the topic 24.03 (day 14: in time); phone with the topic 01.04.
  P3  placed 01.04.2025. Letter with the topic 20.04 (day 19: late); home visit with topic 02.05.
  P4  placed 05.05.2025. Refused contact 10.05 (counts as offered in time); never held.
  P5  placed 02.06.2025, home again 31.10.2025. Office meeting with the topic 09.06 (offers and
      holds it).
  P6  placed 04.08.2025. Failed attempt with the topic 06.08 and a letter with the topic 07.08
      that was withdrawn (neither counts); video without the topic 20.08 (not the first
      conversation: the office counts only the topic).
  P7  child placed 01.11.2024 in an emergency home until 14.01.2025, then a foster home from
      15.01.2025: one episode, begun before 2025 — not «placed in the period».
  P8  child placed 01.05.2023, still placed. Phone calls on the 15th of every month of 2025;
      contact plan every 35 days.
  P9  placed 22.12.2025. Phone with the topic at 00:30 on 06.01.2026 Oslo time (23:30 UTC on
      05.01): the Oslo day is day 15, so offered late — but held.

First conversation: placed in 2025 = P1 P2 P3 P4 P5 P6 P9 = 7; offered within 14 days =
P1 P2 P4 P5 = 4; held = P1 P2 P3 P5 P9 = 5.

Contact gaps (held conversations only; from the later of 1 January and the first placement to
the earlier of 31 December and the end of placement):
  P1 02.02→… points 03.02, 12.02, 31.12: gaps 9, 322 → 322 (limit 30: over)
  P2 10.03, 01.04, 31.12: 22, 274 → 274 (over)
  P3 01.04, 02.05, 31.12: 31, 243 → 243 (over)
  P4 05.05, 31.12: 240 (over)
  P5 02.06, 09.06, 31.10: 7, 144 → 144 (over)
  P6 04.08, 20.08, 31.12: 16, 133 → 133 (over)
  P7 01.01, 31.12: 364 (over)
  P8 01.01, 15.01, 15.02, …, 15.12, 31.12: longest 31 (15.01→15.02 etc.); limit 35: not over
  P9 22.12, 31.12: 9 (the call on 06.01.2026 is after the period); not over
  → 7 of 9 over; median of [9, 31, 133, 144, 240, 243, 274, 322, 364] = 240.

Meeting evaluations given in 2025 (how it was / understood / heard):
  P1 01.03 (4, 5, 4) and 01.09 (5, 5, 5); P2 01.04 (3, 4, 2); P3 01.05 (2, 3, 3);
  P8 01.06 (5, 4, 4); P7 01.07 (4, 4, 5); not counted: P8 01.12.2024 (1, 1, 1), and a P7
  meeting 01.08.2025 with no evaluation.
  → 6 meetings from 5 parents; means 23/6 = 3.8, 25/6 = 4.2, 23/6 = 3.8.

Information given in 2025 (understood?): P1 a yes, P1 b partly; P2 a yes; P3 a no, then a
yes; P4 a unconfirmed; P5 a yes; P6 a yes; P7 a yes, P7 b partly; P8 a yes, P8 b unconfirmed;
P9 a yes; not counted: P6 a on 20.12.2024. → 13 givings by 9 parents, 8 understood.

KOR (from the feedback part; the period's scores only — P3's ORS of 10 on 05.11.2024 and P9's
SRS of 30 on 10.01.2026 are outside it and change nothing; reliable change 5 points,
SRS cut-off 36): ORS first → last: P1 20 → 28 (better), P2 15 → 26 (better), P3 20 → 23,
P4 25 → 24 (no reliable change), P5 30 → 24 (worse), P6 22 → 29 (better); P7 one ORS only (not
counted) → 6 parents: 3 better, 2 unchanged, 1 worse. SRS: P1 38, 35, 37; P2 34, 30; P8 39,
39.5, 40, 38 → 9 conversations by 3 parents, 3 below 36.

Group offers (from the group-offer part; each step counted when its day is in 2025): one ICDP
group. P1 told 20.02, referred 01.03, started 15.03, completed 01.06; P2 told 01.03, referred
10.03, started 01.04; P3 told 01.04, referred 05.04; P4 told of the offers in general 10.05;
P5 told 10.06, referred 15.06, started 01.08, completed 01.11; P6 told 01.12.2024 (not
counted), referred 10.01, started 01.02; P8 told 20.01. → told 6 parents (P1 P2 P3 P4 P5 P8),
referred 5, started 4, completed 2.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

import pytest

from bufapp.documents import pdfa
from bufapp.domain.audit import AuditAction
from bufapp.domain.contact_log import ContactEntry, ContactPlan
from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    GroupOfferType,
    KorScale,
    MeetingStatus,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
    Understanding,
)
from bufapp.domain.feedback import KorScore
from bufapp.domain.followup import InformationGiven, ParentEvaluation
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.domain.groups import Evaluation, Meeting, ResponsibilityGroup
from bufapp.domain.office_report import Hidden, Period, QuoteSource, ReportQuote
from bufapp.errors import ValidationFailed
from bufapp.services.access.service import AccessService
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.office_report.service import OfficeReportService
from bufapp.services.register import RegisterService
from bufapp.storage.office_report_reads import parameters
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.documents.pdf_checks import flat

YEAR = Period(2025)
FIRST = ContactTopic.FIRST_CONVERSATION
PARENT_NAMES = ("Kari", "Per", "Ingrid", "Ahmed", "Sunniva", "Tomasz", "Heidi", "Elle", "Bjørn")
CHILD_NAMES = ("Emma", "Jonas", "Máret", "Noor", "Ánde", "Đuro", "Oskar", "Sofie", "Ida")


def _at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=OSLO)


@dataclass
class Office:
    vault: Vault
    service: OfficeReportService
    parents: dict[str, int]
    entries: dict[str, int]

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.vault.session_factory)


def _build(vault: Vault) -> Office:
    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    register = RegisterService(uow, today=lambda: TODAY)
    log = ContactLogService(uow, today=lambda: TODAY, now=lambda: _at(TODAY, 13))
    parents: dict[str, int] = {}
    children: dict[str, int] = {}
    for n in range(1, 10):
        parent = register.save_parent(Parent(PARENT_NAMES[n - 1], "Hansen"))
        parents[f"P{n}"] = parent.id or 0
        child = register.save_child(
            Child(
                CHILD_NAMES[n - 1],
                "Hansen",
                date(2015, 1, n),
                f"2025/{n}",
                parents=(ParentLink(parent.id or 0, ParentRole.MOTHER),),
            )
        )
        children[f"P{n}"] = child.id or 0

    def place(who: str, start: date, end: date | None = None, kind=PlaceType.FOSTER_HOME) -> None:
        register.save_placement(
            Placement(
                children[who],
                PlacementBasis.CARE_ORDER,
                kind,
                start,
                end_date=end,
                end_reason=None if end is None else PlacementEndReason.MOVED,
                carer_names="Guri og Tor Fosseng" if who == "P1" else "",
            )
        )

    place("P1", date(2025, 2, 3))
    place("P2", date(2025, 3, 10))
    place("P3", date(2025, 4, 1))
    place("P4", date(2025, 5, 5))
    place("P5", date(2025, 6, 2), date(2025, 10, 31))
    place("P6", date(2025, 8, 4))
    place("P7", date(2024, 11, 1), date(2025, 1, 14), PlaceType.EMERGENCY_HOME)
    place("P7", date(2025, 1, 15))
    place("P8", date(2023, 5, 1))
    place("P9", date(2025, 12, 22))

    def entry(
        who: str, when: datetime, form: ContactForm, *topics: ContactTopic, **kw
    ) -> ContactEntry:
        return ContactEntry(parents[who], when, form, topics=topics, summary="Samtale.", **kw)

    entries = [
        entry("P1", _at(date(2025, 2, 5)), ContactForm.LETTER, FIRST),
        entry("P1", _at(date(2025, 2, 12)), ContactForm.OFFICE_MEETING, FIRST,
              parent_words="Det hjalp å bli tatt på alvor fra første dag."),
        entry("P2", _at(date(2025, 3, 24)), ContactForm.MESSAGE, FIRST),
        entry("P2", _at(date(2025, 4, 1)), ContactForm.PHONE, FIRST),
        entry("P3", _at(date(2025, 4, 20)), ContactForm.LETTER, FIRST),
        entry("P3", _at(date(2025, 5, 2)), ContactForm.HOME_VISIT, FIRST),
        entry("P5", _at(date(2025, 6, 9)), ContactForm.OFFICE_MEETING, FIRST),
        entry("P6", _at(date(2025, 8, 6)), ContactForm.FAILED_ATTEMPT, FIRST),
        entry("P6", _at(date(2025, 8, 7)), ContactForm.LETTER, FIRST),
        entry("P6", _at(date(2025, 8, 20)), ContactForm.VIDEO),
        entry("P9", _at(date(2026, 1, 6), 0, 30), ContactForm.PHONE, FIRST),
    ] + [entry("P8", _at(date(2025, month, 15)), ContactForm.PHONE) for month in range(1, 13)]  # fmt: skip
    saved = log.save_many(entries, final=True)
    withdrawn = saved[8]
    log.withdraw(withdrawn.id or 0, "Feil forelder.")
    log.save_plan(ContactPlan(parents["P4"], refused_on=date(2025, 5, 10), next_offer_on=date(2025, 8, 10)))  # fmt: skip
    log.save_plan(ContactPlan(parents["P8"], every_days=35, agreed_on=date(2023, 6, 1)))

    scores = {
        "P1": [(date(2025, 3, 1), (4, 5, 4)), (date(2025, 9, 1), (5, 5, 5))],
        "P2": [(date(2025, 4, 1), (3, 4, 2))],
        "P3": [(date(2025, 5, 1), (2, 3, 3))],
        "P8": [(date(2025, 6, 1), (5, 4, 4)), (date(2024, 12, 1), (1, 1, 1))],
        "P7": [(date(2025, 7, 1), (4, 4, 5)), (date(2025, 8, 1), None)],
    }
    info = [
        ("P1", "a", Understanding.UNDERSTOOD), ("P1", "b", Understanding.PARTLY),
        ("P2", "a", Understanding.UNDERSTOOD), ("P3", "a", Understanding.NOT_UNDERSTOOD),
        ("P3", "a", Understanding.UNDERSTOOD), ("P4", "a", Understanding.UNCONFIRMED),
        ("P5", "a", Understanding.UNDERSTOOD), ("P6", "a", Understanding.UNDERSTOOD),
        ("P7", "a", Understanding.UNDERSTOOD), ("P7", "b", Understanding.PARTLY),
        ("P8", "a", Understanding.UNDERSTOOD), ("P8", "b", Understanding.UNCONFIRMED),
        ("P9", "a", Understanding.UNDERSTOOD),
    ]  # fmt: skip
    with uow() as unit:
        for who, meetings in scores.items():
            group = unit.groups.save(
                ResponsibilityGroup(parents[who], "Oppfølging", date(2024, 1, 1))
            )
            for day, score in meetings:
                evaluation = None if score is None else Evaluation(day, *score, words="")
                unit.meetings.save(
                    Meeting(
                        group.id or 0, _at(day), status=MeetingStatus.HELD, evaluation=evaluation
                    )
                )
        for index, (who, item, understood) in enumerate(info):
            unit.followup.save(
                InformationGiven(
                    parents[who], item, date(2025, 3, 1 + index), understood=understood
                )
            )
        unit.followup.save(InformationGiven(parents["P6"], "a", date(2024, 12, 20), understood=Understanding.UNDERSTOOD))  # fmt: skip
        unit.followup.save(ParentEvaluation(parents["P2"], date(2025, 11, 3), "Møtene ble bedre da jeg fikk ha med meg søsteren min."))  # fmt: skip
        ors = {"P1": (200, 280), "P2": (150, 260), "P3": (200, 230), "P4": (250, 240),
               "P5": (300, 240), "P6": (220, 290), "P7": (210, None)}  # fmt: skip
        for who, totals in ors.items():
            for month, total in zip((2, 10), totals, strict=True):
                if total is not None:
                    quarter = (total // 4,) * 3 + (total - 3 * (total // 4),)
                    unit.feedback.save_score(KorScore(parents[who], KorScale.ORS, date(2025, month, 1), quarter))  # fmt: skip
        # Outside the period: they would make P3 «better» and add P9 below the SRS line.
        unit.feedback.save_score(KorScore(parents["P3"], KorScale.ORS, date(2024, 11, 5), (25, 25, 25, 25)))  # fmt: skip
        unit.feedback.save_score(KorScore(parents["P9"], KorScale.SRS, date(2026, 1, 10), (75, 75, 75, 75)))  # fmt: skip
        srs = {"P1": (380, 350, 370), "P2": (340, 300), "P8": (390, 395, 400, 380)}
        for who, totals in srs.items():
            for n, total in enumerate(totals):
                quarter = (total // 4,) * 3 + (total - 3 * (total // 4),)
                unit.feedback.save_score(KorScore(parents[who], KorScale.SRS, date(2025, 4, 1 + n), quarter))  # fmt: skip
        offer = unit.group_offers.save(
            GroupOffer("ICDP-gruppe", GroupOfferType.ICDP, own_office=True)
        )
        d = date
        ways = [
            ("P1", offer.id, d(2025, 2, 20), d(2025, 3, 1), d(2025, 3, 15), d(2025, 6, 1)),
            ("P2", offer.id, d(2025, 3, 1), d(2025, 3, 10), d(2025, 4, 1), None),
            ("P3", offer.id, d(2025, 4, 1), d(2025, 4, 5), None, None),
            ("P4", None, d(2025, 5, 10), None, None, None),
            ("P5", offer.id, d(2025, 6, 10), d(2025, 6, 15), d(2025, 8, 1), d(2025, 11, 1)),
            ("P6", offer.id, d(2024, 12, 1), d(2025, 1, 10), d(2025, 2, 1), None),
            ("P8", offer.id, d(2025, 1, 20), None, None, None),
        ]
        for who, offer_id, told, referred, started, completed in ways:
            unit.group_offers.save(
                GroupParticipation(parents[who], offer_id, told, referred_on=referred,
                                   started_on=started, completed_on=completed)
            )  # fmt: skip
        unit.commit()
    service = OfficeReportService(uow, today=lambda: TODAY)
    return Office(vault, service, parents, {"P1_words": saved[1].id or 0})


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("office") / "vault", PASSPHRASE)
    try:
        yield _build(vault)
    finally:
        vault.lock()


def _params() -> dict[str, object]:
    return parameters(YEAR, 14, False)


def test_first_conversation_counts_by_hand(office: Office) -> None:
    with office.uow() as uow:
        counts = uow.office_report.first_conversation(_params())
    assert (counts.placed, counts.offered_in_time, counts.held) == (7, 4, 5)


def test_the_office_may_count_any_held_conversation(office: Office) -> None:
    """With «any held conversation»: P6's video on 20.08 (day 16) holds it, but is late."""
    with office.uow() as uow:
        counts = uow.office_report.first_conversation(parameters(YEAR, 14, True))
    assert (counts.placed, counts.offered_in_time, counts.held) == (7, 4, 6)


def test_contact_gaps_by_hand(office: Office) -> None:
    with office.uow() as uow:
        rows = uow.office_report.contact_gaps(_params())
    by_parent = {parent: (gap, limit) for parent, gap, limit in rows}
    p = office.parents
    assert by_parent == {
        p["P1"]: (322, 30), p["P2"]: (274, 30), p["P3"]: (243, 30), p["P4"]: (240, 30),
        p["P5"]: (144, 30), p["P6"]: (133, 30), p["P7"]: (364, 30), p["P8"]: (31, 35),
        p["P9"]: (9, 30),
    }  # fmt: skip


def test_meeting_evaluations_and_information_by_hand(office: Office) -> None:
    with office.uow() as uow:
        meetings = uow.office_report.meeting_evaluations(_params())
        information = uow.office_report.information(_params())
    assert (meetings.meetings, meetings.parents) == (6, 5)
    assert round(meetings.how_it_was, 3) == round(23 / 6, 3)
    assert round(meetings.understood, 3) == round(25 / 6, 3)
    assert round(meetings.heard, 3) == round(23 / 6, 3)
    assert (information.given, information.parents, information.understood) == (13, 9, 8)


def test_the_report_hides_small_numbers_and_what_would_give_them_away(office: Office) -> None:
    report = office.service.report(YEAR)
    shown = {f.key: f for f in report.figures}
    assert shown["first.placed"].shown == "7"
    assert shown["first.offered"].hidden is Hidden.SMALL  # 4
    assert shown["first.offered"].shown == "færre enn 5"
    assert shown["first.held"].hidden is Hidden.COMPLEMENT  # 5 of 7: 2 did not
    assert shown["gaps.over"].hidden is Hidden.COMPLEMENT  # 7 of 9: 2 were not
    assert shown["gaps.median"].shown == "240 dager"
    assert shown["meetings.count"].shown == "6"
    assert shown["meetings.how_it_was"].shown == "3,8 av 5"
    assert shown["meetings.understood"].shown == "4,2 av 5"
    assert shown["information.understood"].shown == "8 av 13 (62\u00a0%)"
    assert shown["kor.ors_parents"].shown == "6"
    assert [shown[f"kor.ors_{k}"].count for k in ("better", "same", "worse")] == [3, 2, 1]
    assert all(shown[f"kor.ors_{k}"].shown == "færre enn 5" for k in ("better", "same", "worse"))
    assert (shown["kor.srs_below"].count, shown["kor.srs_below"].of) == (3, 9)
    assert shown["kor.srs_below"].suppressed  # 3 parents
    assert [shown[f"groups.{k}"].count for k in ("told", "referred", "started", "completed")] == [6, 5, 4, 2]  # fmt: skip
    assert [shown[f"groups.{k}"].shown for k in ("told", "referred", "started", "completed")] == [
        "6", "5", "færre enn 5", "færre enn 5"]  # fmt: skip
    assert all(f.how.strip() for f in report.figures)
    assert report.missing == ()


def test_the_year_so_far_counts_only_up_to_today(office: Office) -> None:
    """2026 up to 15 June: only P9 (placed 22.12.2025) and P1–P4, P6–P8 still placed."""
    with office.uow() as uow:
        counts = uow.office_report.first_conversation(parameters(Period(2026, TODAY), 14, False))
        gaps = uow.office_report.contact_gaps(parameters(Period(2026, TODAY), 14, False))
    assert counts.placed == 0
    assert len(gaps) == 8  # P5's child came home in 2025


def test_candidates_are_the_parents_own_words_of_the_year(office: Office) -> None:
    found = office.service.candidates(YEAR)
    assert {(c.source, c.words) for c in found} == {
        (QuoteSource.CONTACT_ENTRY, "Det hjalp å bli tatt på alvor fra første dag."),
        (QuoteSource.PARENT_EVALUATION, "Møtene ble bedre da jeg fikk ha med meg søsteren min."),
    }


def test_words_with_a_name_from_the_vault_are_refused(office: Office) -> None:
    quote = ReportQuote(2025, "Maret og jeg fikk hjelp av familien HANSEN", QuoteSource.OTHER)
    with pytest.raises(ValidationFailed) as refused:
        office.service.save_quote(quote)
    message = refused.value.problems[0].message
    assert "«Hansen»" in message and "«Máret»" in message
    carers = office.service.check(ReportQuote(2025, "Hos fosseng og meg", QuoteSource.OTHER))
    assert "«Fosseng»" in carers[0].message and "«og»" not in carers[0].message
    assert office.service.check(ReportQuote(2025, "Det hjalp å bli hørt.", QuoteSource.OTHER)) == []
    with pytest.raises(ValidationFailed, match="fødselsnummer"):
        office.service.save_quote(ReportQuote(2025, "Nr 12345678901 hjalp", QuoteSource.OTHER))


def test_words_are_chosen_edited_and_removed(office: Office) -> None:
    service = office.service
    saved = service.save_quote(
        ReportQuote(
            2025,
            "  Det hjalp å bli tatt på alvor.  ",
            QuoteSource.CONTACT_ENTRY,
            source_id=office.entries["P1_words"],
            parent_id=office.parents["P1"],
        )
    )
    assert saved.words == "Det hjalp å bli tatt på alvor."
    assert saved.chosen_on == TODAY
    edited = service.save_quote(ReportQuote(**{**vars(saved), "words": "Å bli tatt på alvor."}))
    assert [q.words for q in service.quotes(2025)] == ["Å bli tatt på alvor."]
    assert service.report(YEAR).quotes == (edited,)
    service.remove_quote(saved.id or 0)
    assert service.quotes(2025) == []
    with pytest.raises(ValidationFailed):
        service.remove_quote(saved.id or 0)
    with office.uow() as uow:
        kinds = [r.subject_kind for r in uow.audit_records.of_parent(office.parents["P1"])]
    assert kinds.count("report_quote") == 3  # chosen, edited, removed: in the parent's log


def test_the_pdf_is_pdfa_and_names_no_one_from_the_vault(office: Office, tmp_path) -> None:
    """Words chosen from P1's contact (edited) go in; no parent's or child's name does."""
    service = office.service
    chosen = service.save_quote(
        ReportQuote(2025, "Å bli tatt på alvor fra første dag.", QuoteSource.CONTACT_ENTRY,
                    source_id=office.entries["P1_words"], parent_id=office.parents["P1"])
    )  # fmt: skip
    try:
        target = service.save_pdf(YEAR, tmp_path / "rapport")
        pdf = target.read_bytes()
    finally:
        service.remove_quote(chosen.id or 0)
    assert target.name == "rapport.pdf"
    assert pdfa.findings(pdf) == []
    text = flat(pdf)
    assert "Å bli tatt på alvor fra første dag." in text
    assert "240 dager" in text and "færre enn 5" in text
    for name in (*PARENT_NAMES, *CHILD_NAMES, "Hansen"):
        assert name not in text, name
    with office.uow() as uow:
        saved = uow.audit_records.last(AuditAction.DOCUMENT_SAVED)
    assert saved is not None and saved.parent_id is None
    assert saved.detail == "Hva kontoret lærer 2025"


def test_the_parent_sees_in_innsyn_that_their_words_were_chosen(office: Office) -> None:
    """P2's evaluation, chosen and rewritten: in P2's access pack with the report's year and
    the words as printed; not in P1's."""
    service = office.service
    (evaluation,) = [c for c in service.candidates(YEAR) if c.parent_id == office.parents["P2"]]
    chosen = service.save_quote(
        ReportQuote(2025, "Møtene ble bedre da jeg fikk ha med meg en jeg stoler på.",
                    evaluation.source, evaluation.source_id, evaluation.parent_id)
    )  # fmt: skip
    access = AccessService(office.uow, now=lambda: _at(TODAY, 13))
    try:
        own = flat(access.pack_pdf(office.parents["P2"]))
        other = flat(access.pack_pdf(office.parents["P1"]))
    finally:
        service.remove_quote(chosen.id or 0)
    assert "Ord til kontorets årsrapport" in own and "Årsrapport 2025" in own
    assert "Møtene ble bedre da jeg fikk ha med meg en jeg stoler på." in own
    assert "Ord til kontorets årsrapport" not in other
