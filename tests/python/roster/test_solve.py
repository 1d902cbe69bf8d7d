"""The roster solver from Python: results go through the evaluator; Ctrl-C keeps the best roster."""

from __future__ import annotations

import os
import signal

import pytest

import gridgov
from gridgov import roster

from conftest import DATA

TINY = DATA / "rostering" / "tiny.txt"


def test_solved_rosters_pass_the_evaluator():
    p = roster.read_curtois(TINY)
    r = roster.solve(p, max_iterations=2000, seed=1)
    assert list(r.roster.columns) == ["staff", "day", "shift"]
    e = roster.evaluate(p, r.roster)
    assert r.feasible and e.feasible
    assert r.objective == e.objective <= 303  # no dearer than the hand-made roster of the evaluator tests
    assert r.stopped_by == "iterations" and r.iterations == 2000


def test_same_seed_same_roster():
    p = roster.read_curtois(TINY)
    a, b = (roster.solve(p, max_iterations=300, seed=4) for _ in range(2))
    assert a.roster.equals(b.roster)


def test_warm_start_from_a_table():
    p = roster.read_curtois(TINY)
    start = roster.solve(p, max_iterations=300, seed=2).roster
    r = roster.solve(p, max_iterations=300, seed=5, initial=start)
    assert r.feasible and r.objective <= roster.evaluate(p, start).objective


def test_ctrl_c_returns_the_best_roster_so_far():
    def interrupt(progress):
        os.kill(os.getpid(), signal.SIGINT)
        return False

    p = roster.read_curtois(TINY)
    r = roster.solve(p, max_iterations=10**9, callback=interrupt)
    assert r.stopped_by == "interrupt" and roster.evaluate(p, r.roster).feasible


def test_callback_errors_are_raised():
    def broken(progress):
        raise ValueError("callback bug")

    with pytest.raises(ValueError, match="callback bug"):
        roster.solve(roster.read_curtois(TINY), max_iterations=10**9, callback=broken)


def test_a_stopping_rule_is_required():
    with pytest.raises(gridgov.InputError, match="give a time_limit"):
        roster.solve(roster.read_curtois(TINY))
