"""Properties of the community rounds and of the day plan on random small synthetic communities
(and ledgers), under hypothesis. Door-knocking, the evening round and deliveries: the result is
what the independent routing checker says of its routes; every stop of a round is optional
(with a prize), so a plan is always feasible and what it cannot reach is left out; door-knocking and the evening round call on unreached households only, the
evening round between 19:00 and 21:00, deliveries on households that need them; the same seed
gives the same plan. A day plan (duty, deliveries, door-knocking, evening): every round passes
the checker; nobody is at a stop or a post outside their free time or at two at once; the
evening round goes where door-knocking does not; the same seed gives the same plan. Planned from
a ledger after random contacts: nobody the ledger has reached is knocked at again."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import pandas as pd
from hypothesis import event, given
from hypothesis import strategies as st

import gridgov
from gridgov import field, routing
from random_cases import cases, communities, weekdays

ROUNDS = cases(100)
DAYS = cases(40)


def checked(plan: routing.RoundPlan) -> routing.RoundPlan:
    """The round's plan, after the independent checker has said of its routes what the result says."""
    result = plan.result
    verdict = routing.check(plan.round.problem, result.stops, result.vehicles)
    assert (verdict.feasible, verdict.objective) == (result.feasible, result.evaluation.objective)
    return plan


def households(community: gridgov.Community, query: str) -> set[str]:
    return set(community.frame("households").query(query)["id"])


def seconds(clock: str) -> int:
    h, m = clock.split(":")
    return 3600 * int(h) + 60 * int(m)


@ROUNDS
@given(communities(campaign=True), weekdays, st.integers(1, 3), st.integers(0, 2**32))
def test_door_knocking_and_the_evening_round_call_on_the_unreached(community, day, team_size, seed):
    unreached = households(community, "not reached")
    for evening in (False, True):
        rnd = (routing.evening_round(community, day=day, campaign_day=6, team_size=team_size) if evening else
               routing.door_knocking(community, day=day, campaign_day=6, team_size=team_size))
        plan = checked(routing.plan(rnd, community, max_iterations=60, seed=seed, progress=False))
        assert plan.result.feasible, plan.result.evaluation.violations  # every stop is optional
        visits = plan.visits()
        event(f"{'evening' if evening else 'door-knocking'} visits anyone: {len(visits) > 0}")
        assert set(visits["household"]) <= unreached
        if evening:  # service at each stop starts within 19:00-21:00
            stops = plan.result.schedule.query("kind == 'visit'")
            assert stops["start"].between(19 * 3600, 21 * 3600).all()
        again = routing.plan(rnd, community, max_iterations=60, seed=seed, progress=False)
        assert again.result.stops == plan.result.stops


@ROUNDS
@given(communities(campaign=True), weekdays, st.integers(1, 8), st.integers(0, 4), st.integers(0, 2**32))
def test_deliveries_go_to_those_who_need_them(community, day, bags, reloads, seed):
    rnd = routing.deliveries(community, day=day, bags_per_trip=bags, max_reloads=reloads)
    plan = checked(routing.plan(rnd, community, max_iterations=60, seed=seed, progress=False))
    assert plan.result.feasible, plan.result.evaluation.violations  # every delivery is optional, with a prize
    visits = plan.visits()
    event(f"deliveries left out: {len(visits) < len(rnd.problem.visits)}")
    assert set(visits["household"]) <= households(community, "needs_delivery")
    again = routing.plan(rnd, community, max_iterations=60, seed=seed, progress=False)
    assert again.result.stops == plan.result.stops


def busy(plan: field.DayPlan) -> dict[str, list[tuple[int, int, str]]]:
    """Per volunteer id, every (start, end, what) in seconds of the day: each duty, and each stop
    of a route they walk."""
    out = defaultdict(list)
    for row in plan.duty.itertuples(index=False):
        out[row.volunteer].append((seconds(row.start), seconds(row.end), f"duty at {row.post}"))
    for name, rnd in plan.rounds().items():
        crews = dict(zip((v.id for v in rnd.round.problem.vehicles), rnd.crews()))
        for stop in rnd.result.schedule.itertuples(index=False):
            for volunteer in filter(None, crews[stop.vehicle].split(";")):
                out[volunteer].append((stop.start, stop.end, f"{name} {stop.vehicle} stop {stop.position}"))
    return out


def expect_nobody_in_two_places(community: gridgov.Community, day: str, plan: field.DayPlan) -> None:
    free = {v.id: [tuple(map(seconds, w.split("-"))) for w in gridgov.WeeklyWindows(v.availability).on(day)]
            for v in community.volunteers}
    for volunteer, pieces in busy(plan).items():
        for start, end, what in pieces:
            assert any(a <= start and end <= b for a, b in free[volunteer]), (volunteer, what, free[volunteer])
        for (a, b, what), (c, d, other) in combinations(pieces, 2):
            assert b <= c or d <= a, (volunteer, what, other)


@DAYS
@given(communities(campaign=True), weekdays, st.integers(0, 2**32))
def test_a_day_plan_passes_every_checker_and_keeps_everyone_in_one_place(community, day, seed):
    plan = field.plan_day(community, day=day, campaign_day=6, max_iterations=60, duty_iterations=20, seed=seed)
    for rnd in plan.rounds().values():
        assert checked(rnd).result.feasible, rnd.result.evaluation.violations
    expect_nobody_in_two_places(community, day, plan)
    visits = plan.visits()
    by_day = set(visits.loc[visits["round"] == "door_knocking", "household"])
    assert not by_day & set(visits.loc[visits["round"] == "evening", "household"])
    again = field.plan_day(community, day=day, campaign_day=6, max_iterations=60, duty_iterations=20, seed=seed)
    pd.testing.assert_frame_equal(again.visits(), visits)
    pd.testing.assert_frame_equal(again.duty, plan.duty)


@st.composite
def contacts(draw, community: gridgov.Community) -> pd.DataFrame:
    """Random contacts on campaign days 3-4 with random households and outcomes."""
    ids = [h.id for h in community.households]
    rows = draw(st.lists(st.tuples(st.sampled_from(ids), st.integers(3, 4), st.integers(8, 20),
                                   st.sampled_from(["reached", "not_home", "refused", "lights_on"])), max_size=30))
    return pd.DataFrame([(h, d, f"{t:02d}:00", "", o) for h, d, t, o in rows],
                        columns=["household", "day", "time", "volunteers", "outcome"])


@DAYS
@given(st.data(), communities(), weekdays)
def test_a_plan_from_a_ledger_knocks_only_where_the_ledger_has_not_reached(data, community, day):
    from gridgov.ledger import Ledger

    with Ledger.create(":memory:", community, day=3) as ledger:
        ledger.record(data.draw(contacts(community)))
        now = ledger.community()
        plan = field.plan_from_ledger(ledger, day=day, max_iterations=60, duty=False, deliveries=False)
        for rnd in plan.rounds().values():
            assert checked(rnd).result.feasible
        assert set(plan.visits()["household"]) <= households(now, "not reached")
        assert set(ledger.plans(plan.campaign_day)["target"]) == set(plan.items["target"])
