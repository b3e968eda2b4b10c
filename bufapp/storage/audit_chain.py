"""Writing and checking the chained audit trail (tables in ``models.audit``).

Appending starts with an UPDATE of the one head row: that takes SQLite's write lock before the
previous MAC is read, so two writers can never chain from the same record.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bufapp.domain.audit import AuditAction, AuditAnchor, AuditEvent, ChainReport
from bufapp.security import audit_mac
from bufapp.storage import driver_sql
from bufapp.storage.models.audit import AuditHeadRow, AuditRecordRow


class DBAPIConnection(Protocol):
    def execute(self, sql: str, /) -> Any: ...


TRIGGERS = ("audit_record_no_update", "audit_record_no_delete")
_CLAIM_HEAD = "UPDATE audit_head SET seq = seq WHERE id = 1 RETURNING seq, mac, head_mac"
_MOVE_HEAD = "UPDATE audit_head SET seq = ?, mac = ?, head_mac = ? WHERE id = 1"


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def _fields(
    seq: int, at: datetime | str, actor: str, event: AuditEvent | AuditRecordRow
) -> list[object]:
    """What a record's MAC covers; ``at`` as ``_stamp`` gives it, or the moment itself."""
    return [
        seq,
        at if isinstance(at, str) else _stamp(at),
        actor,
        str(event.action),
        event.subject_kind,
        event.subject_id,
        event.parent_id,
        event.detail,
    ]


def append(
    session: Session, key: bytes, actor: str, events: Sequence[AuditEvent], at: datetime
) -> None:
    """Write ``events`` at the end of the trail, in the session's transaction."""
    if not events:
        return
    connection = session.connection()  # the trail's statements on its cursor (driver_sql)
    [(last_seq, previous, head_mac)] = driver_sql.run(connection, _CLAIM_HEAD, ())
    keyed = audit_mac.Keyed(key)
    intact_head = (last_seq == 0 and not head_mac) or audit_mac.same(
        head_mac, keyed.head(last_seq, previous)
    )
    if not intact_head:  # a tail cut off and the head set back: say so before going on
        events = [AuditEvent(AuditAction.TRAIL_DAMAGED, "vault"), *events]
    rows = []
    stamp = _stamp(at)  # the same moment for the whole batch
    for seq, event in enumerate(events, start=last_seq + 1):
        mac = keyed.record(previous, _fields(seq, stamp, actor, event))
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": str(event.action),
                "subject_kind": event.subject_kind,
                "subject_id": event.subject_id,
                "parent_id": event.parent_id,
                "detail": event.detail,
                "mac": mac,
            }
        )
        previous = mac
    # One executemany: SQLAlchemy's per-row work costs more than the records themselves.
    driver_sql.insert_rows(connection, AuditRecordRow.__table__, rows)
    last = rows[-1]["seq"]
    driver_sql.run(connection, _MOVE_HEAD, (last, previous, keyed.head(int(last), previous)))


def verify(session: Session, key: bytes) -> ChainReport:
    """Walk the whole trail. The first record that is missing, changed, moved or marked as
    damaged is named; a trail cut short is found through the head."""
    previous, expected, count = "", 1, 0
    keyed = audit_mac.Keyed(key)
    records = session.execute(select(AuditRecordRow).order_by(AuditRecordRow.seq)).scalars()
    for row in records.yield_per(2000):
        count += 1
        if row.seq != expected:
            return ChainReport(count, expected, f"Post {expected} mangler (fjernet eller flyttet).")
        mac = keyed.record(previous, _fields(row.seq, row.at, row.actor, row))
        if not audit_mac.same(mac, row.mac):
            return ChainReport(
                count, row.seq, f"Post {row.seq} er endret, byttet om eller satt inn."
            )
        if row.action == AuditAction.TRAIL_DAMAGED:
            return ChainReport(
                count, row.seq, f"Før post {row.seq} var poster fjernet utenfor programmet."
            )
        previous, expected = row.mac, expected + 1
    head = session.get(AuditHeadRow, 1)
    last = expected - 1
    if head is None or head.seq != last or not audit_mac.same(head.mac, previous):
        return ChainReport(count, last + 1, f"Loggen er kuttet: poster etter nr. {last} mangler.")
    if last and not audit_mac.same(head.head_mac, audit_mac.head_mac(key, last, previous)):
        return ChainReport(count, last, "Loggens hode er endret utenfor programmet.")
    present = {
        name
        for (name,) in session.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_record'"
            )
        )
    }
    if not set(TRIGGERS) <= present:
        return ChainReport(count, None, "Vernet mot endring av loggen er fjernet.")
    return ChainReport(count)


def head(session: Session) -> AuditAnchor:
    """The trail's head now, to be kept outside the vault as an anchor."""
    row = session.get(AuditHeadRow, 1)
    return AuditAnchor(0, "") if row is None else AuditAnchor(row.seq, row.mac)


def head_in(connection: DBAPIConnection) -> AuditAnchor:
    """The head of a copy of the database, read through a keyed DB-API connection."""
    found = connection.execute("SELECT seq, mac FROM audit_head WHERE id = 1").fetchone()
    return AuditAnchor(0, "") if found is None else AuditAnchor(int(found[0]), str(found[1]))


def verify_anchor(session: Session, key: bytes, anchor: AuditAnchor) -> ChainReport:
    """The whole chain, then the anchor: the trail must still hold record ``anchor.seq`` with
    ``anchor.mac``. Anyone with the passphrase can recompute every MAC, so only an anchor kept
    outside shows a trail rewritten (records changed or removed and the chain recomputed) or
    rolled back (an older copy of the database put in place)."""
    report = verify(session, key)
    if not report.intact or anchor.seq == 0:
        return report
    row = session.get(AuditRecordRow, anchor.seq)
    last = session.get(AuditHeadRow, 1)
    if row is None:
        problem = (
            f"Loggen er rullet tilbake: ankeret viser post nr. {anchor.seq}, men loggen slutter "
            f"ved nr. {last.seq if last else 0}. Poster er fjernet, eller en eldre kopi av "
            "databasen er lagt inn."
        )
    elif not audit_mac.same(row.mac, anchor.mac):
        problem = (
            f"Loggen er skrevet om: post nr. {anchor.seq} har ikke lenger kontrollsummen "
            f"ankeret viser ({anchor.mac[:8]}…). Den eller poster før den er endret eller "
            "fjernet og kjeden regnet ut på nytt, eller en eldre kopi av databasen er lagt inn."
        )
    else:
        return report
    restored = session.scalars(
        select(AuditRecordRow)
        .where(AuditRecordRow.action == str(AuditAction.RESTORED))
        .order_by(AuditRecordRow.seq.desc())
        .limit(1)
    ).first()
    if restored is not None:
        problem += f" Loggen viser en gjenoppretting fra sikkerhetskopi i post nr. {restored.seq}."
    return ChainReport(report.records, anchor.seq, problem)
