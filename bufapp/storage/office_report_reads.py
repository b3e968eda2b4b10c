"""The office report's aggregates: each figure one SQL statement over the whole office, returning
a handful of numbers (or one row per parent where a median is asked), never the records.

The statements are plain SQL with named parameters (``:start``), so the benchmark runs the very
same text on a plain ``sqlite3`` connection as its baseline. Dates are stored as ISO text and
moments as UTC text; a contact's Oslo day is its moment shifted by the period's offset (+2
hours in summer time, +1 otherwise; the summer-time bounds of the report's year are passed in),
so a call at 00:30 Oslo time on 1 January belongs to the new year.

Also the repository of the chosen words (``report_quote``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bufapp.domain.enums import HELD_CONVERSATION_FORMS
from bufapp.domain.office_report import Period, QuoteSource, ReportQuote
from bufapp.storage.models import ReportQuoteRow

OSLO = ZoneInfo("Europe/Oslo")
HELD = ", ".join(f"'{form.value}'" for form in sorted(HELD_CONVERSATION_FORMS))

# An entry's Oslo day, from its UTC moment in the link table (l) or the entry (e).
_OSLO_DAY = (
    "date({m}, CASE WHEN {m} >= :dst_on AND {m} < :dst_off THEN '+2 hours' ELSE '+1 hours' END)"
)
_LINK_DAY = _OSLO_DAY.format(m="l.occurred_at")

# A placement that starts a new time out of the home for the child: no other placement of the
# child ran up to the day before (a move between homes is the same episode).
_NEW_EPISODE = """
    NOT EXISTS (
        SELECT 1 FROM placement q
        WHERE q.child_id = p.child_id AND q.id != p.id AND q.start_date < p.start_date
          AND (q.end_date IS NULL OR q.end_date >= date(p.start_date, '-1 day'))
    )"""

# The entries that count for the first conversation (as contact_rules): not withdrawn, not a
# failed attempt; an offer by any entry with the topic, a held one by a held conversation with
# it — or, where the office chose so (:any_held = 1), by any held conversation.
_TOPIC = """EXISTS (SELECT 1 FROM contact_entry_topic t
                    WHERE t.entry_id = e.id AND t.topic = 'first_conversation')"""

FIRST_CONVERSATION = f"""
WITH placed AS (
    SELECT cp.parent_id, MIN(p.start_date) AS placed_on
    FROM placement p JOIN child_parent cp ON cp.child_id = p.child_id
    WHERE p.start_date BETWEEN :start AND :end AND {_NEW_EPISODE}
    GROUP BY cp.parent_id
),
counted AS (
    SELECT l.parent_id, {_LINK_DAY} AS day, e.form IN ({HELD}) AS held, {_TOPIC} AS topic
    -- CROSS JOIN keeps this order: the few parents placed in the period first, then each
    -- one's entries since the period began off the timeline index (parent, moment).
    FROM placed CROSS JOIN contact_entry_parent l ON l.parent_id = placed.parent_id
    JOIN contact_entry e ON e.id = l.entry_id
    WHERE e.status != 'withdrawn' AND e.form != 'failed_attempt'
      AND l.occurred_at >= :utc_from
),
per_parent AS (
    SELECT p.parent_id,
           MAX(COALESCE(c.day BETWEEN p.placed_on AND date(p.placed_on, :limit)
                        AND (c.topic OR (:any_held AND c.held)), 0)) AS offered,
           MAX(COALESCE(c.day >= p.placed_on AND c.held AND (c.topic OR :any_held), 0)) AS held
    FROM placed p LEFT JOIN counted c ON c.parent_id = p.parent_id
    GROUP BY p.parent_id
)
SELECT COUNT(*),
       COALESCE(SUM(pp.offered OR COALESCE(
           plan.refused_on BETWEEN placed.placed_on AND date(placed.placed_on, :limit), 0)), 0),
       COALESCE(SUM(pp.held), 0)
