"""The rules of what a document about a parent may say, read from the vault (see
``bufapp.domain.disclosure``), and the record of a caseworker's decision to say where a child
with hidden whereabouts lives in one document."""

from __future__ import annotations

from dataclasses import dataclass

from bufapp.domain.audit import AuditAction, AuditEvent, SubjectKind
from bufapp.domain.disclosure import Disclosure, disclosure_for
from bufapp.domain.entities import Child, Parent, Placement
from bufapp.domain.enums import Audience
from bufapp.errors import DisclosureBlocked, FieldProblem
from bufapp.storage.uow import UnitOfWork

_MUNICIPALITY_WORDS = (" kommune", " bydel", " suohkan")


@dataclass(frozen=True)
class Family:
    parents: list[Parent]
    children: list[Child]
    placements: list[Placement]

    def names(self) -> list[str]:
        people: list[Parent | Child] = [*self.parents, *self.children]
        return [p.full_name for p in people]


def family_of(uow: UnitOfWork, parent_id: int) -> Family:
    """The parent, the other parents of their children, and every placement of those children
    and of the other parents' children (a half-sibling's foster home is as secret)."""
    parent_ids = {parent_id}
    for child in uow.children.of_parent(parent_id):
        parent_ids.update(link.parent_id for link in child.parents)
    children: dict[int, Child] = {}
    for pid in sorted(parent_ids):
        for child in uow.children.of_parent(pid):
            if child.id is not None:
                children[child.id] = child
    placements = [p for cid in children for p in uow.placements.of_child(cid)]
    parents = [uow.parents.get(pid) for pid in sorted(parent_ids)]
    return Family(parents, list(children.values()), placements)


def _known_places(uow: UnitOfWork, parent: Parent) -> list[str]:
    """Places that say nothing about where a child lives: the office's own municipality (its
    letterhead) and the parent's own town (their address)."""
    office = uow.office.office()
    places = [parent.postal_town]
    if office is not None:
        name = office.municipality.strip()
        places.append(name)
        for word in _MUNICIPALITY_WORDS:
            if name.casefold().endswith(word):
                places.append(name[: -len(word)])
    return places


def disclosure_of(
    uow: UnitOfWork, parent_id: int, audience: Audience, reveal_reason: str = ""
) -> Disclosure:
    """What a document about ``parent_id`` read by ``audience`` may not say."""
    family = family_of(uow, parent_id)
    reader = next(p for p in family.parents if p.id == parent_id)
    disclosure = disclosure_for(
        audience,
        parent_id if audience is Audience.PARENT else None,
        family.placements,
        family.parents,
        _known_places(uow, reader),
        reveal_reason,
        family.names(),
    )
    if disclosure.reveal_reason:
        _check_reason(disclosure)
    return disclosure


def _check_reason(disclosure: Disclosure) -> None:
    """The reason is kept in the audit trail, which the parent may see: it must not itself say
    where the child lives."""
    hidden = Disclosure(Audience.THIRD_PARTY, disclosure.secrets)
    found = hidden.find(disclosure.reveal_reason)
    if found is not None:
        raise DisclosureBlocked(
            [
                FieldProblem(
                    "reveal_reason",
                    f"Begrunnelsen nevner {found.what}. Skriv hvorfor, uten å gjenta det som "
                    "skal skjules: begrunnelsen lagres i loggen forelderen kan se.",
                )
            ],
            whereabouts=False,
        )


def record_reveal(
    uow: UnitOfWork, disclosure: Disclosure, parent_id: int, what: str, document_id: int | None
) -> None:
    """Audit a document that includes hidden whereabouts on purpose (the caller commits)."""
    if disclosure.reveal_reason and disclosure.audience is not Audience.INTERNAL:
        uow.audit.record(
            AuditEvent(
                AuditAction.WHEREABOUTS_INCLUDED,
                SubjectKind.STORED_DOCUMENT if document_id is not None else SubjectKind.DOCUMENT,
                document_id,
                parent_id,
                f"{what}: {disclosure.reveal_reason}",
            )
        )
