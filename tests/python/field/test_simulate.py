"""The campaign simulation from Python: counts agree with a recount of the contacts, the home
model steers the dynamics, the same seed gives the same campaign, policies compare with
confidence intervals, and bad input names what is wrong."""

from __future__ import annotations

import math
import os
import signal

import pandas as pd
import pytest

import gridgov
from gridgov import field


@pytest.fixture(scope="module")
def small() -> gridgov.Community:
    return gridgov.synth.community(seed=4, buildings=40, households=90, volunteers=14, posts=2, day=0, reached=0.0)


def flat(community: gridgov.Community, day: float, evening: float) -> pd.DataFrame:
    """Every household home with chance `day`, but `evening` from 19:00 to 21:00."""
    home = field.home_model(community)
    for h in range(24):
        home[f"h{h:02d}"] = evening if 19 <= h < 21 else day
    return home


def recount(start: gridgov.Community, sim: field.Simulation) -> None:
    """Recomputes every count of the simulation from its contacts, apart from the simulation."""
    households = start.frame("households").set_index("id")
    reached = set(households.index[households["reached"]])
    for d, rows in sim.contacts.groupby("day"):
        row = sim.per_day.set_index("day").loc[d]
        knocks = rows[rows["outcome"] != "lights_on"]
        assert row["visits"] == len(knocks)
        assert row["reached"] == (knocks["outcome"] == "reached").sum()
        assert row["lights_seen"] == (rows["outcome"] == "lights_on").sum()
        assert not set(knocks["household"]) & reached, "a reached household was knocked at again"
        reached |= set(knocks.loc[knocks["outcome"] == "reached", "household"])
        assert row["unreached"] == len(households) - len(reached)
        assert row["feasible"]
    final = sim.final.frame("households").set_index("id")
    assert set(final.index[final["reached"]]) == reached
    assert sim.unreached == len(households) - len(reached)
    assert (sim.days_to_cover is not None) == (sim.unreached == 0)
    assert sim.metres == sim.per_day["metres"].sum()
    assert math.isclose(sim.volunteer_hours, sim.hours["hours"].sum())


def test_counts_agree_with_a_recount(small):
    sim = field.simulate(small, days=4, seed=2, max_iterations=300)
    recount(small, sim)
    assert len(sim.per_day) == 4
    assert list(sim.per_day["weekday"]) == ["mon", "tue", "wed", "thu"]
    assert sim.per_day["reached"].iloc[0] > 0
    assert set(sim.contacts["outcome"]) <= {"reached", "not_home", "lights_on"}
    assert sim.steps == round(sim.metres / 0.7)


def test_the_same_seed_gives_the_same_campaign(small):
    a = field.simulate(small, days=3, seed=5, max_iterations=200)
    b = field.simulate(small, days=3, seed=5, max_iterations=200)
    pd.testing.assert_frame_equal(a.contacts, b.contacts)
    pd.testing.assert_frame_equal(a.per_day, b.per_day)


def test_evening_rounds_reach_who_is_home_only_in_the_evening(street):
    evening_only = flat(street, 0.0, 1.0)
    off = field.simulate(street, field.Policy("off", evening_rounds=False), home=evening_only, days=2)
    recount(street, off)
    assert off.unreached == 4 and off.days_to_cover is None
    on = field.simulate(street, home=evening_only, days=2)
    recount(street, on)
    assert on.days_to_cover == 1
    assert set(on.contacts.loc[on.contacts["outcome"] == "reached", "volunteers"]) == {"V2"}


def test_the_callback_and_ctrl_c_stop_after_the_day(small):
    seen = []
    sim = field.simulate(small, home=flat(small, 0, 0), days=5, max_iterations=100,
                         callback=lambda day: seen.append(day) or len(seen) == 2)
    assert [d["day"] for d in seen] == [0, 1] and len(sim.per_day) == 2 and sim.interrupted is False

    def ctrl_c(day):
        os.kill(os.getpid(), signal.SIGINT)
        return False

    sim = field.simulate(small, home=flat(small, 0, 0), days=5, max_iterations=100, callback=ctrl_c)
    assert sim.interrupted and len(sim.per_day) == 1
    recount(small, sim)


