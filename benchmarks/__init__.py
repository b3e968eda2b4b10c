"""bufapp's performance suite: ``python -m benchmarks`` from the repository root.

Every figure is measured next to a baseline taken in the same run on the same workload (plain
sqlite3 for storage), so the ratio holds on a noisy machine even when the absolute numbers do
not. See ``registry.py`` for how to add a figure: one module per area, one decorated function
per figure, and the module's name in ``BENCHMARK_MODULES``.

Everything is written to temporary folders (``tempfile``; set ``TMPDIR`` to measure another
disk), never to the user's data folder.
"""
