"""Preview figure (issue 5): *Forhåndsvis …* on a referral draft shows the letter within
300 ms of the click, against the barest preview of the same words in the same process."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.ui_bench import PROBE_TIMEOUT_SECONDS, REPOSITORY_ROOT, probe_environment

TARGET_SECONDS = 0.3


@benchmark("referral_preview")
def referral_preview(config: RunConfig) -> Result:
    """Click to painted preview: the letter from the vault, rendered and shown."""
    repetitions = config.pick(quick=2, full=15)
    with tempfile.TemporaryDirectory(prefix="bufapp-benchmark-preview-") as home:
        finished = subprocess.run(
            [sys.executable, "-m", "benchmarks.preview_probe", str(repetitions)],
            cwd=REPOSITORY_ROOT,
            env=probe_environment(Path(home)),
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_SECONDS,
            check=False,
        )
    if finished.returncode != 0:
        raise RuntimeError(f"preview_probe failed: {finished.stderr.strip()[-2000:]}")
    times = json.loads(finished.stdout.strip().splitlines()[-1])
    return Result(
        "referral_preview",
        statistics.median(times["ours"]),
        "s",
        statistics.median(times["baseline"]),
        target=TARGET_SECONDS,
        target_on="value",
        note=(
            "ReferralService.letter on a real vault + PdfPreviewDialog (every page rendered at "
            "96 dpi, painted) vs raw reportlab with a standard font, first page rendered into a "
            f"QLabel and painted; offscreen Qt, fresh process; median of {repetitions}"
        ),
    )
