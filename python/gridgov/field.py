"""Field operations: a day planned from the community's current state, a campaign simulated day
by day, and planning policies compared on it.

:func:`plan_day` plans one day: the watch posts' duty, deliveries, door-knocking that goes
first to the unreached (prizes grow with management level and days missed) and the evening
round, with promised visits pinned and nobody in two places at once.

A simulation plays D days of plan -> outcomes -> replan on a community: each day door-knocking
is planned for the unreached households and solved; at each door someone answers with the
household's chance of being home at that hour (the *home model*); lit windows of households
missed by day may be noted in the evening; an evening round may then call on those still
unreached. It reports the days until every household is reached, the steps walked, the
volunteers' hours and how evenly they were shared. :func:`compare` runs several policies over
the same seeds (the same home model and random draws for every policy, so differences come from
the policies) and gives means with 95 % confidence intervals. docs/simulation.md states the
model exactly.
"""

from __future__ import annotations

import logging
import math
import threading
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from . import _html, routing
from ._progress import bar
from ._gridgov import Community, InputError
from ._gridgov.field import _DayPlan, _plan_day, _play_day, _replan_evening, _simulate, _typical_home
from ._gridgov.ledger import Contact, PlanItem
from .ledger import Ledger

__all__ = ["HOUR_COLUMNS", "METRICS", "Comparison", "DayPlan", "Policy", "Simulation", "compare", "confidence_interval",
           "home_model", "plan_day", "plan_from_ledger", "proportion_interval", "simulate",
           "t_quantile_975"]

_log = logging.getLogger(__name__)

#: Columns of a home model: the chance of answering during each hour, h00 = 00:00-01:00.
HOUR_COLUMNS = [f"h{h:02d}" for h in range(24)]

#: Metrics of one simulation, as columns of :attr:`Comparison.runs`.
METRICS = ["covered", "days_to_cover", "unreached", "km", "steps", "volunteer_hours", "spread_hours"]


def home_model(community: Community, seed: int = 0) -> pd.DataFrame:
    """The typical home model of ``community``: one row per household, ``household`` then the
    chance of answering in each hour (``h00`` ... ``h23``). Households under home observation
    are in all day, elderly people living alone mostly so; of the others, drawn with ``seed``,
    45 % work by day and are home in the evening, 35 % have someone home by day, 20 % are seldom
    in. Edit it and pass it to :func:`simulate` as ``home``."""
    frame = pd.DataFrame(_typical_home(community, seed), columns=HOUR_COLUMNS)
    frame.insert(0, "household", [h.id for h in community.households])
    return frame


def _chances(community: Community, home: pd.DataFrame) -> list[list[float]]:
    """The home model's rows in the community's household order (by the household column)."""
    missing = [c for c in ["household", *HOUR_COLUMNS] if c not in home.columns]
    if missing:
        raise ValueError(f"home model: missing columns {', '.join(missing)}")
    rows = home.set_index("household")
    ids = [h.id for h in community.households]
    unknown = sorted(set(rows.index) - set(ids))
    if unknown:
        raise ValueError(f"home model: household '{unknown[0]}' is not in community '{community.id}'")
    absent = [i for i in ids if i not in rows.index]
    if absent:
        raise ValueError(f"home model: no row for household '{absent[0]}'")
    return rows.loc[ids, HOUR_COLUMNS].to_numpy(dtype=float).tolist()


@dataclass(frozen=True)
class Policy:
    """How a community plans its days. ``prizes`` are metres worth walking to reach a household:
    ``red``, ``orange``, ``green`` by management level, plus ``per_day`` for each day since it
    was last tried (and ``promised``, 100,000 unless given, for a promised visit)."""

    name: str = "default"
    evening_rounds: bool = True  #: working party members call on the unreached 19:00-21:00
    watch_lights: bool = True  #: lit windows of households missed by day are noted
    team_size: int = 2  #: volunteers walking together by day
    prizes: Mapping[str, int] = field(default_factory=lambda: {"red": 3000, "orange": 1500, "green": 600,
                                                                 "per_day": 200})


