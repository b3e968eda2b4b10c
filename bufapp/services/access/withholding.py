"""What the access pack withholds of an item that is not a contact entry (contact entries:
``bufapp.domain.access.for_reader``), and the row that says so under "Dette er unntatt
innsyn": the date, what, the legal basis and the reason, never the content."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bufapp.documents.access.contact_extract import LeftOut
from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form

# The same name matching as a contact entry's free text (bufapp.domain.access.for_reader).
from bufapp.domain.access import OTHER_CHILD, Reader, name_words, names_any
from bufapp.domain.disclosure import Disclosure
from bufapp.services.access.reader import basis_text, reason_text, secret_basis
from bufapp.services.clock import oslo_date


def withheld_row(on: date, what: str, basis: str, words: Form) -> LeftOut:
    return LeftOut(on, what, reason_text(basis, words), basis_text(basis, words))


def discreet_event(
    event: PackEvent, rules: Disclosure, words: Form
) -> tuple[PackEvent | None, list[LeftOut]]:
    """``event`` without the facts, blocks and lines that name what the parent may not know
    (None: its title does), and a row for each part withheld. Whatever kind of item it is."""
    on = oslo_date(event.at)
    whole = secret_basis(rules, event.title)
    if whole is not None:
        return None, [withheld_row(on, event.kind, whole, words)]
    what = words.text("exempt.event_part").format(kind=event.kind, title=event.title)
    found: list[str] = []

    def keep(text: str) -> bool:
        basis = secret_basis(rules, text)
        if basis is not None:
            found.append(basis)
        return basis is None

    facts = tuple((label, value) for label, value in event.facts if keep(value))
    blocks = []
    for block in event.blocks:
        lines = tuple(line for line in block.lines if keep(line))
        text = block.text if keep(block.text) else ""
        words_said = block.parent_words if keep(block.parent_words) else ""
        if keep(block.heading) and (text or words_said or lines or not _had_body(block)):
            blocks.append(PackBlock(block.heading, text, words_said, lines))
    rows = [withheld_row(on, what, basis, words) for basis in dict.fromkeys(found)]
    return replace(event, facts=facts, blocks=tuple(blocks)), rows


def discreet_record(
    event: PackEvent, reader: Reader, words: Form
) -> tuple[PackEvent | None, list[LeftOut]]:
    """A follow-up record as ``reader`` may be given it, and a row under "Dette er unntatt
    innsyn" for what is withheld, as of a contact entry (``bufapp.domain.access.for_reader``):
    the whole record when any of its text names what the parent may not know (a hidden place,
    a confidential address); else each free text that names a child who is not theirs."""
    rules = reader.disclosure
    texts = [event.title, *(value for _label, value in event.facts)]
    for block in event.blocks:
        texts += [block.heading, block.text, block.parent_words, *block.lines]
    basis = secret_basis(rules, "\n".join(texts))
    on = oslo_date(event.at)
    if basis is not None:
        named = secret_basis(rules, event.title) is None
        what = f"{event.kind} – {event.title}" if named else event.kind
        return None, [withheld_row(on, what, basis, words)]
    return _without_other_children(event, reader, on, words)


def discreet_parts(
    event: PackEvent, reader: Reader, words: Form
) -> tuple[PackEvent | None, list[LeftOut]]:
    """A record of many parts (a visit plan, an evaluation with each party's view) as
    ``reader`` may be given it: each part that names what the parent may not know is left out
    (``discreet_event``), the rest is shown; then each free text that names a child who is not
    theirs, as in ``discreet_record``. A row under "Dette er unntatt innsyn" for each."""
    kept, rows = discreet_event(event, reader.disclosure, words)
    if kept is None:
        return None, rows
    kept, more = _without_other_children(kept, reader, oslo_date(event.at), words)
    return kept, rows + more


def _without_other_children(
    event: PackEvent, reader: Reader, on: date, words: Form
) -> tuple[PackEvent, list[LeftOut]]:
    # The same words as a contact entry's free text is checked against: the other children's
    # names, less any word of the reader's own or their children's names.
    other = name_words(reader.other_child_names.values(), reader.own_names)
    # Where a text was, the parent reads that it is withheld and where it is listed.
    note = words.text("register.withheld_value")
    withheld = False

    def mine(text: str) -> str:
        nonlocal withheld
        if names_any(text, other):
            withheld = True
            return note
        return text

    facts = tuple((label, mine(value)) for label, value in event.facts)
    blocks = []
    for block in event.blocks:
        text, said = mine(block.text), mine(block.parent_words)
        if said == note:  # in the shade the note would read as the parent's own words
            said = ""
            text = note if text in ("", note) else f"{text}\n{note}"
        lines = tuple(dict.fromkeys(mine(line) for line in block.lines))
        blocks.append(PackBlock(block.heading, text, said, lines))
    if not withheld:
        return event, []
    what = words.text("exempt.event_part").format(kind=event.kind, title=event.title)
    return replace(event, facts=facts, blocks=tuple(blocks)), [
        withheld_row(on, what, OTHER_CHILD, words)
    ]


def _had_body(block: PackBlock) -> bool:
    return bool(block.text.strip() or block.parent_words.strip() or block.lines)