def test_policies_compare_over_the_same_seeds(small):
    policies = [field.Policy("evening"), field.Policy("no evening", evening_rounds=False),
                field.Policy("alone", team_size=1, prizes={"red": 3000, "orange": 1500, "green": 600, "per_day": 0})]
    cmp = field.compare(small, policies, seeds=[1, 2], days=3, max_iterations=150)
    assert len(cmp.runs) == 6 and set(cmp.runs["policy"]) == {p.name for p in policies}
    one = field.simulate(small, policies[1], days=3, seed=2, max_iterations=150)
    row = cmp.runs[(cmp.runs["policy"] == "no evening") & (cmp.runs["seed"] == 2)].iloc[0]
    assert row["km"] == one.metres / 1000 and row["unreached"] == one.unreached
    km = cmp.summary[(cmp.summary["policy"] == "evening") & (cmp.summary["metric"] == "km")].iloc[0]
    values = cmp.runs.loc[cmp.runs["policy"] == "evening", "km"]
    assert km["mean"] == pytest.approx(values.mean()) and km["ci_low"] <= km["mean"] <= km["ci_high"]
    assert list(cmp.table().index) == ["evening", "no evening", "alone"]


def test_confidence_interval_uses_students_t():
    mean, low, high = field.confidence_interval([1.0, 2.0, 3.0])
    assert mean == 2.0 and high - mean == pytest.approx(4.303 / math.sqrt(3))
    assert field.t_quantile_975(60) == pytest.approx(2.000, abs=1e-3)  # table value for 60 degrees of freedom
    with pytest.raises(gridgov.InputError, match="t_quantile_975: field 'df': must be at least 1, not 0"):
        field.t_quantile_975(0)
    assert math.isnan(field.confidence_interval([4.0])[1])


def test_bad_input_names_what_is_wrong(street, small):
    with pytest.raises(gridgov.InputError, match="policy 'lone': field 'team_size'"):
        field.simulate(street, field.Policy("lone", team_size=0), days=1)
    with pytest.raises(gridgov.InputError, match="unknown prize 'blue'"):
        field.simulate(street, field.Policy(prizes={"blue": 1}), days=1)
    with pytest.raises(gridgov.InputError, match="first_day"):
        field.simulate(street, days=1, first_day="monday")
    bad = flat(street, 0.5, 0.5)
    bad.loc[1, "h09"] = 1.5
    with pytest.raises(gridgov.InputError, match="household 'H2': field 'home chance at hour 9'"):
        field.simulate(street, home=bad, days=1)
    with pytest.raises(ValueError, match="no row for household 'H4'"):
        field.simulate(street, home=flat(street, 1, 1).iloc[:3], days=1)
    with pytest.raises(ValueError, match="not in community"):
        field.simulate(street, home=flat(small, 1, 1), days=1)
    with pytest.raises(ValueError, match="names must differ"):
        field.compare(street, [field.Policy(), field.Policy()], seeds=[1])


def test_always_home_covers_every_household_a_team_can_reach(small):
    """With everyone always in, every door knocked at is answered: the campaign ends when the
    teams have been everywhere (households needing a language nobody free speaks excepted)."""
    policy = field.Policy("always", evening_rounds=False, watch_lights=False)
    sim = field.simulate(small, policy, home=flat(small, 1.0, 1.0), days=10, max_iterations=300)
    recount(small, sim)
    assert (sim.contacts["outcome"] == "reached").all()
    left = sim.final.frame("households").query("not reached")
    spoken = {s for v in small.volunteers for s in v.skills}
    assert len(left) < 5 and not set(left["language"]) & spoken
    assert (sim.per_day["visits"].iloc[3:] == 0).all()


def test_proportion_interval_is_wilsons():
    share, low, high = field.proportion_interval(9, 10)
    assert share == 0.9 and low == pytest.approx(0.5958, abs=1e-4) and high == pytest.approx(0.9821, abs=1e-4)
    assert field.proportion_interval(10, 10)[2] == 1.0 and field.proportion_interval(0, 10)[1] == 0.0
    assert 0 <= field.proportion_interval(1, 2)[1] <= field.proportion_interval(1, 2)[2] <= 1


def test_duty_and_deliveries_first_count_their_hours(small):
    plain = field.simulate(small, days=2, seed=3, max_iterations=150)
    busy = field.simulate(small, days=2, seed=3, max_iterations=150, duty=True, deliveries=True)
    recount(small, busy)
    assert busy.volunteer_hours / busy.metres > plain.volunteer_hours / plain.metres  # duty hours walk nowhere


def test_paired_differences_are_seed_by_seed(small):
    policies = [field.Policy("evening"), field.Policy("alone", team_size=1)]
    cmp = field.compare(small, policies, seeds=[1, 2, 3], days=2, max_iterations=100)
    diff = cmp.versus("evening")
    km = diff[diff["metric"] == "km"].iloc[0]
    runs = cmp.runs.set_index(["policy", "seed"])["km"]
    expected = [runs[("alone", s)] - runs[("evening", s)] for s in (1, 2, 3)]
    assert km["policy"] == "alone" and km["n"] == 3
    assert km["difference"] == pytest.approx(sum(expected) / 3)
    assert km["ci_low"] <= km["difference"] <= km["ci_high"]
    with pytest.raises(ValueError, match="no policy named"):
        cmp.versus("nobody")