@dataclass(frozen=True)
class DayPlan:
    """A day's plan. ``door_knocking``, ``evening`` and ``deliveries`` are solved and checked
    :class:`gridgov.routing.RoundPlan` s (None when not planned); ``duty``: one row per duty
    (``volunteer``, ``post``, ``start``, ``end`` as "HH:MM"); ``promises``: each promised visit
    (``household``, ``start``, ``end``) and whether a route ``kept`` it; ``items``: the plan as
    the ledger's plan items (one per household at its door, one per duty), for
    :meth:`gridgov.ledger.Ledger.record_plan`."""

    community: Community
    policy: Policy
    day: str
    campaign_day: int
    door_knocking: routing.RoundPlan
    evening: routing.RoundPlan | None
    deliveries: routing.RoundPlan | None
    duty: pd.DataFrame
    duty_feasible: bool
    promises: pd.DataFrame
    items: pd.DataFrame
    per_door: int
    _core: _DayPlan = field(repr=False)

    def play(self, home: pd.DataFrame | None = None, *, seed: int = 0, watch_lights: bool | None = None,
             part: str = "whole") -> pd.DataFrame:
        """What happens at the doors, drawn from a home model (default: the typical one drawn
        with ``seed``): door-knocking, then lit windows of the households missed (when
        ``watch_lights``, by default the policy's), then the evening round; ``part`` "day" or
        "evening" plays only that part (play the day, record it, :meth:`replan_evening`, then
        play the evening, as an office would). The contacts as the ledger records them
        (``household``, ``day``, ``time``, ``volunteers``, ``outcome``, ``note``); the draws
        are keyed by household, day and attempt (docs/simulation.md)."""
        home = home_model(self.community, seed) if home is None else home
        watch = self.policy.watch_lights if watch_lights is None else watch_lights
        contacts = _play_day(self.community, self._core, _chances(self.community, home), watch, seed, part)
        return Contact.to_frame(contacts)

    def replan_evening(self, now: Community) -> DayPlan:
        """The same day with its evening round planned again from ``now``, the community after
        the day's contacts (say ``ledger.community()`` once they are recorded): every household
        still unreached, including those door-knocking missed, on the volunteers' time the duty,
        deliveries and door-knocking left, with the promises not yet kept. Record the new
        ``items`` in the ledger: they replace the day's evening round still planned."""
        return _day_plan(now, self.policy, self.day, self.campaign_day, self.per_door, _replan_evening(self._core, now),
                         [tuple(r) for r in self.promises[["household", "start", "end"]].itertuples(index=False)])

    def rounds(self) -> dict[str, routing.RoundPlan]:
        """The rounds planned, by name: door_knocking, evening, deliveries."""
        named = {"door_knocking": self.door_knocking, "evening": self.evening, "deliveries": self.deliveries}
        return {name: plan for name, plan in named.items() if plan is not None}

    def visits(self) -> pd.DataFrame:
        """Every household visit of the day: ``round`` then the columns of
        :meth:`gridgov.routing.RoundPlan.visits`."""
        frames = [plan.visits().assign(round=name) for name, plan in self.rounds().items()]
        frame = pd.concat(frames, ignore_index=True)
        return frame[["round", *[c for c in frame.columns if c != "round"]]]

    def summary(self) -> dict:
        """Households visited and metres walked per round, duties, promises kept, and whether
        every part passed its checker."""
        out = {}
        for name, plan in self.rounds().items():
            s = plan.summary()
            out[f"{name}_households"], out[f"{name}_metres"] = s["households"], s["metres"]
        out["duties"] = len(self.duty)
        out["promises_kept"] = int(self.promises["kept"].sum())
        out["promises"] = len(self.promises)
        out["feasible"] = self.duty_feasible and all(p.result.feasible for p in self.rounds().values())
        return out

    def map(self, ax=None):
        """The resident map with every round of the day drawn over it."""
        from . import plot

        return plot.community_map(self.community, ax=ax, plans=list(self.rounds().values()),
                                  title=f"Community {self.community.id}: {self.day}, campaign day {self.campaign_day}")

    def _repr_html_(self) -> str:
        s = self.summary()
        figures = [(f"{name.replace('_', ' ')}: households, metres", f"{s[f'{name}_households']:,}, {s[f'{name}_metres']:,}")
                   for name in self.rounds()]
        figures += [("duties", len(self.duty)), ("promises kept", f"{s['promises_kept']} of {s['promises']}"),
                    ("checked", "feasible" if s["feasible"] else "NOT feasible")]
        return _html.card(f"Day plan: community {self.community.id}, {self.day}, campaign day {self.campaign_day}",
                          figures, [("visits", self.visits().drop(columns="arrival_s"))])


