"""Rich displays in Jupyter: the main results show their key figures as HTML, escaped."""

from __future__ import annotations

import pandas as pd
import pytest

import gridgov
from gridgov import _html, duty, field, routing


@pytest.fixture(scope="module")
def small() -> gridgov.Community:
    return gridgov.synth.community(seed=6, buildings=50, households=110, volunteers=24, posts=2, day=2, reached=0.4)


def test_a_card_escapes_every_text_and_cuts_long_tables():
    frame = pd.DataFrame({"id": [f"<H{i}>" for i in range(20)]})
    page = _html.card("<script>x</script>", [("a & b", "<i>"), ("count", 12345)], [("c<d", frame)])
    assert "<script>" not in page and "&lt;script&gt;" in page and "a &amp; b" in page and "&lt;i&gt;" in page
    assert "12,345" in page and "&lt;H7&gt;" in page and "&lt;H8&gt;" not in page and "first 8 of 20" in page


def test_plans_simulations_and_comparisons_show_their_figures(small):
    plan = field.plan_day(small, day="tue", campaign_day=2, max_iterations=100, duty_iterations=20, seed=1)
    page = plan._repr_html_()
    assert f"community {small.id}" in page and "feasible" in page and f"{len(plan.duty)}" in page
    assert plan.door_knocking._repr_html_().count("<tr>") >= 5
    sim = field.simulate(small, days=2, seed=1, max_iterations=100)
    assert f"{sim.steps:,}" in sim._repr_html_()
    cmp = field.compare(small, [field.Policy("a"), field.Policy("b", team_size=1)], seeds=[1], days=1,
                        max_iterations=50)
    page = cmp._repr_html_()
    assert "Policies compared" in page and ">a<" in page and ">b<" in page


def test_a_duty_roster_shows_its_figures(small):
    roster = duty.plan(small, days=1, time_limit=None, max_iterations=20, seed=1)
    page = roster._repr_html_()
    assert f"{len(roster.table)}" in page and "Watch-post duty roster" in page
