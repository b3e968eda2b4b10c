"""The figures of one map in words (``summarise``): how many people, how many in each sector,
the shares who almost always give practical, emotional and informational help, who are almost
always critical, where help goes both ways, who are seen weekly or more, and the empty sectors.
Shown beside the drawing in the editor (live) and in the view."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from bufapp.domain.network import NetworkMap
from bufapp.domain.network_rules import MapSummary, summarise
from bufapp.ui.qt import tr


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


def summary_lines(summary: MapSummary) -> list[tuple[str, list[str]]]:
    """(what, figures) in reading order; a list of several (per sector) is one per line."""
    people = tr("%n personer", None, summary.size)
    qualities = [f"{tr(q.label).lower()} {n}" for q, n in summary.per_quality if n]
    sectors = [f"{tr(s.name)} {n}" for s, n in summary.per_sector if n]
    empty = [tr(s.name) for s in summary.empty_sectors] or [tr("ingen")]
    return [
        (tr("Størrelse"), [people]),
        (tr("Forholdet"), qualities or ["–"]),
        (tr("Per sektor"), sectors or ["–"]),
        (tr("Tomme sektorer"), empty),
        (tr("Praktisk hjelp nesten alltid"), [percent(summary.practical)]),
        (tr("Følelsesmessig støtte nesten alltid"), [percent(summary.emotional)]),
        (tr("Råd og informasjon nesten alltid"), [percent(summary.informational)]),
        (tr("Kritisk nesten alltid"), [percent(summary.critical)]),
        (tr("Hjelp begge veier"), [percent(summary.reciprocal)]),
        (tr("Kontakt ukentlig eller oftere"), [percent(summary.weekly_or_more)]),
    ]


def summary_text(network: NetworkMap) -> str:
    """The same in one plain line (the drawing's accessible description)."""
    return "; ".join(
        f"{what}: {', '.join(figures)}" for what, figures in summary_lines(summarise(network))
    )


class SummaryPanel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Oppsummering av kartet"))

    def show_map(self, network: NetworkMap | None) -> None:
        if network is None:
            self.clear()
            self.setAccessibleDescription("")
            return
        rows = "".join(
            f"<tr><th align=left valign=top>{escape(what)}</th>"
            f"<td>{'<br>'.join(escape(f) for f in figures)}</td></tr>"
            for what, figures in summary_lines(summarise(network))
        )
        self.setText(
            "<b>" + escape(tr("Oppsummering")) + f"</b><table cellspacing=3>{rows}</table>"
        )
        self.setAccessibleDescription(summary_text(network))