def _round_plan(community: Community, raw) -> routing.RoundPlan | None:
    if raw is None:
        return None
    round_, result = raw
    return routing.RoundPlan(community, round_, routing._result(result, round_.problem))


def _promised_rows(promised: pd.DataFrame | None) -> list[tuple[str, str, str]]:
    """(household, start, end) rows from ``household``, ``start``, ``end`` columns or, as the
    ledger gives them, ``household`` and ``window`` ("19:00-20:00")."""
    if promised is None or len(promised) == 0:
        return []
    if "window" in promised.columns:
        bounds = promised["window"].astype(str).str.split("-", n=1, expand=True)
        promised = promised.assign(start=bounds[0], end=bounds[1] if bounds.shape[1] > 1 else "")
    missing = [c for c in ("household", "start", "end") if c not in promised.columns]
    if missing:
        raise ValueError(f"promised visits: missing columns {', '.join(missing)} (or give household and window)")
    return list(promised[["household", "start", "end"]].astype(str).itertuples(index=False, name=None))


def plan_day(community: Community, *, day: str = "mon", campaign_day: int = 0, policy: Policy | None = None,
             promised: pd.DataFrame | None = None, duty: bool = True, deliveries: bool = True, per_door: int = 180,
             max_iterations: int = 1000, duty_iterations: int = 200, seed: int = 0) -> DayPlan:
    """Plans ``day`` ("mon" ... "sun", whose availability counts) of the campaign from the
    community's current state: the watch posts' duty (``duty``), deliveries to the households
    that need them (``deliveries``), door-knocking for the unreached with the policy's team size
    and prizes, and, with ``policy.evening_rounds``, the evening round for the unreached
    door-knocking leaves out. Each is planned in that order and each volunteer's time taken by
    one is not offered to the next. ``promised``: visits promised for the day, a DataFrame with
    ``household``, ``start``, ``end`` ("HH:MM") or, as :meth:`gridgov.ledger.Ledger.promises`
    gives them, ``household`` and ``window``: each is pinned (worth ``prizes["promised"]``,
    100,000 m by default) and made whenever a team is free then. Routing solves run
    ``max_iterations`` iterations, the duty ``duty_iterations``, all with ``seed``: the same
    arguments give the same plan."""
    policy = policy or Policy()
    rows = _promised_rows(promised)
    raw = _plan_day(community, day, campaign_day, policy.name, policy.evening_rounds, policy.watch_lights, policy.team_size,
                    dict(policy.prizes), rows, duty, deliveries, per_door, max_iterations, duty_iterations, seed)
    return _day_plan(community, policy, day, campaign_day, per_door, raw, rows)


