"""Watch-post duty from a community: the plan's tables agree with the independent evaluator."""

from __future__ import annotations

import pytest

import gridgov
from gridgov import duty, roster


def test_a_pair_with_no_common_free_time_gets_no_hours_and_every_hour_is_short(street):
    plan = duty.plan(street, time_limit=None, max_iterations=50, seed=1)
    assert plan.feasible
    assert plan.table.empty  # V1 (by day) and V2 (evenings) serve together: never both free
    assert plan.hours.to_dict("list") == {"volunteer": ["V1", "V2"], "group": ["social_worker", "party_member"], "hours": [0, 0]}
    assert plan.spread_hours == 0
    # P1 is open 07:00-22:00 and needs 2 on duty: every hour of the week is 2 short.
    assert len(plan.shortfall) == 7 * 15
    assert set(plan.shortfall["short"]) == {2}
    assert plan.objective == 7 * 15 * 2 * 100


def test_plan_keeps_every_rule_and_its_tables_add_up(default_community):
    plan = duty.plan(default_community, time_limit=None, max_iterations=300, seed=3)
    problem = plan.duty.problem
    e = roster.evaluate(problem, plan.result.roster)  # recomputed from scratch
    assert e.feasible and e.objective == plan.objective
    assert len(plan.table) == len(plan.result.roster)
    # Hours per volunteer are the table's, every volunteer listed, the spread is max - min.
    assert len(plan.hours) == len(default_community.volunteers)
    worked = (plan.table["end"] - plan.table["start"]).groupby(plan.table["volunteer"]).sum()
    assert all(plan.hours.set_index("volunteer")["hours"].get(v, 0) == worked.get(v, 0) for v in worked.index)
    assert plan.spread_hours == plan.hours["hours"].max() - plan.hours["hours"].min()
    assert e.totals()["fairness"] == plan.spread_hours * 60 * problem.fairness_weight
    # Shortfall prices exactly the under-cover cost.
    weights = problem.cover["weight_under"]
    assert e.totals()["under_cover"] == (plan.shortfall["short"] * 100).sum() == pytest.approx(
        sum(f.cost for f in e.breakdown.itertuples() if f.rule == "under_cover"))
    assert set(weights) == {100}
    # Volunteers tied to each other serve together, and nobody works a block longer than allowed.
    by = plan.table.set_index(["volunteer", "day"])
    for a, b in problem.pairs:
        rows_a = by.loc[a] if a in by.index.get_level_values(0) else None
        rows_b = by.loc[b] if b in by.index.get_level_values(0) else None
        assert (rows_a is None) == (rows_b is None)
        if rows_a is not None:
            assert rows_a.equals(rows_b)
    longest = {v.id: min(v.max_hours_shift, v.max_hours_day) for v in default_community.volunteers}
    assert all(r.end - r.start <= longest[r.volunteer] for r in plan.table.itertuples())


def test_same_seed_same_plan(default_community):
    a = duty.plan(default_community, time_limit=None, max_iterations=100, seed=5)
    b = duty.plan(default_community, time_limit=None, max_iterations=100, seed=5)
    assert a.table.equals(b.table)


def test_bad_options_name_the_field(street):
    with pytest.raises(gridgov.InputError, match="duty options: field 'days': must be 1 to 7, got 0"):
        duty.problem(street, days=0)
    with pytest.raises(gridgov.InputError, match="field 'block_hours': a block of 30 hours"):
        duty.problem(street, block_hours=[30])
    with pytest.raises(gridgov.InputError, match=r"^duty options: field 'under_weight': must be from -9223372036854775808 "
                                                  r"to 9223372036854775807, not 1180591620717411303424$"):
        duty.problem(street, under_weight=2**70)  # too large for the model's integers: an error, not a wrap
