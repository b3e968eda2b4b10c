"""The referral preview, timed in a fresh Qt process: ``preview_bench`` runs this.

    python -m benchmarks.preview_probe REPETITIONS

"Ours" is what a click on *Forhåndsvis …* does: the draft's letter built from the vault
(``ReferralService.letter``), then ``PdfPreviewDialog`` rendering its pages and painting. The
baseline is the least a preview of the same words can do: raw reportlab with a standard font,
its first page rendered by PDFium into a QLabel and painted. Prints one JSON line of seconds.
The caller sets QT_QPA_PLATFORM=offscreen and temporary XDG folders (no user forms are read).
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.storage_workload import BENCH_PASSPHRASE
from bufapp.domain.consent import Consent, Service
from bufapp.domain.entities import Caseworker, Office, Parent
from bufapp.domain.enums import ConsentForm, InformationCategory, ServiceType
from bufapp.domain.referral import Referral
from bufapp.security import kdf
from bufapp.services.clock import today_oslo
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.vault import Vault
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog, render_pages

SENTENCE = "Máret Čuđe ønsker hjelp med bolig slik at samværet med Áilu kan skje hjemme. "


def _draft(workspace: Workspace) -> Referral:
    """A two-page draft to a service the parent consented to (a typical referral)."""
    register = workspace.register
    register.save_office(Office("Fjellvik kommune", "Rådhusveien 1, 9990 Fjellvik"))
    register.save_caseworker(Caseworker("Ingrid Løvås Nilsen"))
    parent = register.save_parent(Parent("Máret", "Čuđe"))
    nav = workspace.directory.save(Service("NAV Fjellvik", ServiceType.NAV, "Postboks 1"))
    housing = InformationCategory.FINANCES_AND_HOUSING
    workspace.consents.save(
        Consent(parent.id or 0, "Bolig", (housing,), today_oslo(), ConsentForm.WRITTEN,
                service_id=nav.id)
    )  # fmt: skip
    text = SENTENCE * 12
    return workspace.referrals.save_draft(
        Referral(parent.id or 0, nav.id or 0, text, (housing,), text, text, text, "Tolk.")
    )


def _shown(app: QApplication, widget: QWidget) -> None:
    widget.show()
    app.processEvents()
    widget.repaint()  # painted now, not at the next turn of the loop


def _timed(app: QApplication, make: Callable[[], QWidget]) -> float:
    started = time.perf_counter()
    widget = make()
    _shown(app, widget)
    seconds = time.perf_counter() - started
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return seconds


def _raw_pdf(referral: Referral) -> bytes:
    style = getSampleStyleSheet()["Normal"]
    words = (referral.request, referral.current_situation, referral.tried_before,
             referral.parent_words, referral.practical_needs)  # fmt: skip
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(w, style) for w in words])
    return buffer.getvalue()


def _label_of(pdf: bytes) -> QLabel:
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(render_pages(pdf, 96)[0]))
    return label


def main(repetitions: int) -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bufapp-preview-") as folder:
        vault, _key = Vault.create(Path(folder) / "vault", BENCH_PASSPHRASE, kdf.minimum_params())
        workspace = workspace_for(vault, Settings())
        referral = _draft(workspace)

        def ours() -> QWidget:
            pdf = workspace.referrals.letter(referral.id or 0)
            return PdfPreviewDialog("Henvisning", pdf, "henvisning.pdf")

        def baseline() -> QWidget:
            return _label_of(_raw_pdf(referral))  # built each time, as ours is

        _timed(app, ours), _timed(app, baseline)  # warm: fonts, PDFium, first widgets
        times: dict[str, list[float]] = {"ours": [], "baseline": []}
        for repetition in range(repetitions):
            order = ("ours", "baseline") if repetition % 2 == 0 else ("baseline", "ours")
            for side in order:
                times[side].append(_timed(app, ours if side == "ours" else baseline))
        workspace.lock()
    print(json.dumps(times))


if __name__ == "__main__":
    main(int(sys.argv[1]))
