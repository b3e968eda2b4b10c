"""What the referral editor needs from the vault besides the referral itself (loaded on the
database worker), and the blank draft a new referral starts from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bufapp.domain.consent import Service
from bufapp.domain.enums import ReferralState
from bufapp.domain.referral import Referral
from bufapp.ui.qt import tr

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace


@dataclass(frozen=True)
class ReferralContext:
    """What the editor shows besides the referral itself, loaded on the database worker."""

    parent_name: str
    services: tuple[Service, ...]
    children: tuple[tuple[int, str], ...]  # (child id, label) of the parent's children
    placed_child_ids: tuple[int, ...]  # children in an ongoing placement (chosen for a new one)
    interpreter_language: str | None
    today: date
    stored_state: ReferralState | None = None  # the referral's state in the vault now


def load_context(workspace: Workspace, referral: Referral) -> ReferralContext:
    """Run on the database worker."""
    detail = workspace.register.parent_detail(referral.parent_id)
    today = workspace.register.today()
    stored = _stored_state(workspace, referral)
    children = tuple(
        (
            c.child.id or 0,
            f"{c.child.given_names} ({c.child.case_number})"
            if c.child.case_number
            else c.child.given_names,
        )
        for c in detail.children
    )
    placed = tuple(
        c.child.id or 0
        for c in detail.children
        if any(p.end_date is None or p.end_date >= today for p in c.placements)
    )
    return ReferralContext(
        detail.parent.full_name,
        tuple(workspace.directory.services()),
        children,
        placed,
        detail.parent.interpreter_language,
        today,
        stored,
    )


def _stored_state(workspace: Workspace, referral: Referral) -> ReferralState | None:
    """The state in the vault now: it may have been finished since a kept draft was written."""
    if referral.id is None:
        return None
    stored = workspace.referrals.of_parent(referral.parent_id)
    return next((r.state for r in stored if r.id == referral.id), None)


def is_unwritten(referral: Referral) -> bool:
    """``Referral(parent_id, 0, "")``: asked for a new referral, not yet filled in."""
    return referral == Referral(referral.parent_id, 0, "")


def new_referral(parent_id: int, context: ReferralContext) -> Referral:
    """A blank draft: no recipient chosen yet, the placed children, a copy to the parent, and
    the interpreter need the register already knows."""
    needs = (
        tr("Forelderen trenger tolk ({language}).").format(language=context.interpreter_language)
        if context.interpreter_language
        else ""
    )
    return Referral(parent_id, 0, "", practical_needs=needs, child_ids=context.placed_child_ids)
