"""Contact-log figures: a parent's timeline and full-text search, against plain sqlite3, and how
their cost grows with the office.

Two offices are built once per run and shared by the figures (``contact_workload``: a vault,
exported to a plain database with the same rows and pages): a large one (1,000,000 entries, one
parent with 20,000) and the office DESIGN.md sizes for (30,000 entries, one parent with 2,000).
Each figure times, alternately, bufapp's call and the same SQL on plain stdlib sqlite3. The
baseline's SQL is not written by hand: it is recorded from the repository call on the vault's
engine, so it is exactly what ``ContactRepository`` issues, and plain sqlite3 is what that SQL
costs with no encryption, no SQLAlchemy and no Qt: the fair floor for the same answer. For the
breakdown, the recorded SQL is also timed on a keyed sqlcipher3 connection.

The growth figures time the same call on both offices, interleaved, and report large/small:
a page that costs what the screen holds, not what the vault holds, stays near 1.
"""

from __future__ import annotations

import atexit
import math
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.contact_workload import ContactOffice, OfficeSize, contact_office, repository_sql
from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.timing import Measurement, compare
from bufapp.domain.folding import search_words
from bufapp.services.contacts.log import (
    SEARCH_COUNT_CAP,
    SEARCH_LIMIT,
    TIMELINE_PAGE,
    SearchResult,
    TimelinePage,
)

T = TypeVar("T")
TIMELINE_TARGET_MS = 100.0
TIMELINE_PLAIN_RATIO = 2.0
SEARCH_TARGET_MS = 50.0
SEARCH_PLAIN_RATIO = 1.5
GROWTH_TARGET = 2.0  # large office / small office (issue 18: cost independent of the size)
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


# --- the offices ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sizes:
    small: OfficeSize
    large: OfficeSize
    repetitions: int
    warmups: int


def sizes(config: RunConfig) -> Sizes:
    return config.pick(
        quick=Sizes(
            OfficeSize(parents=20, entries=600, focus_entries=150),
            OfficeSize(parents=20, entries=2_000, focus_entries=400),
            3,
            1,
        ),
        full=Sizes(
            OfficeSize(parents=300, entries=30_000, focus_entries=2_000),
            OfficeSize(parents=300, entries=1_000_000, focus_entries=20_000),
            15,
            2,
        ),
    )


_offices: dict[OfficeSize, ContactOffice] = {}
_closing = ExitStack()
atexit.register(_closing.close)


def office_of(size: OfficeSize) -> ContactOffice:
    """The office of that size, built at its first use in the run and kept until the end (a
    million entries take minutes to write; four figures read them)."""
    if size not in _offices:
        folder = _closing.enter_context(scratch_folder())
        _offices[size] = _closing.enter_context(contact_office(folder, size))
    return _offices[size]


def built(office: ContactOffice) -> str:
    return (
        f"{office.entries:,} entries, {len(office.register.parent_ids)} parents "
        f"(built in {office.build_seconds:.0f} s)"
    )


# --- a parent's timeline: the first page painted -----------------------------------------------


class TimelineView:
    """A parent's timeline on screen: TimelineModel behind TimelineFilter in a QTableView set up
    as ContactLogView sets up its table (offscreen Qt, in this process). The reading pane is
    left out: it shows one entry, whatever the timeline's length."""

    def __init__(self) -> None:
        # Qt only here, so the rest of the suite (and a run without this figure) never loads it.
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QHeaderView

        from bufapp.ui.contacts.timeline_model import TimelineFilter, TimelineModel
        from bufapp.ui.qt import make_application
        from bufapp.ui.widgets.row_table_model import row_table

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
            raise RuntimeError("timeline: the table was not painted")

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


def first_page_painted(office: ContactOffice, view: TimelineView) -> Samples:
    """What opening a parent in the contact log costs: ContactLogService.timeline_page (the
    newest TIMELINE_PAGE entries and the count), the rows into TimelineModel behind
    TimelineFilter, the first row selected, one event-loop turn (painted)."""
    focus, service = office.register.focus, office.service()
    expected = min(TIMELINE_PAGE, office.focus_entries)

    def opened() -> float:
        view.clear()
        started = time.perf_counter()
        page = service.timeline_page(focus)
        view.show(list(page.items))
        seconds = time.perf_counter() - started
        if view.model.rowCount() != expected or page.total != office.focus_entries:
            raise RuntimeError(f"timeline: {view.model.rowCount()} rows, {page.total} counted")
        return seconds

    return Samples(opened)


