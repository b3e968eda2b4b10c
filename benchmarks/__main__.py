"""``python -m benchmarks``: run the performance suite and print the table."""

from benchmarks.runner import main

raise SystemExit(main())
