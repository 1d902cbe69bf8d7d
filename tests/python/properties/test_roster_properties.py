"""Properties of the roster solver under hypothesis, on two kinds of random problems: the
watch-post duty of small synthetic communities, and general shift scheduling problems in the
Curtois-Qu model (shift types with forbidden successions, contracts with minimum and maximum
shifts, minutes, runs and weekends, days off, shift on and off requests, cover with weights for
under and over), written as benchmark files and read with ``read_curtois``. Whatever the
problem: the result is what the independent evaluator says of its roster; the same seed gives
the same roster; more iterations never give a worse one; a roster given as the start is never
worsened; a contract no roster can meet comes back flagged infeasible, its breach named, after
the iteration limit; bounds that contradict each other are an InputError naming the staff.
(That the result is never worse than the construction is tested in C++, where a callback can
stop the solver right after it: tests/cpp/scheduling/PropertyTest.cpp.)"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pandas as pd
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import gridgov
from gridgov import duty, roster
from random_cases import cases, communities

PROPERTY = cases(100)
SHIFTS = ["E", "D", "L"]


def solved(problem: roster.Problem, iterations: int, seed: int = 1, **options) -> roster.Result:
    """A solve whose roster is evaluated again, apart from the solver."""
    result = roster.solve(problem, max_iterations=iterations, seed=seed, progress=False, **options)
    verdict = roster.evaluate(problem, result.roster)
    assert (verdict.feasible, verdict.objective) == (result.feasible, result.objective)
    return result


def expect_repeat_and_improvement(problem: roster.Problem, seed: int) -> None:
    """The same seed gives the same roster; 80 iterations never a worse one than 20."""
    short = solved(problem, 20, seed)
    event(f"feasible after 20 iterations: {short.feasible}")
    assert short.roster.equals(solved(problem, 20, seed).roster)
    longer = solved(problem, 80, seed)
    assert longer.feasible >= short.feasible
    if short.feasible:
        assert longer.objective <= short.objective


@PROPERTY
@given(communities(), st.integers(1, 3), st.integers(0, 2**32))
def test_duty_rosters_repeat_with_their_seed_and_improve_with_iterations(community, days, seed):
    expect_repeat_and_improvement(duty.problem(community, days=days).problem, seed)


@PROPERTY
@given(communities())
def test_a_roster_given_as_the_start_is_never_worsened(community):
    problem = duty.problem(community, days=2).problem
    nobody = pd.DataFrame(columns=["staff", "day", "shift"])  # everyone off: feasible unless a minimum binds
    start = roster.evaluate(problem, nobody)
    result = solved(problem, 30, initial=nobody)
    if start.feasible:
        assert result.feasible and result.objective <= start.objective


@st.composite
def curtois_texts(draw) -> str:
    """A random problem in the Curtois-Qu text format: 3-14 days, 1-3 shift types of 4-10 hours
    with random forbidden successions, 2-5 staff with random contracts, days off and requests,
    cover rows with random requirements and weights on most (day, shift type) pairs."""
    days = draw(st.integers(3, 14))
    shifts = SHIFTS[:draw(st.integers(1, 3))]
    hours = {t: draw(st.integers(4, 10)) for t in shifts}
    lines = ["SECTION_HORIZON", str(days), "SECTION_SHIFTS"]
    for t in shifts:
        banned = draw(st.lists(st.sampled_from(shifts), unique=True, max_size=len(shifts) - 1))
        lines.append(f"{t},{60 * hours[t]},{'|'.join(banned)}")
    lines.append("SECTION_STAFF")
    staff = [f"S{i}" for i in range(draw(st.integers(2, 5)))]
    for who in staff:
        most = "|".join(f"{t}={draw(st.integers(0, days))}" for t in shifts)
        max_minutes = 60 * draw(st.integers(0, 10 * days))
        min_minutes = draw(st.sampled_from([0, 0, max_minutes // 3, max_minutes // 2]))
        min_run = draw(st.integers(1, 2))
        lines.append(f"{who},{most},{max_minutes},{min_minutes},{draw(st.integers(min_run, days))},{min_run},"
                     f"{draw(st.integers(1, 2))},{draw(st.integers(0, 2))}")
    lines.append("SECTION_DAYS_OFF")
    for who in staff:
        off = draw(st.lists(st.integers(0, days - 1), unique=True, max_size=2))
        if off:
            lines.append(",".join([who, *map(str, off)]))
    for section in ("SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS"):
        lines.append(section)
        for _ in range(draw(st.integers(0, 4))):
            lines.append(f"{draw(st.sampled_from(staff))},{draw(st.integers(0, days - 1))},{draw(st.sampled_from(shifts))},"
                         f"{draw(st.integers(1, 5))}")
    lines.append("SECTION_COVER")
    for day in range(days):
        for t in shifts:
            if draw(st.integers(0, 9)) < 7:
                lines.append(f"{day},{t},{draw(st.integers(0, 3))},{draw(st.integers(1, 100))},{draw(st.integers(0, 30))}")
    return "\n".join(lines) + "\n"


def read(text: str) -> roster.Problem:
    """The problem a Curtois-Qu text describes, through the file reader."""
    with TemporaryDirectory() as folder:
        path = Path(folder) / "random.txt"
        path.write_text(text)
        return roster.read_curtois(path)


@PROPERTY
@given(curtois_texts(), st.integers(0, 2**32))
def test_general_rosters_repeat_with_their_seed_and_improve_with_iterations(text, seed):
    expect_repeat_and_improvement(read(text), seed)


@PROPERTY
@given(curtois_texts())
def test_a_contract_no_roster_can_meet_is_flagged_with_its_breach(text):
    # One more person who must work more minutes than the longest shift every day gives.
    problem = read(text)
    beyond = problem.days * max(s.minutes for s in problem.shifts) + 60
    most = "|".join(f"{s.id}={problem.days}" for s in problem.shifts)
    impossible = read(text.replace("SECTION_DAYS_OFF", f"X,{most},{beyond},{beyond},{problem.days},1,1,{problem.days}\n"
                                                      "SECTION_DAYS_OFF"))
    result = solved(impossible, 30)
    assert not result.feasible
    assert "X" in set(result.evaluation.violations["staff"])


@PROPERTY
@given(curtois_texts())
def test_bounds_that_contradict_each_other_are_an_input_error(text):
    # The first person's minimum of minutes raised above their maximum.
    problem = read(text)
    first = problem.staff[0]
    line = next(row for row in text.splitlines() if row.startswith(f"{first.id},"))
    fields = line.split(",")
    fields[3] = str(int(fields[2]) + 60)
    with pytest.raises(gridgov.InputError, match=f"staff '{first.id}'.*min"):
        read(text.replace(line, ",".join(fields)))
