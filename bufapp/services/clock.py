"""Today's date and now, in the caseworker's time zone (dates are Oslo dates)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


def now_utc() -> datetime:
    return datetime.now(UTC)


def today_oslo() -> date:
    return datetime.now(OSLO).date()


def oslo_date(moment: datetime) -> date:
    """The calendar date in Oslo of an aware moment (a call at 00:30 Oslo is that day)."""
    return moment.astimezone(OSLO).date()