def _day_plan(community: Community, policy: Policy, day: str, campaign_day: int, per_door: int, raw: dict,
              promised: list[tuple[str, str, str]]) -> DayPlan:
    """A DayPlan from the compiled core's raw one."""
    promises = pd.DataFrame(promised, columns=["household", "start", "end"]).assign(kept=raw["promise_kept"])
    return DayPlan(community=community, policy=policy, day=day, campaign_day=campaign_day,
                   door_knocking=_round_plan(community, raw["door_knocking"]),
                   evening=_round_plan(community, raw["evening"]), deliveries=_round_plan(community, raw["deliveries"]),
                   duty=pd.DataFrame(raw["duty"], columns=["volunteer", "post", "start", "end"]),
                   duty_feasible=raw["duty_feasible"], promises=promises, items=PlanItem.to_frame(raw["items"]),
                   per_door=per_door, _core=raw["core"])


def plan_from_ledger(ledger: Ledger, *, day: str, campaign_day: int | None = None, record: bool = True,
                     **options) -> DayPlan:
    """Plans ``campaign_day`` (default: the day after the last contact recorded, or the
    ledger's first day) from the ledger: its community as of now and the visits promised for
    that day (promises to households whose case has closed since, having moved away, are left
    out with a warning on the ``gridgov`` logger). ``day`` is the weekday ("mon" ... "sun"),
    since the ledger counts campaign days, not dates. With ``record``, the plan's items go into
    the ledger, replacing any plan of that day still unstarted. Other options as for
    :func:`plan_day`."""
    if campaign_day is None:
        contacts = ledger.contacts()
        campaign_day = int(contacts["day"].max()) + 1 if len(contacts) else ledger.first_day
    community = ledger.community()
    promised = ledger.promises(campaign_day)
    open_ids = {h.id for h in community.households}
    closed = promised[~promised["household"].isin(open_ids)]
    for household in closed["household"]:
        _log.warning("day %d: the visit promised to household %s is left out: its case has closed", campaign_day,
                     household)
    plan = plan_day(community, day=day, campaign_day=campaign_day, promised=promised[promised["household"].isin(open_ids)],
                    **options)
    if record:
        ledger.record_plan(plan.items)
    return plan


@dataclass(frozen=True)
class Simulation:
    """One simulated campaign.

    ``days_to_cover``: days until every household was reached (None if some never were within
    the horizon). ``per_day``: one row per day (``day`` = campaign day, ``weekday``, ``visits``,
    ``reached``, ``lights_seen``, ``unreached`` at its end, ``metres``, ``volunteer_hours``,
    ``feasible`` = every plan passed the routing checker). ``contacts``: every door knocked at
    and lit window noted, as the ledger records them (``household``, ``day``, ``time`` as
    "HH:MM", ``volunteers`` joined by ";", ``outcome``: reached, not_home or lights_on, ``note``). ``hours``: every volunteer, ``group``,
    ``hours`` walked. ``final``: the community after the last day. ``interrupted``: stopped by
    Ctrl-C or the callback."""

    policy: Policy
    seed: int
    days_to_cover: int | None
    unreached: int
    metres: int
    steps: int
    volunteer_hours: float
    spread_hours: float
    per_day: pd.DataFrame
    contacts: pd.DataFrame
    hours: pd.DataFrame
    final: Community
    interrupted: bool

    def summary(self) -> dict:
        """The metrics compared across policies (see :data:`METRICS`)."""
        return {"covered": self.days_to_cover is not None, "days_to_cover": self.days_to_cover,
                "unreached": self.unreached, "km": self.metres / 1000, "steps": self.steps,
                "volunteer_hours": self.volunteer_hours, "spread_hours": self.spread_hours}

    def _repr_html_(self) -> str:
        covered = f"in {self.days_to_cover} days" if self.days_to_cover is not None else f"no: {self.unreached:,} left"
        figures = [("policy", self.policy.name), ("seed", self.seed), ("every household reached", covered),
                   ("km walked", f"{self.metres / 1000:,.1f}"), ("steps", self.steps),
                   ("volunteer hours", f"{self.volunteer_hours:,.1f}"), ("spread of hours", f"{self.spread_hours:,.1f}")]
        return _html.card("Simulated campaign", figures, [("per day", self.per_day)])


