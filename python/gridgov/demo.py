"""The demo report: a synthetic community's summary and resident map, written to a folder.
Later planning layers (routes, rosters) add their pages to the same folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import matplotlib

from . import duty, plot, routing, synth
from ._gridgov import Community

__all__ = ["write_report"]


def _summary(community: Community) -> str:
    households = community.frame("households")
    volunteers = community.frame("volunteers")
    net = community.network
    counts = community.level_counts()
    total = len(households)
    lines = [
        f"# Community {community.id}",
        "",
        f"Subdistrict {community.info.subdistrict}, district {community.info.district}.",
        "",
        "## Households by management level",
        "",
        "| level | households | share |",
        "|---|---:|---:|",
    ]
    for level in ("red", "orange", "green"):
        lines.append(f"| {level} | {counts[level]:,} | {counts[level] / total:.1%} |")
    flags = [("under home observation", "home_observation"), ("back from outside the city", "returned_from_outside"),
             ("elderly living alone", "elderly_alone"), ("needing deliveries", "needs_delivery"),
             ("reached so far", "reached"), ("seen only in the evening", "seen_evening")]
    lines += ["", "## Households", "", f"{total:,} households in {len(community.buildings):,} buildings, "
              f"{int(households['size'].sum()):,} people.", "", "| flag | households |", "|---|---:|"]
    for text, column in flags:
        lines.append(f"| {text} | {int(households[column].sum()):,} |")
    languages = households.loc[households["language"] != "", "language"].value_counts()
    lines.append(f"| needing a language ({', '.join(f'{k} {v}' for k, v in languages.items()) or 'none'}) "
                 f"| {int(languages.sum()):,} |")
    lines += ["", "## Volunteers", "", "| group | volunteers |", "|---|---:|"]
    for group, n in volunteers["group"].value_counts().sort_index().items():
        lines.append(f"| {group} | {n} |")
    lines += ["", "## Places", "",
              f"- walking network: {net.node_count:,} nodes, {net.edge_count:,} edges, {net.total_length / 1000:.1f} km",
              f"- watch posts: {len(community.posts)}; stations: {len(community.stations)}; grids: {len(community.grids)}",
              "", "![Resident map](map.png)", ""]
    return "\n".join(lines)


#: The synthetic community stands on day 3 of its campaign; today is the Thursday after it.
DEMO_DAY, DEMO_CAMPAIGN_DAY = "thu", 3


def _routes_section(plan: routing.RoundPlan) -> str:
    s = plan.summary()
    visits = plan.visits()
    per_level = visits["level"].value_counts()
    levels = ", ".join(f"{per_level.get(k, 0)} {k}" for k in ("red", "orange", "green"))
    return "\n".join([
        f"## Today's door-knocking ({DEMO_DAY}, campaign day {DEMO_CAMPAIGN_DAY})", "",
        f"{s['teams']} of {s['teams_free']} team shifts walk; they reach {s['households']:,} unreached households "
        f"({levels}), walking {s['metres'] / 1000:.1f} km ({s['steps']:,} steps). "
        f"Plan checked independently: {'feasible' if s['feasible'] else 'NOT feasible'}.", "",
        "Every visit with its team and arrival time is in routes.csv.", "", "![Routes](routes.png)", ""])


#: The week the demo's watch-post roster is for (a Monday of the 2020 campaign).
DEMO_WEEK = date(2020, 2, 3)


def _duty_section(plan: duty.DutyPlan) -> str:
    cover = plan.duty.problem.cover
    wanted = int(cover.loc[cover["skill"].isna(), "requirement"].sum())
    short = int(plan.shortfall.loc[plan.shortfall["skill"].isna(), "short"].sum())
    idle = int((plan.hours["hours"] == 0).sum())
    busiest = plan.hours.sort_values(["hours", "volunteer"], ascending=[False, True]).iloc[0]
    return "\n".join([
        f"## The week's watch-post roster (from {DEMO_WEEK:%a %d %b %Y})", "",
        f"{len(plan.table)} duties by {int((plan.hours['hours'] > 0).sum())} volunteers staff {wanted - short:,} of the "
        f"{wanted:,} person-hours the posts need ({(wanted - short) / wanted:.1%}). Hours spread "
        f"{plan.spread_hours:.0f} h: the busiest, {busiest['volunteer']}, does {busiest['hours']} h; "
        f"{f'{idle} volunteers have no duty' if idle else 'every volunteer has a duty'}. Roster checked "
        f"independently: {'feasible' if plan.feasible else 'NOT feasible'}.", "",
        "Every duty is in duty.csv; a Gantt chart per post and per volunteer and a calendar (.ics) per volunteer are "
        "in duty/.", "", "![Watch posts](duty.png)", ""])


def write_report(out: str | os.PathLike[str] = "gridgov-report", seed: int = 0, time_limit: float = 3.0) -> Path:
    """Generates the default community for ``seed`` and writes ``summary.md``, ``map.png``,
    ``community.json`` (its scenario file), today's door-knocking: ``routes.png`` and
    ``routes.csv``, and the week's watch-post roster: ``duty.csv``, ``duty.png`` and ``duty/``
    (each planned for ``time_limit`` seconds), into ``out``; returns the folder."""
    matplotlib.use("Agg")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    community = synth.community(seed=seed)
    community.save(folder / "community.json")
    fig = plot.community_map(community)
    fig.savefig(folder / "map.png", dpi=120, bbox_inches="tight")
    matplotlib.pyplot.close(fig)
    rnd = routing.door_knocking(community, day=DEMO_DAY, campaign_day=DEMO_CAMPAIGN_DAY)
    plan = routing.plan(rnd, community, time_limit=time_limit, seed=seed)
    plan.visits().drop(columns="arrival_s").to_csv(folder / "routes.csv", index=False)
    fig = plan.map()
    fig.savefig(folder / "routes.png", dpi=120, bbox_inches="tight")
    matplotlib.pyplot.close(fig)
    roster = duty.plan(community, time_limit=time_limit, seed=seed)
    roster.table.to_csv(folder / "duty.csv", index=False)
    fig = duty.gantt_by_post(roster.table)
    fig.savefig(folder / "duty.png", dpi=100, bbox_inches="tight")
    matplotlib.pyplot.close(fig)
    duty.write_duty_outputs(roster.table, folder / "duty", DEMO_WEEK)
    (folder / "summary.md").write_text(_summary(community) + "\n" + _routes_section(plan) + "\n" + _duty_section(roster),
                                       encoding="utf-8")
    return folder
