"""The figures of the suite and how they are registered.

To add a figure, write a function in the module of its area (``storage_bench.py``,
``security_bench.py``, a new ``documents_bench.py`` …)::

    @benchmark("pdf_letter")
    def pdf_letter(config: RunConfig) -> Result:
        ...
        return Result("pdf_letter", value, "s", baseline, target=1.5, target_on="ratio")

and, for a new module, add its name to ``BENCHMARK_MODULES``. The runner imports those modules,
which registers their functions in the order they are defined.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

TargetOn = Literal["ratio", "value"]
T = TypeVar("T")

BENCHMARK_MODULES = (
    "benchmarks.storage_bench",
    "benchmarks.security_bench",
    "benchmarks.ui_bench",
    "benchmarks.contact_bench",
    "benchmarks.document_bench",
    "benchmarks.preview_bench",
    "benchmarks.network_bench",
    "benchmarks.backup_bench",
    "benchmarks.archive_bench",
    "benchmarks.lock_bench",
    "benchmarks.visit_bench",
    "benchmarks.office_report_bench",
)


@dataclass(frozen=True)
class Result:
    """One figure. ``baseline`` is the same workload on the reference (None when there is none).

    ``target`` applies to the ratio or to the value, as ``target_on`` says; lower is better.
    ``target_low`` (optional) makes the target a range, e.g. the KDF's 0.5–1.0 s: too fast is
    too weak there. ``note`` is shown under the table only.
    """

    name: str
    value: float
    unit: str
    baseline: float | None
    target: float
    target_on: TargetOn
    note: str = ""
    target_low: float | None = None

    def __post_init__(self) -> None:
        if self.target_on not in ("ratio", "value"):
            raise ValueError(f"{self.name}: target_on must be 'ratio' or 'value'")
        if self.target_on == "ratio" and self.baseline is None:
            raise ValueError(f"{self.name}: a ratio target needs a baseline")

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def judged(self) -> float:
        """The number the target applies to."""
        if self.target_on == "ratio":
            assert self.ratio is not None
            return self.ratio
        return self.value

    @property
    def meets_target(self) -> bool:
        low_enough = self.judged <= self.target
        high_enough = self.target_low is None or self.judged >= self.target_low
        return low_enough and high_enough

    def to_json(self) -> dict[str, object]:
        return {
            "value": self.value,
            "unit": self.unit,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "target": self.target,
            "target_on": self.target_on,
        }


@dataclass(frozen=True)
class RunConfig:
    """How big a run is. ``quick`` means tiny sizes (the test suite); numbers are then noise."""

    quick: bool = False

    def pick(self, *, quick: T, full: T) -> T:
        return quick if self.quick else full


BenchmarkFunction = Callable[[RunConfig], Result]
_registered: dict[str, BenchmarkFunction] = {}


def benchmark(name: str) -> Callable[[BenchmarkFunction], BenchmarkFunction]:
    """Register a figure under ``name`` (the name its Result must carry)."""

    def register(function: BenchmarkFunction) -> BenchmarkFunction:
        if name in _registered:
            raise ValueError(f"benchmark {name!r} is registered twice")
        _registered[name] = function
        return function

    return register


def all_benchmarks() -> dict[str, BenchmarkFunction]:
    """Every registered figure, in registration order."""
    for module in BENCHMARK_MODULES:
        importlib.import_module(module)
    return dict(_registered)