def simulate(community: Community, policy: Policy | None = None, *, home: pd.DataFrame | None = None, days: int = 14,
             seed: int = 0, first_day: str = "mon", first_campaign_day: int = 0, per_door: int = 180,
             max_iterations: int = 1000, duty: bool = False, deliveries: bool = False,
             callback: Callable[[dict], bool] | None = None, ledger: Ledger | None = None,
             progress: bool | None = None) -> Simulation:
    """Simulates ``days`` days of door-knocking (and evening rounds) on ``community``.

    ``home`` is a home model as :func:`home_model` returns (default: the typical one drawn with
    ``seed``). ``seed`` also draws every outcome and seeds the solves, each limited to
    ``max_iterations`` iterations, so the same arguments give the same simulation.
    ``first_day`` ("mon" ... "sun") and ``first_campaign_day`` date the first day; ``per_door``
    is seconds at each door. ``callback(day)`` is called after each day with its row of
    ``per_day`` as a dict; returning True stops, as does Ctrl-C (``interrupted`` is then True).
    With ``duty`` and ``deliveries``, the watch posts' duty and the deliveries are planned first
    each day and the volunteers they take are not free to knock doors meanwhile (their hours
    count; deliveries' metres too). It stops early once every household is reached. With
    ``ledger``, every contact is also recorded there (its households must be the community's).
    ``progress`` shows a bar of the days played and the households still unreached (None: in
    Jupyter or a terminal); the ``gridgov.field`` logger records each day (DEBUG)."""
    policy = policy or Policy()
    home = home_model(community, seed) if home is None else home
    what = f"{policy.name}, seed {seed}"
    with bar(total=days, desc=what, unit="day", progress=progress) as days_bar:
        def on_day(day) -> bool:
            row = _day_row(day)
            days_bar.update(1)
            days_bar.set_postfix(unreached=row["unreached"], refresh=False)
            _log.debug("%s: day %d (%s), %d visits, %d reached, %d unreached", what, row["day"], row["weekday"],
                       row["visits"], row["reached"], row["unreached"])
            return bool(callback(row)) if callback is not None else False

        raw = _simulate(community, _chances(community, home), policy.name, policy.evening_rounds, policy.watch_lights,
                        policy.team_size, dict(policy.prizes), days, seed, first_day, first_campaign_day, per_door,
                        max_iterations, duty, deliveries, on_day, None if ledger is None else ledger._core)
    per_day = pd.DataFrame([_day_row(d) for d in raw["per_day"]], columns=_DAY_COLUMNS)
    contacts = Contact.to_frame(raw["contacts"])
    hours = pd.DataFrame({"volunteer": [v.id for v in community.volunteers],
                          "group": [v.group for v in community.volunteers],
                          "hours": np.asarray(raw["per_volunteer_seconds"], dtype=float) / 3600})
    return Simulation(policy=policy, seed=seed, days_to_cover=raw["days_to_cover"], unreached=raw["unreached"],
                      metres=raw["walked"], steps=raw["steps"], volunteer_hours=raw["volunteer_seconds"] / 3600,
                      spread_hours=raw["spread_seconds"] / 3600, per_day=per_day, contacts=contacts, hours=hours,
                      final=raw["final"], interrupted=raw["interrupted"])


_DAY_COLUMNS = ["day", "weekday", "visits", "reached", "lights_seen", "unreached", "metres", "volunteer_hours", "feasible"]


def _day_row(day) -> dict:
    """A simulated day from the compiled core as a per_day row."""
    return dict(day=day.campaign_day, weekday=day.weekday, visits=day.visits, reached=day.reached,
                lights_seen=day.lights_seen, unreached=day.unreached, metres=day.walked,
                volunteer_hours=day.volunteer_seconds / 3600, feasible=day.feasible)


# Two-sided 95 % quantiles of Student's t for 1 ... 30 degrees of freedom (standard tables).
_T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
         2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]


