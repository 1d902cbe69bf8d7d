"""Day after day through the ledger: plan from the ledger's state and promises, record the plan
and what happened at the doors, plan again; a simulation records into a ledger too."""

from __future__ import annotations

import pandas as pd
import pytest

import gridgov
from gridgov import field
from gridgov.ledger import Ledger


@pytest.fixture(scope="module")
def community() -> gridgov.Community:
    return gridgov.synth.community(seed=6, buildings=50, households=110, volunteers=24, posts=2, day=2, reached=0.4)


def test_plan_record_play_and_plan_again(community, tmp_path):
    with Ledger.create(tmp_path / "c.ledger", community, day=2) as ledger:
        first = ledger.community().frame("households").query("not reached and language == ''")["id"].iloc[0]
        ledger.promise(pd.DataFrame({"household": [first], "day": [3], "window": ["19:00-20:00"]}))
        for day, weekday in [(2, "tue"), (3, "wed")]:
            state = ledger.community()
            plan = field.plan_day(state, day=weekday, campaign_day=day, promised=ledger.promises(day),
                                  max_iterations=200, duty_iterations=30, seed=day)
            ledger.record_plan(plan.items)
            contacts = plan.play(seed=day)
            ledger.record(contacts)
            recorded = ledger.contacts(day)
            pd.testing.assert_frame_equal(recorded.reset_index(drop=True), contacts.reset_index(drop=True))
            assert len(ledger.plans(day)) == len(plan.items) == len(plan.visits()) + len(plan.duty)
        assert plan.promises["kept"].tolist() == [True]
        assert first in set(ledger.contacts(3)["household"])
        before = community.frame("households").set_index("id")
        after = ledger.community().frame("households").set_index("id")
        reached = set(ledger.contacts().query("outcome == 'reached'")["household"])
        assert set(after.index[after["reached"]]) == set(before.index[before["reached"]]) | reached


def test_a_simulation_records_every_contact(community):
    with Ledger.create(":memory:", community, day=2) as ledger:
        sim = field.simulate(community, days=2, seed=1, first_campaign_day=2, max_iterations=150, ledger=ledger)
        pd.testing.assert_frame_equal(ledger.contacts().reset_index(drop=True), sim.contacts.reset_index(drop=True))
        assert ledger.community().frame("households").equals(sim.final.frame("households"))


def test_the_afternoon_replan_calls_on_who_the_day_missed(community):
    evening_only = field.home_model(community)
    for h in range(24):
        evening_only[f"h{h:02d}"] = 1.0 if 19 <= h < 21 else 0.0
    with Ledger.create(":memory:", community, day=2) as ledger:
        plan = field.plan_from_ledger(ledger, day="tue", max_iterations=200, duty_iterations=30, seed=1)
        by_day = plan.play(evening_only, part="day")
        assert (by_day["outcome"] == "not_home").sum() > 10  # by day nearly nobody is in
        ledger.record(by_day)
        evening = plan.replan_evening(ledger.community())
        ledger.record_plan(evening.items)
        assert routing_feasible(evening)
        called = evening.play(evening_only, part="evening")
        assert (called["outcome"] == "reached").all()
        missed = set(by_day.query("outcome == 'not_home'")["household"])
        assert missed & set(called["household"]), "the evening round called on nobody the day had missed"
        ledger.record(called)
        assert len(ledger.plans(2).query("kind == 'evening'")) == len(evening.items.query("kind == 'evening'"))


def routing_feasible(plan: field.DayPlan) -> bool:
    from gridgov import routing

    return all(routing.check(r.round.problem, r.result.stops, r.result.vehicles).feasible for r in plan.rounds().values())