def page_statements(office: ContactOffice) -> list[Any]:
    focus = office.register.focus
    return repository_sql(
        office,
        lambda uow: (
            uow.contacts.timeline(focus, None, TIMELINE_PAGE),
            uow.contacts.count_of(focus),
        ),
    )


@dataclass(frozen=True)
class TimelineFigures:
    office: ContactOffice
    ours: Samples
    plain: Samples
    breakdown: dict[str, Samples]

    def note(self) -> str:
        parts = ", ".join(f"{what} {spread(samples)}" for what, samples in self.breakdown.items())
        return (
            f"one parent's {self.office.focus_entries:,} entries in an office of "
            f"{built(self.office)}; first page ({TIMELINE_PAGE} rows) and count: "
            f"ContactLogService.timeline_page + TimelineModel.set_rows behind TimelineFilter in "
            f"an offscreen QTableView, first row selected, one event-loop turn (painted) "
            f"{spread(self.ours)} vs plain sqlite3 running the recorded SQL (the page query and "
            f"the COUNT), then the same page painted in the same table "
            f"{spread(self.plain)} ({self.ours.median_ms() / self.plain.median_ms():.2f}x: what "
            f"SQLCipher, SQLAlchemy and the service add to the same page on screen); "
            f"breakdown: {parts}"
        )


_timelines: dict[OfficeSize, TimelineFigures] = {}


def timeline_figures(size: OfficeSize, config: RunConfig) -> TimelineFigures:
    """Measured once per run, reported by two figures (the time, and the ratio to plain)."""
    if size in _timelines:
        return _timelines[size]
    runs = sizes(config)
    office = office_of(size)
    statements = page_statements(office)
    service, focus = office.service(), office.register.focus
    page = service.timeline_page(focus)

    def same_page(rows: list[list[Any]]) -> None:
        if [r[0] for r in rows[0]] != [item.id for item in page.items]:
            raise RuntimeError("timeline: plain sqlite3 read another page")

    with timeline_view() as view:

        def plain_painted() -> float:
            view.clear()
            started = time.perf_counter()
            rows = run_sql(office.plain, statements)
            view.show(list(page.items))
            seconds = time.perf_counter() - started
            same_page(rows)
            return seconds

        ours, plain = interleaved(
            first_page_painted(office, view), Samples(plain_painted), runs.repetitions, runs.warmups
        )
        with closing(office.vault.raw_connection()) as keyed:
            breakdown = {
                "plain sqlite3, the recorded SQL alone": Samples(
                    timed(lambda: run_sql(office.plain, statements), same_page)
                ),
                "ContactLogService.timeline_page": Samples(
                    timed(lambda: service.timeline_page(focus), _page_of(page))
                ),
                "the recorded SQL on a keyed sqlcipher3 connection": Samples(
                    timed(lambda: run_sql(keyed, statements), same_page)
                ),
                "set_rows + paint of a page already loaded": Samples(
                    lambda: _shown(view, list(page.items))
                ),
            }
            rotate(list(breakdown.values()), runs.repetitions, runs.warmups)
    _timelines[size] = TimelineFigures(office, ours, plain, breakdown)
    return _timelines[size]


def _page_of(expected: TimelinePage) -> Callable[[TimelinePage], None]:
    def check(page: TimelinePage) -> None:
        if page != expected:
            raise RuntimeError("timeline: the service read another page")

    return check


def _shown(view: TimelineView, rows: list[Any]) -> float:
    view.clear()
    started = time.perf_counter()
    view.show(rows)
    return time.perf_counter() - started


