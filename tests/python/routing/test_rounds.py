"""Community rounds: door-knocking, evening rounds and deliveries."""

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

import gridgov  # noqa: E402
from gridgov import routing  # noqa: E402


@pytest.fixture(scope="module")
def community():
    return gridgov.synth.community(seed=2, buildings=120, households=260, volunteers=20, posts=4)


def test_door_knocking_round(community):
    rnd = routing.door_knocking(community, day="tue", campaign_day=3)
    problem = rnd.problem
    unreached = sum(not h.reached for h in community.households)
    assert sum(len(h) for h in rnd.visit_households) == unreached
    assert all(not v.required for v in problem.visits)
    evening = [v for v in problem.visits if v.id.endswith("/evening") or "/evening/" in v.id]
    assert evening and all(v.windows == [(19 * 3600, 21 * 3600)] for v in evening)
    for v, households in zip(problem.visits, rnd.visit_households):
        langs = {community.households[h].language for h in households}
        assert v.skills == ([] if langs == {""} else sorted(langs))
    plan = routing.plan(rnd, community, max_iterations=300, seed=1)
    assert plan.result.feasible
    assert routing.check(problem, plan.result.stops, plan.result.vehicles).feasible
    visits = plan.visits()
    assert set(visits.columns) >= {"household", "team", "arrival", "start"}
    assert visits["household"].is_unique
    s = plan.summary()
    assert s["households"] == len(visits) and s["steps"] == round(s["metres"] / 0.7)
    fig = plan.map()
    assert fig.axes


def test_evening_round_uses_working_party_members(community):
    rnd = routing.evening_round(community, day="wed", campaign_day=3)
    for crew in rnd.vehicle_volunteers:
        assert all(community.volunteers[k].group == "party_member" for k in crew)
    assert all(v.windows == [(19 * 3600, 21 * 3600)] for v in rnd.problem.visits)


def test_deliveries_reload_at_the_station(community):
    rnd = routing.deliveries(community, day="mon", bags_per_trip=3, max_reloads=3)
    ordered = [h for h in community.households if h.needs_delivery]
    assert len(rnd.problem.visits) == len(ordered)
    plan = routing.plan(rnd, community, max_iterations=400, seed=1)
    assert plan.result.feasible
    for stops in plan.result.stops:
        trips, load = [], 0
        for s in stops:
            if s == "reload":
                trips.append(load)
                load = 0
            else:
                load += rnd.problem.visits[s].demand
        assert max(trips + [load]) <= 3
