"""The office report's figures (issue 22, «Hva kontoret lærer»), each beside a baseline measured
in the same run:

- ``office_report``: the whole report for the last full year (every figure by its SQL
  aggregate, the suppression, the chosen words; ``OfficeReportService.report``) on the demo
  office of 300 parents (``vault_filler``'s template, its contact log copied into the four
  years before, ``add_earlier_years``: five years of contacts) — against the very same SQL
  statements of ``storage.office_report_reads`` run on the vault's own keyed connection (plain
  DB-API, no SQLAlchemy, no rules). The report also reads the feedback and group-offer parts'
  figures through their own queries; those are in the candidate's time, not the baseline's.
  The issue's target: at most 1 s.
- ``office_report_growth``: the same report at 3,000 parents (the office copied nine times by
  ``vault_filler``) against 300: the ratio should be about ten or less (linear, or better where
  the aggregates use indexes).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.storage_workload import BENCH_PASSPHRASE
from benchmarks.timing import compare, median_of, seconds_of
from benchmarks.vault_filler import Office, template
from bufapp.domain.office_report import Period
from bufapp.services.clock import today_oslo
from bufapp.services.office_report.service import OfficeReportService
from bufapp.storage.office_report_reads import STATEMENTS, parameters
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

REPORT_TARGET_S = 1.0
YEARS = 5  # of contact history: the demo's, and copies of it one to four years earlier
# The contact log's tables copied into earlier years: the entry and the rows that belong to it.
_SHIFTED = {
    "contact_entry": ("id", ("occurred_at",)),
    "contact_entry_parent": ("entry_id", ("occurred_at",)),
    "contact_entry_topic": ("entry_id", ()),
    "contact_entry_child": ("entry_id", ()),
}
LINEAR_TARGET = 12.0  # ten times the parents: about ten times the time, with some slack


@dataclass(frozen=True)
class Sizes:
    repetitions: int
    warmups: int
    small: Office
    large: Office


def sizes(config: RunConfig) -> Sizes:
    return config.pick(
        quick=Sizes(3, 1, Office(10), Office(10, copies=9)),
        full=Sizes(11, 2, Office(300), Office(300, copies=9)),
    )


@contextmanager
def _copy_of(office: Office) -> Iterator[Vault]:
    source, _how = template(office)
    with tempfile.TemporaryDirectory(prefix="bufapp-office-report-") as folder:
        directory = Path(folder) / "vault"
        shutil.copytree(source, directory)
        vault = Vault.open(directory, BENCH_PASSPHRASE)
        try:
            add_earlier_years(vault, YEARS - 1)
            yield vault
        finally:
            vault.lock()


def add_earlier_years(vault: Vault, years: int) -> None:
    """The contact log copied ``years`` times, each copy a year earlier than the last, under new
    ids (raw SQL in one transaction on the vault's keyed connection): an office with
    ``years + 1`` years of contacts for the report's gap and first-conversation aggregates."""
    with closing(vault.raw_connection()) as connection:
        (top,) = connection.execute("SELECT COALESCE(MAX(id), 0) FROM contact_entry").fetchone()
        with connection:
            for back in range(1, years + 1):
                for table, (key, moments) in _SHIFTED.items():
                    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
                    chosen = []
                    for column in columns:
                        if column == key:
                            chosen.append(f"{column} + {top * back}")
                        elif column in moments:
                            # the same text shape as SQLAlchemy's: fractions kept
                            chosen.append(
                                f"datetime({column}, '-{back} years') || substr({column}, 20)"
                            )
                        else:
                            chosen.append(column)
                    connection.execute(
                        f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"SELECT {', '.join(chosen)} FROM {table} WHERE {key} <= {top}"
                    )


def _history(vault: Vault) -> str:
    """The span of the contact log, e.g. «2021–2026»."""
    with closing(vault.raw_connection()) as connection:
        first, last = connection.execute(
            "SELECT MIN(occurred_at), MAX(occurred_at) FROM contact_entry"
        ).fetchone()
    return f"{str(first)[:4]}–{str(last)[:4]}" if first else "no contacts"


@benchmark("office_report")
def office_report(config: RunConfig) -> Result:
    """The year's office report at 300 parents against its SQL on a plain connection."""
    size = sizes(config)
    today = today_oslo()
    period = Period.default(today)
    with _copy_of(size.small) as vault:
        service = OfficeReportService(
            lambda: UnitOfWork(vault.session_factory), today=lambda: today
        )
        report = service.report(period)
        shown = sum(1 for f in report.figures if not f.suppressed)
        params = parameters(period, service.first_conversation_days, False)
        history = _history(vault)
        with closing(vault.raw_connection()) as connection:

            def plain() -> None:
                for statement in STATEMENTS.values():
                    connection.execute(statement, params).fetchall()

            medians = compare(
                lambda: seconds_of(lambda: service.report(period)),
                lambda: seconds_of(plain),
                size.repetitions,
                size.warmups,
            )
    return Result(
        "office_report",
        medians.candidate,
        "s",
        medians.baseline,
        target=REPORT_TARGET_S,
        target_on="value",
        note=(
            f"OfficeReportService.report for {period.label} at {size.small.total_parents} "
            f"parents (contacts {history}; {len(report.figures)} figures, {shown} shown) vs the "
            f"same {len(STATEMENTS)} SQL aggregates on the vault's keyed sqlcipher connection "
            f"(plain DB-API; the KOR and group-offer figures, read through their parts' "
            f"queries, only in the report's time); median of {size.repetitions}"
        ),
    )


def _report_seconds(office: Office, repetitions: int, warmups: int) -> float:
    today = today_oslo()
    period = Period.default(today)
    with _copy_of(office) as vault:
        service = OfficeReportService(
            lambda: UnitOfWork(vault.session_factory), today=lambda: today
        )
        for _ in range(warmups):
            service.report(period)
        return median_of(lambda: seconds_of(lambda: service.report(period)), repetitions)


@benchmark("office_report_growth")
def office_report_growth(config: RunConfig) -> Result:
    """The office report at 3,000 parents against 300."""
    size = sizes(config)
    small = _report_seconds(size.small, size.repetitions, size.warmups)
    large = _report_seconds(size.large, size.repetitions, size.warmups)
    return Result(
        "office_report_growth",
        large,
        "s",
        small,
        target=LINEAR_TARGET,
        target_on="ratio",
        note=(
            f"OfficeReportService.report at {size.large.total_parents} parents vs "
            f"{size.small.total_parents} (the demo office copied by vault_filler); ratio ~10 "
            f"is linear; median of {size.repetitions}"
        ),
    )
