"""Contact-log figures: a parent's timeline and full-text search, against plain sqlite3.

Both build an office once per run (``contact_workload.contact_office``: a vault and a plain
database with the same rows) and then time, alternately, bufapp's service call and the same SQL
on plain stdlib sqlite3. The baseline's SQL is not written by hand: it is recorded from the
repository call on the vault's engine, so it is exactly what ``ContactRepository`` issues. For
the breakdown, the same recorded SQL is also timed on a keyed sqlcipher3 connection with the
vault's pragmas (encryption and cipher_memory_security without SQLAlchemy).
"""

from __future__ import annotations

import math
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.contact_workload import ContactOffice, OfficeSize, contact_office, repository_sql
from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.timing import Measurement, compare
from bufapp.domain.folding import fts_query
from bufapp.services.contact_log import SEARCH_LIMIT, SearchResult

T = TypeVar("T")
TIMELINE_TARGET_MS = 100.0
SEARCH_TARGET_MS = 50.0
MS = 1000.0

# (what it exercises, what a person types)
QUERIES = (
    ("rare word", "logoped"),
    ("common word", "samvær"),
    ("two words", "bolig NAV"),
    ("prefix", "samv"),
    ("folded æ", "samvaer"),
    ("folded á", "Maret"),
)


@contextmanager
def scratch_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="bufapp-benchmark-contacts-") as folder:
        yield Path(folder)


# --- measuring ---------------------------------------------------------------------------------


class Samples:
    """A measurement that keeps every duration it returns (warm-ups are cleared)."""

    def __init__(self, measurement: Measurement) -> None:
        self._measurement = measurement
        self.seconds: list[float] = []

    def __call__(self) -> float:
        seconds = self._measurement()
        self.seconds.append(seconds)
        return seconds

    def warm_up(self, times: int) -> None:
        for _ in range(times):
            self()
        self.seconds.clear()

    def median_ms(self) -> float:
        return statistics.median(self.seconds) * MS

    def p95_ms(self) -> float:
        return percentile(self.seconds, 95) * MS


def percentile(values: Sequence[float], percent: float) -> float:
    """Nearest-rank percentile: with fewer than 20 values, p95 is the slowest."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def timed(action: Callable[[], T], check: Callable[[T], object]) -> Measurement:
    """Times ``action``; ``check`` looks at its result afterwards, untimed."""

    def measure() -> float:
        started = time.perf_counter()
        result = action()
        seconds = time.perf_counter() - started
        check(result)
        return seconds

    return measure


def run_sql(connection: Any, statements: Sequence[tuple[str, Any]]) -> list[list[Any]]:
    """The statements in one read transaction, every row fetched (as a session does it)."""
    connection.execute("BEGIN")
    try:
        return [connection.execute(sql, params).fetchall() for sql, params in statements]
    finally:
        connection.execute("ROLLBACK")


def interleaved(
    candidate: Samples, baseline: Samples, repetitions: int, warmups: int
) -> tuple[Samples, Samples]:
    candidate.warm_up(warmups)
    baseline.warm_up(warmups)
    compare(candidate, baseline, repetitions=repetitions, warmups=0)
    return candidate, baseline


def spread(samples: Samples) -> str:
    return f"{samples.median_ms():.1f} ms (p95 {samples.p95_ms():.1f})"


# --- a parent's timeline -----------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineSizes:
    office: OfficeSize
    repetitions: int
    warmups: int


def timeline_sizes(config: RunConfig) -> TimelineSizes:
    # An office with 300 parents and 30,000 entries, 2,000 of one parent (DESIGN.md).
    return config.pick(
        quick=TimelineSizes(OfficeSize(parents=20, entries=600, focus_entries=150), 3, 1),
        full=TimelineSizes(OfficeSize(parents=300, entries=30_000, focus_entries=2_000), 31, 3),
    )


class TimelineView:
    """A parent's timeline on screen: TimelineModel behind TimelineFilter in a QTableView set up
    as ContactLogView sets up its table (offscreen Qt, in this process). The reading pane is
    left out: it shows one entry, whatever the timeline's length."""

    def __init__(self) -> None:
        # Qt only here, so the rest of the suite (and a run without this figure) never loads it.
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QHeaderView

        from bufapp.ui.qt import make_application
        from bufapp.ui.row_table_model import row_table
        from bufapp.ui.timeline_model import TimelineFilter, TimelineModel

        self.application = make_application(["bufapp-benchmark", "-platform", "offscreen"])
        self.model = TimelineModel()
        self.proxy = TimelineFilter()
        self.proxy.setSourceModel(self.model)
        self.table = table = row_table(self.proxy, "Kontakter")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for section, width in enumerate((125, 120, 150)):
            header.resizeSection(section, width)
        header.setStretchLastSection(True)
        table.resize(620, 700)

        paint = QEvent.Type.Paint

        class PaintCounter(QObject):
            count = 0

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == paint:
                    PaintCounter.count += 1
                return False

        self._paints = PaintCounter()
        table.viewport().installEventFilter(self._paints)
        table.show()
        self.application.processEvents()

    def show(self, rows: list[Any]) -> None:
        """What ContactLogView does with a loaded timeline, then one turn of the event loop
        (the view lays out and paints the visible rows)."""
        painted = self._paints.count
        self.model.set_rows(rows)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.application.processEvents()
        if self._paints.count == painted:
            raise RuntimeError("timeline_2000: the table was not painted")

    def clear(self) -> None:
        self.model.set_rows([])
        self.application.processEvents()

    def close(self) -> None:
        self.table.close()
        self.table.deleteLater()
        self.application.processEvents()


