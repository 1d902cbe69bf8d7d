"""Rich displays in Jupyter: one small card (a title, a few figures, optional tables) that the
main result objects return from ``_repr_html_``. Every text is escaped."""

from __future__ import annotations

import html
from typing import Iterable

import pandas as pd

#: Rows of a table shown in a card at most (the object itself holds them all).
TABLE_ROWS = 8


def card(title: str, figures: Iterable[tuple[str, object]], tables: Iterable[tuple[str, pd.DataFrame]] = ()) -> str:
    """An HTML card: ``title``, then each (label, value) figure, then each (caption, table),
    cut to its first TABLE_ROWS rows with a note of how many there are."""
    parts = [f'<div class="gridgov-card"><strong>{html.escape(title)}</strong>',
             '<table style="margin:4px 0">']
    for label, value in figures:
        text = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)
        parts.append(f'<tr><td style="text-align:left;padding-right:12px">{html.escape(label)}</td>'
                     f'<td style="text-align:right">{html.escape(text)}</td></tr>')
    parts.append("</table>")
    for caption, frame in tables:
        shown = frame.head(TABLE_ROWS)
        more = f" (first {TABLE_ROWS} of {len(frame):,})" if len(frame) > TABLE_ROWS else ""
        parts.append(f"<div><em>{html.escape(caption)}{more}</em></div>")
        parts.append(shown.to_html(index=False, escape=True, border=0))
    parts.append("</div>")
    return "\n".join(parts)