def t_quantile_975(df: int) -> float:
    """Student's t quantile for a two-sided 95 % interval with ``df`` degrees of freedom (as
    :func:`confidence_interval` uses it): from standard tables up to 30, beyond them the
    Cornish-Fisher expansion around the normal quantile (error below 1e-3)."""
    if df < 1:
        raise InputError(f"t_quantile_975: field 'df': must be at least 1, not {df}")
    if df <= len(_T975):
        return _T975[df - 1]
    z = 1.959964
    return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)


def confidence_interval(values: Sequence[float]) -> tuple[float, float, float]:
    """Mean and two-sided 95 % confidence interval (Student's t) of the values that are not NaN;
    NaN for the bounds with fewer than two."""
    x = np.asarray([v for v in values if v is not None and not math.isnan(v)], dtype=float)
    if len(x) == 0:
        return math.nan, math.nan, math.nan
    mean = float(x.mean())
    if len(x) < 2:
        return mean, math.nan, math.nan
    half = t_quantile_975(len(x) - 1) * float(x.std(ddof=1)) / math.sqrt(len(x))
    return mean, mean - half, mean + half


def proportion_interval(successes: int, n: int) -> tuple[float, float, float]:
    """Share and two-sided 95 % Wilson score interval of ``successes`` out of ``n`` (it stays
    within [0, 1], unlike a t interval on zeros and ones); NaN when n is 0."""
    if n == 0:
        return math.nan, math.nan, math.nan
    z = 1.959964
    share = successes / n
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    low = 0.0 if successes == 0 else max(0.0, centre - half)  # exact ends where rounding would stray
    high = 1.0 if successes == n else min(1.0, centre + half)
    return share, low, high


@dataclass(frozen=True)
class Comparison:
    """Policies compared over seeds. ``runs``: one row per (policy, seed) with every metric
    (``covered`` is 1 or 0; ``days_to_cover`` NaN when not covered). ``summary``: one row per
    policy and metric with ``mean``, ``ci_low`` and ``ci_high`` (95 %: Wilson's interval for the
    share ``covered``, Student's t for the others) and ``n`` (runs it is over:
    ``days_to_cover`` only over covered runs). ``interrupted``: Ctrl-C stopped
    it; ``runs`` then holds the runs finished."""

    runs: pd.DataFrame
    summary: pd.DataFrame
    interrupted: bool

    def table(self) -> pd.DataFrame:
        """The summary as policy x metric (policies in the order compared), each cell
        "mean [low, high]"."""
        def cell(r) -> str:
            if math.isnan(r["ci_low"]):
                return f"{r['mean']:.3g}"
            return f"{r['mean']:.3g} [{r['ci_low']:.3g}, {r['ci_high']:.3g}]"
        s = self.summary.assign(text=self.summary.apply(cell, axis=1))
        table = s.pivot(index="policy", columns="metric", values="text")[METRICS]
        return table.reindex(self.summary["policy"].unique())

    def versus(self, baseline: str) -> pd.DataFrame:
        """Each other policy's paired differences from ``baseline`` (its metric minus the
        baseline's, seed by seed): ``policy``, ``metric``, mean ``difference``, its 95 % t
        interval ``ci_low``/``ci_high`` and ``n`` (seeds where both have the metric)."""
        if baseline not in set(self.runs["policy"]):
            raise ValueError(f"versus: no policy named {baseline!r}")
        return _paired(self.runs, baseline)

    def _repr_html_(self) -> str:
        figures = [("runs", len(self.runs)), ("interrupted", "yes" if self.interrupted else "no")]
        return _html.card("Policies compared (mean [95 % interval])", figures, [("", self.table().reset_index())])