FROM per_parent pp JOIN placed ON placed.parent_id = pp.parent_id
LEFT JOIN contact_plan plan ON plan.parent_id = pp.parent_id
"""

# Per parent with a child placed at some time in the period: the longest gap in days between
# held conversations, counting from the first day a child of theirs was placed in the period
# (or 1 January) to the last (or the period's end), and their limit: the contact plan's agreed
# frequency, else 30 days.
CONTACT_GAPS = f"""
WITH placed AS (
    SELECT cp.parent_id,
           MAX(:start, MIN(p.start_date)) AS from_day,
           MIN(:end, MAX(COALESCE(p.end_date, :end))) AS to_day
    FROM placement p JOIN child_parent cp ON cp.child_id = p.child_id
    WHERE p.start_date <= :end AND (p.end_date IS NULL OR p.end_date >= :start)
    GROUP BY cp.parent_id
),
days AS (
    SELECT l.parent_id, {_LINK_DAY} AS day
    FROM contact_entry_parent l JOIN contact_entry e ON e.id = l.entry_id
    WHERE e.status != 'withdrawn' AND e.form IN ({HELD})
      AND l.occurred_at >= :utc_from AND l.occurred_at < :utc_to
      AND l.parent_id IN (SELECT parent_id FROM placed)
),
-- Days may repeat (two calls on one day, a call on the first day): a gap of 0, never the
-- longest, so no sort to remove them.
points AS (
    SELECT parent_id, from_day AS day FROM placed
    UNION ALL
    SELECT d.parent_id, d.day FROM days d JOIN placed p ON p.parent_id = d.parent_id
    WHERE d.day BETWEEN p.from_day AND p.to_day
    UNION ALL
    SELECT parent_id, to_day FROM placed
),
gaps AS (
    SELECT parent_id,
           julianday(day) - julianday(LAG(day) OVER (PARTITION BY parent_id ORDER BY day)) AS gap
    FROM points
)
SELECT g.parent_id, CAST(COALESCE(MAX(g.gap), 0) AS INTEGER), COALESCE(plan.every_days, 30)
FROM gaps g LEFT JOIN contact_plan plan ON plan.parent_id = g.parent_id
GROUP BY g.parent_id
"""

# The parent's 1–5 scores on responsibility-group meetings, given in the period.
_EVALUATION = "json_extract(m.body, '$.evaluation')"
MEETING_EVALUATIONS = f"""
SELECT COUNT(*), COUNT(DISTINCT g.parent_id),
       AVG(json_extract(m.body, '$.evaluation.how_it_was')),
       AVG(json_extract(m.body, '$.evaluation.understood')),
       AVG(json_extract(m.body, '$.evaluation.heard'))
FROM group_meeting m JOIN responsibility_group g ON g.id = m.group_id
WHERE {_EVALUATION} IS NOT NULL
  AND json_extract(m.body, '$.evaluation.given_on') BETWEEN :start AND :end
