"""``VisitService.record_visits`` (added for the demo's years of visits): several visits in one
transaction, each checked as ``record_visit`` checks it, all or nothing. Real encrypted vault."""

from __future__ import annotations

from datetime import date

import pytest

from bufapp.domain.enums import PlacementBasis, VisitOutcome
from bufapp.domain.visits import Visit
from bufapp.errors import NotFound, ValidationFailed
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import VisitService
from tests.storage.test_visit_service import _care_plan, _placed_child
from tests.unit.test_register_service import add_parent


def test_several_visits_are_saved_together_or_not_at_all(
    register: RegisterService, visits: VisitService
) -> None:
    mother = add_parent(register, "Siv").id or 0
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    plan = visits.save_plan(_care_plan(mother, child))
    held = [
        Visit(plan.id or 0, mother, child.id or 0, day, VisitOutcome.HELD, held_on=day, hours=3.0)
        for day in (date(2026, 1, 17), date(2026, 2, 17))
    ]
    unexplained = Visit(
        plan.id or 0, mother, child.id or 0, date(2026, 3, 17), VisitOutcome.CANCELLED
    )
    with pytest.raises(ValidationFailed) as refused:
        visits.record_visits([*held, unexplained])
    assert refused.value.for_field("reason")
    other = add_parent(register, "Per").id or 0
    with pytest.raises(NotFound):  # a visit of another parent under this plan
        visits.record_visits([*held, Visit(plan.id or 0, other, child.id or 0, date(2026, 3, 17),
                                           VisitOutcome.NOT_ATTENDED)])  # fmt: skip
    assert all(s.visit is None for s in visits.page(mother).children[0].schedule)
    saved = visits.record_visits(held)
    assert [v.id is not None for v in saved] == [True, True]
    recorded = [s.visit for s in visits.page(mother).children[0].schedule if s.visit]
    assert recorded == saved
