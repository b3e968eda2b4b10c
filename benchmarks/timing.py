"""Timing helpers: median of repetitions, candidate and baseline interleaved.

A measured function does its own (untimed) setup and returns the seconds of the part that
counts, so a fresh database per repetition costs nothing in the figure.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

Measurement = Callable[[], float]


class Stopwatch:
    """``with stopwatch.running(): ...`` adds the block's duration (time.perf_counter)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    @contextmanager
    def running(self) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - started


def seconds_of(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_of(measurement: Measurement, repetitions: int) -> float:
    return statistics.median(measurement() for _ in range(repetitions))


@dataclass(frozen=True)
class Comparison:
    candidate: float
    baseline: float


def compare(
    candidate: Measurement, baseline: Measurement, repetitions: int, warmups: int = 1
) -> Comparison:
    """Medians of candidate and baseline, run alternately (ABBA…) so that drift in the
    machine's speed (other load, thermal limits, disk caches) hits both sides alike."""
    for _ in range(warmups):
        candidate()
        baseline()
    candidate_times: list[float] = []
    baseline_times: list[float] = []
    for repetition in range(repetitions):
        if repetition % 2 == 0:
            candidate_times.append(candidate())
            baseline_times.append(baseline())
        else:
            baseline_times.append(baseline())
            candidate_times.append(candidate())
    return Comparison(statistics.median(candidate_times), statistics.median(baseline_times))
