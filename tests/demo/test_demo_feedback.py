"""The demo's feedback (issue 22 § 2) on a small vault, written through the service at the
parents' own held conversations of the last year: the featured parent's SRS dips below the line
and rises again, their ORS rises from the clinical range across the cut-off, other parents have
a shorter story or answer «Var samtalen nyttig for deg?» in words; the same for the same seed."""

from __future__ import annotations

from datetime import timedelta

from bufapp.demo.feedback import fill_demo_feedback
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm
from bufapp.domain.feedback_rules import Change, ors_verdicts
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.feedback.service import FeedbackService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.unit.test_register_service import add_parent


def test_a_year_of_kor_that_dips_and_rises_and_some_simple_feedback(
    register: RegisterService, contact_log: ContactLogService, vault: Vault
) -> None:
    parents = [
        add_parent(register, name).id or 0 for name in ("Tuva", "Ola", "Kari", "Ánde", "Siv")
    ]
    for index, parent_id in enumerate(parents):
        talks = 14 - 2 * index  # the first parent talks the most: the featured one
        for n in range(talks):
            moment = NOW - timedelta(days=10 + n * (340 // talks))
            form = ContactForm.PHONE if n % 2 else ContactForm.OFFICE_MEETING
            contact_log.save(ContactEntry(parent_id, moment, form, summary="Samtale."), final=True)
    service = FeedbackService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    tally = fill_demo_feedback(contact_log, service, parents, seed=1, today=TODAY)
    featured = service.page(parents[0])
    srs = [line.score.total_tenths for line in featured.srs]
    assert len(srs) == 12 and srs[0] >= 360 and min(srs) < 360 and srs[-1] >= 360
    assert [line.below for line in featured.srs].index(True) > 0  # a dip, not a start below
    ors = list(featured.ors)
    assert ors[0].below and not ors[-1].below  # across the cut-off
    assert ors[-1].verdict.startswith("Pålitelig bedring")
    assert any("Spør" in line.score.note for line in featured.srs)  # what was asked next time
    assert featured.simple  # the featured parent answers in words too
    others = [service.page(p) for p in parents[1:]]
    assert any(p.ors for p in others) and any(p.simple and not p.ors for p in others)
    verdicts = [service.page(p).ors for p in parents[1:4]]
    worse = [ors_verdicts([line.score for line in lines], featured.numbers)[-1].change
             for lines in verdicts if lines]  # fmt: skip
    assert Change.WORSE in worse or Change.UNCHANGED in worse
    assert tally.srs == sum(len(service.page(p).srs) for p in parents)
    assert tally.simple == sum(len(service.page(p).simple) for p in parents)
