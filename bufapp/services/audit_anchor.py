"""Reading an audit anchor back from where it was kept outside the vault: a backup (its
manifest) or an export's metadata file. Both carry ``audit_head`` = {seq, mac}; a backup also
names its vault, so another vault's backup is said as such instead of as a rewritten trail."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from bufapp.domain.audit import AnchorUnreadable, AuditAnchor
from bufapp.errors import BufappError
from bufapp.storage.backup_file import MANIFEST


class AnchorFileUnusable(BufappError):
    message = "Filen har ikke noe anker for revisjonsloggen."


@dataclass(frozen=True)
class KeptAnchor:
    anchor: AuditAnchor
    vault_id: str | None  # None: the file does not say (an export's metadata)
    source: str  # what the file is, for messages: «sikkerhetskopien», «eksporten»


def anchor_in(path: Path) -> KeptAnchor:
    """The anchor kept in ``path``. Raises AnchorFileUnusable with a sentence saying why."""
    path = Path(path)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                body = json.loads(archive.read(MANIFEST))
            source = "sikkerhetskopien"
        else:
            body = json.loads(path.read_bytes())
            source = "eksporten"
    except FileNotFoundError:
        raise AnchorFileUnusable(f"Fant ikke {path}.") from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as failure:
        raise AnchorFileUnusable(
            f"{path.name} kan ikke leses som en sikkerhetskopi eller en eksports metadatafil."
        ) from failure
    if not isinstance(body, dict) or "audit_head" not in body:
        raise AnchorFileUnusable(
            f"{path.name} har ikke noe anker for revisjonsloggen (laget av en eldre bufapp, "
            "eller ikke en sikkerhetskopi eller en eksports metadatafil)."
        )
    try:
        anchor = AuditAnchor.from_dict(body["audit_head"])
    except AnchorUnreadable:
        raise AnchorFileUnusable(
            f"Ankeret for revisjonsloggen i {path.name} er skadet og kan ikke brukes."
        ) from None
    vault_id = body.get("vault_id")
    return KeptAnchor(anchor, vault_id if isinstance(vault_id, str) else None, source)
