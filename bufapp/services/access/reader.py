"""What one parent may be given of their records (innsyn, an extract made for them), read from
the vault: their own children, the other children and parents of their family, and the
disclosure rules (``bufapp.domain.access.for_reader`` applies them to each contact entry).
Also the vetted legal bases of an exemption, and how a withheld part is listed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.documents.forms import Form, load_form
from bufapp.domain.access import CONFIDENTIAL_ADDRESS, WHEREABOUTS, ForReader, Reader
from bufapp.domain.disclosure import Disclosure, SecretKind
from bufapp.domain.enums import Audience
from bufapp.services.disclosure import disclosure_of, family_of
from bufapp.storage.uow import UnitOfWork

if TYPE_CHECKING:  # the extract's module imports reportlab; the contact log needs none of it
    from bufapp.documents.access.contact_extract import LeftOut


def exemption_bases(forms_override: Path | None = None) -> dict[str, str]:
    """The legal bases a caseworker may choose for «Unntatt innsyn»: key → text, in the
    order of forms/access_pack.toml [exemption_bases]."""
    bases = load_form("access_pack", overrides=forms_override).values["exemption_bases"]
    return {str(key): str(text) for key, text in bases.items()}


def reader_of(uow: UnitOfWork, parent_id: int) -> Reader:
    """``parent_id`` as the reader of their own records."""
    parents = family_of(uow, parent_id).parents
    own = uow.children.of_parent(parent_id)
    own_ids = frozenset(c.id for c in own if c.id is not None)
    others = {
        c.id: c.full_name
        for p in parents
        if p.id != parent_id
        for c in uow.children.of_parent(p.id or 0)
        if c.id is not None and c.id not in own_ids
    }
    me = next(p for p in parents if p.id == parent_id)
    return Reader(
        parent_id,
        own_ids,
        disclosure_of(uow, parent_id, Audience.PARENT),
        other_child_names=others,
        other_parent_names={p.id: p.full_name for p in parents if p.id and p.id != parent_id},
        own_names=(me.full_name, *(c.full_name for c in own)),
    )


def with_children_of(uow: UnitOfWork, reader: Reader, child_ids: Iterable[int]) -> Reader:
    """``reader`` knowing the names of children an entry names who are not theirs nor in
    their family (a joint contact with someone else's child)."""
    names = dict(reader.other_child_names)
    for cid in child_ids:
        if cid not in reader.own_child_ids and cid not in names:
            names[cid] = uow.children.get(cid).full_name
    if len(names) == len(reader.other_child_names):
        return reader
    return Reader(
        reader.parent_id, reader.own_child_ids, reader.disclosure, names,
        reader.other_parent_names, reader.own_names,
    )  # fmt: skip


def basis_text(key: str, words: Form) -> str:
    """The printed text of a basis key: a caseworker's choice, or what bufapp withholds."""
    chosen = words.values["exemption_bases"]
    automatic = words.values["withheld"]
    if key in chosen:
        return str(chosen[key])
    if key in automatic:
        return str(automatic[key])
    return words.text("exempt.no_basis")


def reason_text(key: str, words: Form) -> str:
    return str(words.values["withheld"].get(f"{key}_reason", ""))


def left_out_of(shown: ForReader, on: date, kind: str, words: Form) -> list[LeftOut]:
    """The rows of "Dette er unntatt innsyn" for one entry: the whole entry, or each part."""
    from bufapp.documents.access.contact_extract import LeftOut

    rows = []
    for part in shown.withheld:
        reason = part.reason or reason_text(part.basis, words)
        what = kind
        if part.part != "entry":
            what = words.text("exempt.part").format(
                kind=kind, part=words.values["exempt"]["parts"].get(part.part, part.part)
            )
        rows.append(LeftOut(on, what, reason, basis_text(part.basis, words)))
    return rows


def secret_basis(disclosure: Disclosure, text: str) -> str | None:
    """The basis key if ``text`` names what the reader may not know, else None."""
    found = disclosure.find(text)
    if found is None:
        return None
    return WHEREABOUTS if found.kind is SecretKind.WHEREABOUTS else CONFIDENTIAL_ADDRESS