@benchmark("timeline_20k")
def timeline_20k(config: RunConfig) -> Result:
    """Opening a parent with 20,000 entries (in an office of a million) to its first page
    painted, against plain sqlite3 reading the same page and count and the same rows painted in
    the same table (painting is the same work on both sides, so the ratio is what the vault,
    SQLAlchemy and the service add): the page comes off the index (parent, moment, entry), so
    it costs what a screenful costs."""
    figures = timeline_figures(sizes(config).large, config)
    return Result(
        "timeline_20k",
        figures.ours.median_ms(),
        "ms",
        figures.plain.median_ms(),
        target=TIMELINE_TARGET_MS,
        target_on="value",
        note=f"{figures.note()}; target {TIMELINE_TARGET_MS:g} ms on the median "
        f"(timeline_20k_vs_plain holds the ratio's target)",
    )


@benchmark("timeline_20k_vs_plain")
def timeline_20k_vs_plain(config: RunConfig) -> Result:
    """The same measurement as timeline_20k, judged as a ratio to plain sqlite3: what
    SQLCipher, SQLAlchemy and Qt add to reading and showing one page."""
    figures = timeline_figures(sizes(config).large, config)
    return Result(
        "timeline_20k_vs_plain",
        figures.ours.median_ms(),
        "ms",
        figures.plain.median_ms(),
        target=TIMELINE_PLAIN_RATIO,
        target_on="ratio",
        note=f"see timeline_20k; target {TIMELINE_PLAIN_RATIO:g}x plain sqlite3",
    )


@benchmark("timeline_growth")
def timeline_growth(config: RunConfig) -> Result:
    """The first page painted for a parent with 20,000 entries in an office of a million,
    against a parent with 2,000 in an office of 30,000, interleaved: near 1 when the page
    costs the same whatever the timeline's length."""
    run = sizes(config)
    small, large = office_of(run.small), office_of(run.large)
    with timeline_view() as view:
        ours_large, ours_small = interleaved(
            first_page_painted(large, view),
            first_page_painted(small, view),
            run.repetitions,
            run.warmups,
        )
    return Result(
        "timeline_growth",
        ours_large.median_ms(),
        "ms",
        ours_small.median_ms(),
        target=GROWTH_TARGET,
        target_on="ratio",
        note=(
            f"first page painted: {large.focus_entries:,} entries of one parent, office of "
            f"{built(large)}: {spread(ours_large)}; {small.focus_entries:,} entries, office of "
            f"{built(small)}: {spread(ours_small)}; target large/small <= {GROWTH_TARGET:g}"
        ),
    )


# --- full-text search: the first page of hits ---------------------------------------------------


@dataclass
class QueryFigures:
    label: str
    query: str
    total: int
    capped: bool
    ours: Samples
    plain: Samples
    cipher: Samples

    def line(self) -> str:
        counted = f"over {self.total:,}" if self.capped else f"{self.total:,}"
        return (
            f"{self.label} {self.query!r} ({counted} hits) {spread(self.ours)} vs "
            f"{spread(self.plain)} [the SQL on sqlcipher3 {self.cipher.median_ms():.1f}]"
        )


