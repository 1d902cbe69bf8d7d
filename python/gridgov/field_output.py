"""A planned day on paper and on screen: the files a community office hands to its teams and
opens on its own screen (visits and duties as CSV, the day's map as a picture, an offline HTML
map and GeoJSON for QGIS)."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib.pyplot as plt

from . import resident_map
from .field import DayPlan

__all__ = ["write_day"]


def write_day(plan: DayPlan, folder: str | os.PathLike[str], name: str = "day") -> dict[str, Path]:
    """Writes ``plan`` into ``folder`` as ``{name}-visits.csv`` (every household visit, with its
    round, team and times), ``{name}-duty.csv``, ``{name}.png`` (the resident map with the day's
    routes), ``{name}.html`` (the same, interactive, offline) and ``{name}.geojson``; the maps
    show the community as it was planned from. Returns the paths by kind."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = {kind: out / f"{name}{suffix}" for kind, suffix in
             [("visits", "-visits.csv"), ("duty", "-duty.csv"), ("png", ".png"), ("html", ".html"), ("geojson", ".geojson")]}
    plan.visits().drop(columns="arrival_s").to_csv(paths["visits"], index=False)
    plan.duty.to_csv(paths["duty"], index=False)
    fig = plan.map()
    fig.savefig(paths["png"], dpi=110, bbox_inches="tight")
    plt.close(fig)
    rounds = list(plan.rounds().values())
    title = f"Community {plan.community.id}, {plan.day} (campaign day {plan.campaign_day})"
    resident_map.to_html(plan.community, rounds, paths["html"], title=title)
    resident_map.to_geojson(plan.community, rounds, paths["geojson"])
    return paths