def _paired(runs: pd.DataFrame, baseline: str) -> pd.DataFrame:
    rows = []
    base = runs[runs["policy"] == baseline].set_index("seed")
    for name in runs["policy"].drop_duplicates():
        if name == baseline:
            continue
        other = runs[runs["policy"] == name].set_index("seed")
        seeds = base.index.intersection(other.index)
        for metric in METRICS:
            diff = (other.loc[seeds, metric].astype(float) - base.loc[seeds, metric].astype(float)).tolist()
            mean, low, high = confidence_interval(diff)
            rows.append(dict(policy=name, metric=metric, difference=mean, ci_low=low, ci_high=high,
                             n=int(np.isfinite(np.asarray(diff, dtype=float)).sum())))
    return pd.DataFrame(rows, columns=["policy", "metric", "difference", "ci_low", "ci_high", "n"])


def _summarise(runs: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    rows = []
    for name in order:
        chosen = runs[runs["policy"] == name]
        for metric in METRICS:
            values = chosen[metric].astype(float).tolist()
            if metric == "covered":
                mean, low, high = proportion_interval(int(sum(values)), len(values))
            else:
                mean, low, high = confidence_interval(values)
            rows.append(dict(policy=name, metric=metric, mean=mean, ci_low=low, ci_high=high,
                             n=int(np.isfinite(np.asarray(values, dtype=float)).sum())))
    return pd.DataFrame(rows, columns=["policy", "metric", "mean", "ci_low", "ci_high", "n"])


def compare(community: Community, policies: Iterable[Policy], *, seeds: Iterable[int] = range(5), days: int = 14,
            max_iterations: int = 1000, jobs: int = 1, progress: bool | None = None,
            **simulate_options) -> Comparison:
    """Simulates every policy with every seed and compares them. For each seed every policy
    meets the same home model (the typical one drawn with that seed, unless ``home`` is given)
    and the same keyed draws (common random numbers: the same luck at the same door).
    ``jobs`` > 1 runs simulations on that many threads (the simulation releases the GIL).
    Ctrl-C stops every simulation after its current day and returns the runs finished, with
    ``interrupted`` set. ``progress`` shows a bar of the simulations finished (None: in Jupyter
    or a terminal). Other options go to :func:`simulate`. Policy names must differ."""
    policies = list(policies)
    names = [p.name for p in policies]
    if len(set(names)) != len(names):
        raise ValueError(f"compare: policy names must differ, got {names}")
    tasks = [(p, s) for s in seeds for p in policies]
    stop = threading.Event()  # set by Ctrl-C: simulations running stop after their day, the rest never start

    def run(task: tuple[Policy, int]) -> Simulation | None:
        policy, seed = task
        if stop.is_set():
            return None
        sim = simulate(community, policy, days=days, seed=seed, max_iterations=max_iterations,
                       callback=lambda day: stop.is_set(), progress=False, **simulate_options)
        return None if stop.is_set() or sim.interrupted else sim

    results: list[Simulation | None] = []
    with bar(total=len(tasks), desc="simulations", unit="run", progress=progress) as runs_bar:
        if jobs > 1:
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                futures = [pool.submit(run, task) for task in tasks]
                try:
                    while True:
                        waited = wait(futures, timeout=0.2)
                        runs_bar.update(len(waited.done) - runs_bar.n)
                        if not waited.not_done:
                            break
                except KeyboardInterrupt:  # only the main thread sees Ctrl-C: tell the workers
                    stop.set()
                results = [f.result() for f in futures]
        else:
            for task in tasks:
                results.append(run(task))
                if results[-1] is None:
                    stop.set()
                    break
                runs_bar.update(1)
    interrupted = stop.is_set()
    rows = [dict(policy=sim.policy.name, seed=sim.seed, **sim.summary()) for sim in results if sim is not None]
    runs = pd.DataFrame(rows, columns=["policy", "seed", *METRICS])
    runs["covered"] = runs["covered"].astype(int)
    runs["days_to_cover"] = runs["days_to_cover"].astype(float)
    return Comparison(runs=runs, summary=_summarise(runs, names), interrupted=interrupted)
