"""A document as plain data, ready to build: the builder, its data object, the letterhead, the
two forms, and the disclosure rules its finished text is checked against.

Everything in a recipe is plain, picklable data and the builder is a module-level function, so a
recipe can be built in this process or handed to another one (the archive export builds on
every core; see ``bufapp.services.archive.render``), with the same bytes either way. A recipe
never holds anything from the vault beyond the document's own content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # importing this module must not load the PDF stack (it is read at unlock)
    from bufapp.documents.forms import Form
    from bufapp.documents.letter import Letterhead
    from bufapp.domain.disclosure import Disclosure

Builder = Callable[[Any, "Letterhead", "Form", "Form"], bytes]


@dataclass(frozen=True)
class Recipe:
    build: Builder  # build_contact_extract, build_meeting_minutes, build_network_map …
    data: Any
    head: Letterhead
    common: Form
    wording: Form
    rules: Disclosure | None = None  # None: nothing to check the finished text against
    what: str = "Dokumentet"  # how a refusal names the document

    def pdf(self) -> bytes:
        """The document, refused (DisclosureBlocked) if its text says what its reader may not
        know."""
        from bufapp.documents.disclosure_check import require_discreet

        pdf = self.build(self.data, self.head, self.common, self.wording)
        return pdf if self.rules is None else require_discreet(pdf, self.rules, self.what)
