"""A day's plan from Python: every round passes the routing checker, the evening round calls
where the day did not, promised visits are pinned, the same seed gives the same plan, and bad
promises name what is wrong."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

import gridgov
from gridgov import field, routing

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def community() -> gridgov.Community:
    return gridgov.synth.community(seed=6, buildings=50, households=110, volunteers=24, posts=2, day=2, reached=0.4)


def promises(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["household", "start", "end"])


def test_every_round_passes_the_checker_and_the_evening_goes_elsewhere(community):
    plan = field.plan_day(community, day="tue", campaign_day=2, max_iterations=300, duty_iterations=50, seed=1)
    assert set(plan.rounds()) == {"door_knocking", "evening", "deliveries"}
    for name, rnd in plan.rounds().items():
        assert routing.check(rnd.round.problem, rnd.result.stops, rnd.result.vehicles).feasible, name
    assert plan.summary()["feasible"] and plan.duty_feasible and len(plan.duty) > 0
    visits = plan.visits()
    by_day = set(visits.loc[visits["round"] == "door_knocking", "household"])
    by_evening = set(visits.loc[visits["round"] == "evening", "household"])
    assert by_day and not by_day & by_evening
    reached = set(community.frame("households").query("reached")["id"])
    assert not (by_day | by_evening) & reached
    duty_volunteers = set(plan.duty["volunteer"])
    assert duty_volunteers <= {v.id for v in community.volunteers}


def test_promised_visits_are_pinned(community):
    households = community.frame("households")
    done = households.query("reached and language == ''")["id"].iloc[0]
    open_ = households.query("not reached and language == ''")["id"].iloc[0]
    plan = field.plan_day(community, day="thu", campaign_day=2, max_iterations=300, duty_iterations=50, seed=1,
                          promised=promises((done, "10:00", "11:00"), (open_, "19:30", "20:00"), (open_, "03:00", "04:00")))
    assert plan.promises["kept"].tolist() == [True, True, False]
    visits = plan.visits()
    follow_up = visits[(visits["household"] == done) & (visits["round"] == "door_knocking")]
    assert len(follow_up) == 1 and "10:00" <= follow_up["start"].iloc[0] <= "11:00"


def test_the_same_seed_gives_the_same_plan(community):
    a = field.plan_day(community, day="wed", max_iterations=200, duty_iterations=30, seed=4)
    b = field.plan_day(community, day="wed", max_iterations=200, duty_iterations=30, seed=4)
    pd.testing.assert_frame_equal(a.visits(), b.visits())
    pd.testing.assert_frame_equal(a.duty, b.duty)


def test_a_day_without_duty_deliveries_or_evening(community):
    plan = field.plan_day(community, day="mon", policy=field.Policy(evening_rounds=False), duty=False,
                          deliveries=False, max_iterations=100)
    assert set(plan.rounds()) == {"door_knocking"} and plan.duty.empty
    assert plan.map() is not None


def test_bad_promises_name_what_is_wrong(community):
    with pytest.raises(gridgov.InputError, match="promised visit 1: field 'household': no household 'H99999'"):
        field.plan_day(community, promised=promises(("H99999", "10:00", "11:00")), max_iterations=10)
    with pytest.raises(gridgov.InputError, match="promised visit 1: field 'start'"):
        field.plan_day(community, promised=promises(("H00001", "10h", "11:00")), max_iterations=10)
    with pytest.raises(gridgov.InputError, match="must end after it starts"):
        field.plan_day(community, promised=promises(("H00001", "12:00", "11:00")), max_iterations=10)
    with pytest.raises(gridgov.InputError, match="day"):
        field.plan_day(community, day="someday", max_iterations=10)


def test_the_visits_sheet_gives_each_door_the_ledgers_time(community):
    plan = field.plan_day(community, day="tue", campaign_day=2, max_iterations=200, duty_iterations=30, seed=1)
    visits = plan.visits()
    items = plan.items[plan.items["kind"] != "duty"]
    kinds = {"door_knocking": "door_knocking", "evening": "evening", "deliveries": "delivery"}
    sheet = visits.assign(kind=visits["round"].map(kinds)).merge(items, left_on=["kind", "household", "team"],
                                                                 right_on=["kind", "target", "team"])
    assert len(sheet) == len(visits) == len(items)
    assert (sheet["start_x"] == sheet["start_y"].str[:5]).all()


def test_promises_to_closed_cases_are_left_out_with_a_warning(community, caplog):
    from gridgov.ledger import Ledger

    with Ledger.create(":memory:", community, day=2) as ledger:
        ledger.promise(pd.DataFrame({"household": ["H00001", "H00002"], "day": [3, 3], "window": ["10:00-11:00"] * 2}))
        ledger.record(pd.DataFrame({"household": ["H00001"], "day": [2], "time": ["10:00"], "volunteers": [""],
                                    "outcome": ["moved"]}))
        plan = field.plan_from_ledger(ledger, day="wed", max_iterations=100, duty=False, deliveries=False)
    assert plan.campaign_day == 3 and plan.promises["household"].tolist() == ["H00002"]
    assert "H00001" in caplog.text