@contextmanager
def timeline_view() -> Iterator[TimelineView]:
    view = TimelineView()
    try:
        yield view
    finally:
        view.close()


def rotate(sides: Sequence[Samples], repetitions: int, warmups: int) -> None:
    """Every side once per round, the order reversed every other round (as ``compare``)."""
    for side in sides:
        side.warm_up(warmups)
    for repetition in range(repetitions):
        for side in sides if repetition % 2 == 0 else reversed(sides):
            side()


@benchmark("timeline_2000")
def timeline_2000(config: RunConfig) -> Result:
    """Opening a parent with 2,000 entries to a populated timeline: ContactLogService.timeline,
    then the rows into the Qt timeline model and the table painted."""
    size = timeline_sizes(config)
    expected = size.office.focus_entries

    def rows_are_all(rows: Sequence[object]) -> None:
        if len(rows) != expected:
            raise RuntimeError(f"timeline_2000: {len(rows)} rows, expected {expected}")

    with (
        scratch_folder() as folder,
        contact_office(folder, size.office) as office,
        timeline_view() as view,
    ):
        focus = office.register.focus
        statements = repository_sql(office, lambda uow: uow.contacts.timeline(focus))
        service = office.service()
        loaded = service.timeline(focus)

        def opened() -> float:
            view.clear()
            started = time.perf_counter()
            view.show(service.timeline(focus))
            seconds = time.perf_counter() - started
            if view.model.rowCount() != expected:
                raise RuntimeError(f"timeline_2000: {view.model.rowCount()} rows shown")
            return seconds

        def shown() -> float:
            view.clear()
            started = time.perf_counter()
            view.show(loaded)
            return time.perf_counter() - started

        ours, plain = interleaved(
            Samples(opened),
            Samples(timed(lambda: run_sql(office.plain, statements)[0], rows_are_all)),
            size.repetitions,
            size.warmups,
        )
        with closing(office.vault.raw_connection()) as keyed:
            breakdown = {
                "ContactLogService.timeline": Samples(
                    timed(lambda: service.timeline(focus), rows_are_all)
                ),
                "its repository call alone, in a unit of work": Samples(
                    timed(lambda: _in_uow(office, focus), rows_are_all)
                ),
                "the recorded SQL on a keyed sqlcipher3 connection": Samples(
                    timed(lambda: run_sql(keyed, statements)[0], rows_are_all)
                ),
                "set_rows + paint of rows already loaded": Samples(shown),
            }
            rotate(list(breakdown.values()), size.repetitions, size.warmups)
    parts = ", ".join(f"{what} {spread(samples)}" for what, samples in breakdown.items())
    note = (
        f"{expected} entries of one parent in an office of {size.office.parents} parents and "
        f"{size.office.entries:,} entries (built in {office.build_seconds:.1f} s); "
        f"ContactLogService.timeline + TimelineModel.set_rows behind TimelineFilter in an "
        f"offscreen QTableView, first row selected, one event-loop turn (painted) "
        f"{spread(ours)} vs plain sqlite3 running the recorded SQL {spread(plain)} "
        f"({ours.median_ms() / plain.median_ms():.1f}x); breakdown: {parts}; target "
        f"{TIMELINE_TARGET_MS:g} ms on the median; median of {size.repetitions}"
    )
    return Result(
        "timeline_2000",
        ours.median_ms(),
        "ms",
        plain.median_ms(),
        target=TIMELINE_TARGET_MS,
        target_on="value",
        note=note,
    )


def _in_uow(office: ContactOffice, parent_id: int) -> list[Any]:
    with office.unit_of_work() as uow:
        return list(uow.contacts.timeline(parent_id))


# --- full-text search ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchSizes:
    office: OfficeSize
    repetitions: int  # per query
    warmups: int
    breakdown_repetitions: int  # of the repository call and the SQL on sqlcipher3, per query