def measure_query(office: ContactOffice, label: str, query: str, runs: Sizes) -> QueryFigures:
    words = tuple(search_words(query))
    statements = repository_sql(
        office, lambda uow: uow.contact_search.search(words, SEARCH_LIMIT, None, SEARCH_COUNT_CAP)
    )
    # The index's terms each word begins (fts5vocab), then one LIMITed page of ids, then rows.
    pages = [n for n, (sql, _params) in enumerate(statements) if "MATCH" in sql]
    if len(pages) > 1:
        raise RuntimeError(f"search: more than one read of the full-text index: {statements}")

    def counted_in(found: list[list[Any]]) -> int:
        return len(found[pages[0]]) if pages else 0

    found = run_sql(office.plain, statements)
    counted, rows = counted_in(found), (found[-1] if pages else [])
    service = office.service()

    def same_as_plain(result: SearchResult) -> None:
        if min(counted, SEARCH_COUNT_CAP) != result.total or len(result.hits) != len(rows):
            raise RuntimeError(f"search: {query!r} found other entries than plain sqlite3")

    def plain_counts(found: list[list[Any]]) -> None:
        if counted_in(found) != counted:
            raise RuntimeError(f"search: {query!r} counted differently")

    ours, plain = interleaved(
        Samples(timed(lambda: service.search(query), same_as_plain)),
        Samples(timed(lambda: run_sql(office.plain, statements), plain_counts)),
        runs.repetitions,
        runs.warmups,
    )
    with closing(office.vault.raw_connection()) as keyed:
        cipher = Samples(timed(lambda: run_sql(keyed, statements), plain_counts))
        rotate([cipher], max(3, runs.repetitions // 3), runs.warmups)
    total = min(counted, SEARCH_COUNT_CAP)
    return QueryFigures(label, query, total, counted > SEARCH_COUNT_CAP, ours, plain, cipher)


def pooled_median_ms(figures: Sequence[QueryFigures], side: str) -> float:
    seconds = [s for f in figures for s in getattr(f, side).seconds]
    return statistics.median(seconds) * MS


def check_folding(figures: Sequence[QueryFigures]) -> None:
    totals = {f.query: f.total for f in figures}
    if totals["samvaer"] != totals["samvær"] or totals["Maret"] == 0:
        raise RuntimeError(f"search: folded queries do not find the letters: {totals}")


_searches: dict[OfficeSize, list[QueryFigures]] = {}


def search_figures(size: OfficeSize, config: RunConfig) -> list[QueryFigures]:
    if size not in _searches:
        office = office_of(size)
        runs = sizes(config)
        figures = [measure_query(office, label, query, runs) for label, query in QUERIES]
        check_folding(figures)
        _searches[size] = figures
    return _searches[size]


def search_note(size: OfficeSize, figures: Sequence[QueryFigures], config: RunConfig) -> str:
    return (
        f"{built(office_of(size))}; ContactLogService.search(q): the newest-written "
        f"{SEARCH_LIMIT} hits whole (each hit's excerpt is made when the view shows it), "
        f"counted up to {SEARCH_COUNT_CAP:,}, vs plain sqlite3 "
        f"running the recorded SQL (the index's terms each word begins, one LIMITed read of "
        f"the full-text index, the page's rows), pooled median of all runs of all queries; per query: "
        f"{'; '.join(f.line() for f in figures)}; {sizes(config).repetitions} runs per query"
    )


@benchmark("search_1m")
def search_1m(config: RunConfig) -> Result:
    """Full-text search over 1,000,000 entries to the first page of hits, against plain sqlite3
    running the same SQL on the same pages."""
    size = sizes(config).large
    figures = search_figures(size, config)
    return Result(
        "search_1m",
        pooled_median_ms(figures, "ours"),
        "ms",
        pooled_median_ms(figures, "plain"),
        target=SEARCH_TARGET_MS,
        target_on="value",
        note=f"{search_note(size, figures, config)}; target {SEARCH_TARGET_MS:g} ms on the "
        f"median (search_1m_vs_plain holds the ratio's target)",
    )


@benchmark("search_1m_vs_plain")
def search_1m_vs_plain(config: RunConfig) -> Result:
    """The same measurement as search_1m, judged as a ratio to plain sqlite3."""
    figures = search_figures(sizes(config).large, config)
    return Result(
        "search_1m_vs_plain",
        pooled_median_ms(figures, "ours"),
        "ms",
        pooled_median_ms(figures, "plain"),
        target=SEARCH_PLAIN_RATIO,
        target_on="ratio",
        note=f"see search_1m; target {SEARCH_PLAIN_RATIO:g}x plain sqlite3",
    )


@benchmark("search_growth")
def search_growth(config: RunConfig) -> Result:
    """The first page of hits over 1,000,000 entries against 30,000 (same queries, pooled
    medians, each office measured beside its own plain baseline): near 1 when a page costs the
    same however many entries match."""
    run = sizes(config)
    large = search_figures(run.large, config)
    small = search_figures(run.small, config)
    return Result(
        "search_growth",
        pooled_median_ms(large, "ours"),
        "ms",
        pooled_median_ms(small, "ours"),
        target=GROWTH_TARGET,
        target_on="ratio",
        note=(
            f"large: {search_note(run.large, large, config)} | small: "
            f"{search_note(run.small, small, config)}; target large/small <= {GROWTH_TARGET:g}"
        ),
    )