"""

# Information on the follow-up checklist given in the period, and how much the parent said they
# understood (each giving counts: an item told again is a new giving).
INFORMATION = """
SELECT COUNT(*), COUNT(DISTINCT parent_id), COALESCE(SUM(understood = 'understood'), 0)
FROM information_given
WHERE given_on BETWEEN :start AND :end
"""

_CARERS = "SELECT DISTINCT carer_names FROM placement WHERE trim(carer_names) != ''"

STATEMENTS = {
    "first_conversation": FIRST_CONVERSATION,
    "contact_gaps": CONTACT_GAPS,
    "meeting_evaluations": MEETING_EVALUATIONS,
    "information": INFORMATION,
}


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _utc_text(moment: datetime) -> str:
    """As SQLAlchemy stores a moment in SQLite (UTC, microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def parameters(period: Period, first_conversation_days: int, any_held: bool) -> dict[str, Any]:
    """The named parameters every statement here takes."""
    start = datetime(period.start.year, 1, 1, tzinfo=OSLO)
    after = period.end + timedelta(days=1)
    summer_on = _last_sunday(period.year, 3)
    summer_off = _last_sunday(period.year, 10)
    return {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "utc_from": _utc_text(start),
        "utc_to": _utc_text(datetime(after.year, after.month, after.day, tzinfo=OSLO)),
        "dst_on": _utc_text(datetime(summer_on.year, 3, summer_on.day, 1, tzinfo=UTC)),
        "dst_off": _utc_text(datetime(summer_off.year, 10, summer_off.day, 1, tzinfo=UTC)),
        "limit": f"+{first_conversation_days} days",
        "any_held": int(any_held),
    }


@dataclass(frozen=True)
class FirstConversationCounts:
    placed: int
    offered_in_time: int
    held: int


@dataclass(frozen=True)
class EvaluationAverages:
    meetings: int
    parents: int
    how_it_was: float | None
    understood: float | None
    heard: float | None


@dataclass(frozen=True)
class InformationCounts:
    given: int
    parents: int
    understood: int


class OfficeReportReads:
    """The aggregates, on the unit of work's session, and the chosen words."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, name: str, params: dict[str, Any]) -> list[Any]:
        return list(self.session.execute(text(STATEMENTS[name]), params))

    def first_conversation(self, params: dict[str, Any]) -> FirstConversationCounts:
        placed, offered, held = self._rows("first_conversation", params)[0]
        return FirstConversationCounts(placed, offered, held)

    def contact_gaps(self, params: dict[str, Any]) -> list[tuple[int, int, int]]:
        """(parent, longest gap in days, their limit) per parent with a child placed."""
        return [tuple(row) for row in self._rows("contact_gaps", params)]  # type: ignore[misc]

    def meeting_evaluations(self, params: dict[str, Any]) -> EvaluationAverages:
        return EvaluationAverages(*self._rows("meeting_evaluations", params)[0])

    def information(self, params: dict[str, Any]) -> InformationCounts:
        return InformationCounts(*self._rows("information", params)[0])

    def first_year(self) -> int | None:
        """The year of the earliest placement: the first year worth a report."""
        first = self.session.execute(text("SELECT MIN(start_date) FROM placement")).scalar()
        return int(str(first)[:4]) if first else None

    # --- the chosen words ---------------------------------------------------------------------

    def quotes(self, year: int) -> list[ReportQuote]:
        rows = self.session.scalars(
            select(ReportQuoteRow).where(ReportQuoteRow.year == year).order_by(ReportQuoteRow.id)
        )
        return [_quote(row) for row in rows]

    def quote(self, quote_id: int) -> ReportQuote | None:
        row = self.session.get(ReportQuoteRow, quote_id)
        return _quote(row) if row is not None else None

    def quotes_of_parent(self, parent_id: int) -> list[ReportQuote]:
        rows = self.session.scalars(
            select(ReportQuoteRow)
            .where(ReportQuoteRow.parent_id == parent_id)
            .order_by(ReportQuoteRow.year, ReportQuoteRow.id)
        )
        return [_quote(row) for row in rows]

    def save_quote(self, quote: ReportQuote) -> ReportQuote:
        row = self.session.get(ReportQuoteRow, quote.id) if quote.id is not None else None
        row = row or ReportQuoteRow()
        row.year = quote.year
        row.words = quote.words
        row.source = quote.source
        row.source_id = quote.source_id
        row.parent_id = quote.parent_id
        row.chosen_on = quote.chosen_on or date.today()
        self.session.add(row)
        self.session.flush()
        return _quote(row)

    def remove_quote(self, quote_id: int) -> bool:
        row = self.session.get(ReportQuoteRow, quote_id)
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True

    def names_and_ids(self) -> tuple[list[str], list[str]]:
        """Every parent's and child's name (given and family), the foster parents' names as
        written on the placements, and every national id: what the chosen words are checked
        against."""
        names: list[str] = []
        ids: list[str] = []
        for table in ("parent", "child"):
            for given, family, national_id in self.session.execute(
                text(f"SELECT given_names, family_name, national_id FROM {table}")
            ):
                names += [given or "", family or ""]
                if national_id:
                    ids.append(national_id)
        names += [carers for (carers,) in self.session.execute(text(_CARERS)) if carers]
        return names, ids

    def candidates(self, start: date, end: date) -> list[tuple[str, int, int, date, str]]:
        """(source, id, parent, day, words) of the parents' own words written in the period:
        contacts' «Forelderens egne ord» (not withdrawn), the parent's evaluations in the
        follow-up, and their words on group meetings. Newest first."""
        params = {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "after": (end + timedelta(days=2)).isoformat(),
        }
        rows = self.session.execute(
            text(
                """
                SELECT 'contact_entry', e.id, e.parent_id, date(e.occurred_at), e.parent_words
                FROM contact_entry e
                WHERE e.status != 'withdrawn' AND trim(e.parent_words) != ''
                  AND e.occurred_at >= :start AND e.occurred_at < :after
                UNION ALL
                SELECT 'parent_evaluation', v.id, v.parent_id, v.evaluated_on, v.words
                FROM parent_evaluation v
                WHERE trim(v.words) != '' AND v.evaluated_on BETWEEN :start AND :end
                UNION ALL
                SELECT 'meeting_evaluation', m.id, g.parent_id,
                       json_extract(m.body, '$.evaluation.given_on'),
                       json_extract(m.body, '$.evaluation.words')
                FROM group_meeting m JOIN responsibility_group g ON g.id = m.group_id
                WHERE trim(COALESCE(json_extract(m.body, '$.evaluation.words'), '')) != ''
                  AND json_extract(m.body, '$.evaluation.given_on') BETWEEN :start AND :end
                ORDER BY 4 DESC, 2 DESC
                """
            ),
            params,
        )
        found = []
        for source, ident, parent_id, day, words in rows:
            on = date.fromisoformat(str(day)[:10])
            if start <= on <= end:
                found.append((source, ident, parent_id, on, words))
        return found


def _quote(row: ReportQuoteRow) -> ReportQuote:
    return ReportQuote(
        year=row.year,
        words=row.words,
        source=QuoteSource(row.source),
        source_id=row.source_id,
        parent_id=row.parent_id,
        chosen_on=row.chosen_on,
        id=row.id,
    )
