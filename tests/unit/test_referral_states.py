"""The referral's states: every legal move with what it needs, every illegal one refused."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product

import pytest

from bufapp.domain.consent import Blocked, GateDecision
from bufapp.domain.enums import DeadlineKind, InformationCategory, ReferralState, SentBy
from bufapp.domain.referral import ALLOWED_MOVES, Referral, check_finish, move, reply_deadlines
from bufapp.errors import ValidationFailed

TODAY = date(2026, 11, 30)
DRAFT = Referral(
    7, 3, "Vi ber om en vurdering av boligsituasjonen, fordi samvær nå skal skje hjemme."
)


def _in(state: ReferralState) -> Referral:
    """A referral that got to ``state`` the legal way."""
    path = {
        ReferralState.DRAFT: [],
        ReferralState.FINISHED: [ReferralState.FINISHED],
        ReferralState.SENT: [ReferralState.FINISHED, ReferralState.SENT],
        ReferralState.ANSWERED: [ReferralState.FINISHED, ReferralState.SENT, ReferralState.ANSWERED],
        ReferralState.DECLINED: [ReferralState.FINISHED, ReferralState.SENT, ReferralState.DECLINED],
        ReferralState.NO_ANSWER: [
            ReferralState.FINISHED, ReferralState.SENT, ReferralState.NO_ANSWER,
        ],
    }[state]  # fmt: skip
    referral = DRAFT
    for step in path:
        details = {"sent_by": SentBy.POST} if step is ReferralState.SENT else {}
        referral = move(referral, step, TODAY, **details)
    return referral


ILLEGAL = [
    (start, to)
    for start, to in product(ReferralState, ReferralState)
    if to not in ALLOWED_MOVES[start]
]


@pytest.mark.parametrize(("start", "to"), ILLEGAL, ids=lambda s: s.value)
def test_every_illegal_move_is_refused_with_a_norwegian_reason(
    start: ReferralState, to: ReferralState
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        move(_in(start), to, TODAY, sent_by=SentBy.POST)
    (problem,) = caught.value.problems
    assert problem.message == f"En henvisning som er «{start.label}» kan ikke bli «{to.label}»."


def test_the_whole_way_records_dates_and_history() -> None:
    finished = move(DRAFT, ReferralState.FINISHED, TODAY)
    sent = move(
        finished,
        ReferralState.SENT,
        TODAY + timedelta(days=1),
        sent_by=SentBy.DIGITAL,
        reply_expected_by=TODAY + timedelta(days=21),
    )
    answered = move(
        sent, ReferralState.ANSWERED, TODAY + timedelta(days=10), outcome_note="Time 3.12."
    )
    assert (answered.finished_on, answered.sent_on, answered.closed_on) == (
        TODAY,
        TODAY + timedelta(days=1),
        TODAY + timedelta(days=10),
    )
    assert [state for state, _ in answered.history] == [
        ReferralState.FINISHED, ReferralState.SENT, ReferralState.ANSWERED,
    ]  # fmt: skip
    assert answered.copy_to_parent  # a copy to the parent is the default


def test_sending_needs_how_and_a_reply_date_not_before_it() -> None:
    finished = move(DRAFT, ReferralState.FINISHED, TODAY)
    with pytest.raises(ValidationFailed) as caught:
        move(finished, ReferralState.SENT, TODAY, reply_expected_by=TODAY - timedelta(days=1))
    assert {p.field for p in caught.value.problems} == {"sent_by", "reply_expected_by"}


def test_finishing_needs_the_main_message() -> None:
    with pytest.raises(ValidationFailed) as caught:
        move(Referral(7, 3, "  "), ReferralState.FINISHED, TODAY)
    assert caught.value.for_field("request")


def test_a_late_answer_after_no_answer_is_still_recorded() -> None:
    late = move(_in(ReferralState.NO_ANSWER), ReferralState.ANSWERED, TODAY)
    assert late.state is ReferralState.ANSWERED


def test_blocked_categories_stop_finishing_with_the_gates_reasons() -> None:
    why = "Samtykket som dekket «Psykisk helse» ble trukket tilbake 29.11.2026."
    decision = GateDecision((), (Blocked(InformationCategory.MENTAL_HEALTH, why),))
    assert [p.message for p in check_finish(DRAFT, decision)] == [why]
    assert check_finish(DRAFT, GateDecision((), ())) == []


def test_only_sent_referrals_with_a_reply_date_wait_in_oversikt() -> None:
    sent = move(
        _in(ReferralState.FINISHED),
        ReferralState.SENT,
        TODAY,
        sent_by=SentBy.POST,
        reply_expected_by=TODAY + timedelta(days=14),
    )
    answered = move(sent, ReferralState.ANSWERED, TODAY)
    no_date = _in(ReferralState.SENT)
    (deadline,) = reply_deadlines([sent, answered, no_date, DRAFT])
    assert (deadline.kind, deadline.due) == (
        DeadlineKind.REFERRAL_REPLY,
        TODAY + timedelta(days=14),
    )
