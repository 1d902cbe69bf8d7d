"""The demo report: a synthetic community's summary and resident map, three days in the field
planned from and recorded into a ledger (routes, duty, deliveries, what happened at the doors,
the maps of each day), and the week's watch-post roster, written to a folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import matplotlib
import pandas as pd

from . import duty, field, plot, synth
from ._gridgov import Community
from .field_output import write_day
from .ledger import Ledger

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


#: The synthetic community stands on day 3 of its campaign; the demo plays out the three days
#: after it, from the Thursday.
DEMO_DAYS = [(3, "thu"), (4, "fri"), (5, "sat")]


def _promise_call_backs(ledger: Ledger, contacts, community: Community, tomorrow: int) -> int:
    """Red households nobody found at home get a visit promised for tomorrow evening, as a
    volunteer's note on the door would ask; returns how many."""
    levels = community.frame("households").set_index("id")["level"]
    missed = contacts[contacts["outcome"] == "not_home"]["household"].drop_duplicates()
    red = [h for h in missed if levels.get(h) == "red"]
    if red:
        ledger.promise([{"household": h, "day": tomorrow, "window": "19:00-21:00", "note": "call back"} for h in red])
    return len(red)


def _field_days(community: Community, folder: Path, seed: int, iterations: int) -> str:
    """Plays out DEMO_DAYS: each day planned from the ledger's state and promises, its plan and
    its contacts (drawn from the typical home model) recorded, its maps written. The ledger is
    built beside its final name and moved there once complete, so an earlier one is never left
    half-overwritten."""
    days = folder / "days"
    days.mkdir(exist_ok=True)
    final, building = folder / "ledger.sqlite", folder / "ledger.sqlite.partial"
    for stale in folder.glob("ledger.sqlite.partial*"):
        stale.unlink()
    home = field.home_model(community, seed)
    rows = []
    with Ledger.create(building, community, day=DEMO_DAYS[0][0]) as ledger:
        for number, (day, weekday) in enumerate(DEMO_DAYS, start=1):
            plan = field.plan_from_ledger(ledger, day=weekday, campaign_day=day, max_iterations=iterations, seed=seed + day)
            by_day = plan.play(home, seed=seed, part="day")
            ledger.record(by_day)
            plan = plan.replan_evening(ledger.community())  # the afternoon: the evening round for who is still missed
            ledger.record_plan(plan.items)
            in_evening = plan.play(home, seed=seed, part="evening")
            ledger.record(in_evening)
            contacts = pd.concat([by_day, in_evening], ignore_index=True)
            promised = _promise_call_backs(ledger, contacts, plan.community, day + 1)
            name = f"day-{number}-{weekday}"
            write_day(plan, days, name)
            after = ledger.community().frame("households")
            s = plan.summary()
            rows.append(dict(name=name, day=day, weekday=weekday, knocked=s["door_knocking_households"],
                             evening=s.get("evening_households", 0), delivered=s.get("deliveries_households", 0),
                             duties=s["duties"], reached=int((contacts["outcome"] == "reached").sum()),
                             lights=int((contacts["outcome"] == "lights_on").sum()),
                             unreached=int((~after["reached"]).sum()),
                             km=sum(p.summary()["metres"] for p in plan.rounds().values()) / 1000,
                             kept=f"{s['promises_kept']} of {s['promises']}", promised=promised, feasible=s["feasible"]))
        ledger.export_csv(folder / "contacts.csv")
    building.replace(final)
    lines = [
        "## Three days in the field", "",
        "Each day is planned from the ledger's state (who is still unreached, since when, who was seen only in the "
        "evening, which visits were promised): the watch posts' duty first, then deliveries, door-knocking that goes "
        "first to the unreached by level and days missed, nobody in two places at once. What happened at each door is "
        "drawn from a typical home model (docs/simulation.md) and recorded in the ledger; in the afternoon the evening "
        "round is planned again for whoever is still unreached, and played out the same way. Red households not found "
        "get a call-back promised for the next evening, which the next plan pins.", "",
        "| day | households knocked | evening round | deliveries | duties | reached | lit windows | still unreached "
        "| km walked | promises kept | call-backs promised | checked |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(f"| {r['weekday']} (day {r['day']}) | {r['knocked']:,} | {r['evening']:,} | {r['delivered']:,} "
                     f"| {r['duties']} | {r['reached']:,} | {r['lights']:,} | {r['unreached']:,} | {r['km']:.1f} "
                     f"| {r['kept']} | {r['promised']} | {'feasible' if r['feasible'] else 'NOT feasible'} |")
    lines += ["", "The ledger is `ledger.sqlite` (every contact also in `contacts.csv`). Each day's visits and duties "
              "(CSV) and its map (a picture, an offline HTML map and GeoJSON for QGIS) are in `days/`.", ""]
    lines += [f"![{r['weekday']}](days/{r['name']}.png)" for r in rows]
    return "\n".join(lines + [""])


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


def write_report(out: str | os.PathLike[str] = "gridgov-report", seed: int = 0, time_limit: float = 3.0,
                 iterations: int = 1000) -> Path:
    """Generates the default community for ``seed`` and writes into ``out``: ``summary.md``,
    ``map.png``, ``community.json`` (its scenario file); three days in the field
    (``ledger.sqlite``, ``contacts.csv``, and each day's visits, duties and map in ``days/``; each round solved with ``iterations`` iterations); and the week's
    watch-post roster: ``duty.csv``, ``duty.png`` and ``duty/`` (planned for ``time_limit``
    seconds). Returns the folder."""
    matplotlib.use("Agg")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    community = synth.community(seed=seed)
    community.save(folder / "community.json")
    fig = plot.community_map(community)
    fig.savefig(folder / "map.png", dpi=120, bbox_inches="tight")
    matplotlib.pyplot.close(fig)
    days = _field_days(community, folder, seed, iterations)
    roster = duty.plan(community, time_limit=time_limit, seed=seed)
    roster.table.to_csv(folder / "duty.csv", index=False)
    fig = duty.gantt_by_post(roster.table)
    fig.savefig(folder / "duty.png", dpi=100, bbox_inches="tight")
    matplotlib.pyplot.close(fig)
    duty.write_duty_outputs(roster.table, folder / "duty", DEMO_WEEK)
    (folder / "summary.md").write_text(_summary(community) + "\n" + days + "\n" + _duty_section(roster), encoding="utf-8")
    return folder