def search_sizes(config: RunConfig) -> SearchSizes:
    return config.pick(
        quick=SearchSizes(OfficeSize(parents=20, entries=1_000, focus_entries=50), 1, 0, 1),
        full=SearchSizes(OfficeSize(parents=300, entries=100_000, focus_entries=333), 9, 1, 3),
    )


@dataclass
class QueryFigures:
    label: str
    query: str
    total: int
    ours: Samples
    plain: Samples
    repository: Samples
    cipher: Samples
    cipher_count: Samples

    def line(self) -> str:
        return (
            f"{self.label} {self.query!r} ({self.total:,} hits) {spread(self.ours)} vs "
            f"{spread(self.plain)} [repository {self.repository.median_ms():.1f}, SQL on "
            f"sqlcipher3 {self.cipher.median_ms():.1f} of which count "
            f"{self.cipher_count.median_ms():.1f}]"
        )


def measure_query(office: ContactOffice, label: str, query: str, size: SearchSizes) -> QueryFigures:
    match = fts_query(query)
    assert match is not None
    statements = repository_sql(office, lambda uow: uow.contacts.search(match, SEARCH_LIMIT))
    if len(statements) != 3:
        raise RuntimeError(
            f"search_100k: expected count, page of ids, rows; recorded {len(statements)}"
        )
    found = run_sql(office.plain, statements)
    total, rows = found[0][0][0], found[-1]
    service = office.service()

    def same_as_plain(result: SearchResult) -> None:
        if result.total != total or len(result.hits) != len(rows):
            raise RuntimeError(f"search_100k: {query!r} found other entries than plain sqlite3")

    def plain_counts(found: list[list[Any]]) -> None:
        if found[0][0][0] != total:
            raise RuntimeError(f"search_100k: {query!r} counted differently")

    def repository_counts(found: tuple[int, list[Any]]) -> None:
        if found[0] != total:
            raise RuntimeError(f"search_100k: {query!r} counted differently")

    ours, plain = interleaved(
        Samples(timed(lambda: service.search(query), same_as_plain)),
        Samples(timed(lambda: run_sql(office.plain, statements), plain_counts)),
        size.repetitions,
        size.warmups,
    )
    repository = Samples(timed(lambda: _search_in_uow(office, match), repository_counts))
    with closing(office.vault.raw_connection()) as keyed:
        cipher = Samples(timed(lambda: run_sql(keyed, statements), plain_counts))
        cipher_count = Samples(timed(lambda: run_sql(keyed, statements[:1]), plain_counts))
        rotate([repository, cipher, cipher_count], size.breakdown_repetitions, size.warmups)
    return QueryFigures(label, query, total, ours, plain, repository, cipher, cipher_count)


def _search_in_uow(office: ContactOffice, match: str) -> tuple[int, list[Any]]:
    with office.unit_of_work() as uow:
        return uow.contacts.search(match, SEARCH_LIMIT)


def pooled_median_ms(figures: Sequence[QueryFigures], side: str) -> float:
    seconds = [s for f in figures for s in getattr(f, side).seconds]
    return statistics.median(seconds) * MS


def check_folding(figures: Sequence[QueryFigures]) -> None:
    totals = {f.query: f.total for f in figures}
    if totals["samvaer"] != totals["samvær"] or totals["Maret"] == 0:
        raise RuntimeError(f"search_100k: folded queries do not find the letters: {totals}")


@benchmark("search_100k")
def search_100k(config: RunConfig) -> Result:
    """Full-text search over 100,000 entries: ContactLogService.search (newest 200)."""
    size = search_sizes(config)
    with scratch_folder() as folder, contact_office(folder, size.office) as office:
        figures = [measure_query(office, label, query, size) for label, query in QUERIES]
    check_folding(figures)
    value = pooled_median_ms(figures, "ours")
    baseline = pooled_median_ms(figures, "plain")
    note = (
        f"{size.office.entries:,} entries, {size.office.parents} parents (built in "
        f"{office.build_seconds:.1f} s); ContactLogService.search(q, limit={SEARCH_LIMIT}) vs "
        f"plain sqlite3 running the recorded SQL (count, newest {SEARCH_LIMIT} ids, their rows), median of all "
        f"runs of all queries; target {SEARCH_TARGET_MS:g} ms on that median; per query, ours "
        f"vs plain [breakdown, ms: the repository call in a unit of work; the recorded SQL on a "
        f"keyed sqlcipher3 connection, and the count query alone]: "
        f"{'; '.join(f.line() for f in figures)}; {size.repetitions} runs per query, "
        f"breakdown {size.breakdown_repetitions}"
    )
    return Result(
        "search_100k",
        value,
        "ms",
        baseline,
        target=SEARCH_TARGET_MS,
        target_on="value",
        note=note,
    )
