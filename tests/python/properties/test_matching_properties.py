"""Properties of ``matching.match`` through its DataFrames, under hypothesis, against brute force
written here apart from the library: on random small problems (1-4 supplies with capacities and
skills given as lists or as comma-separated text, 1-3 demands of 0-2 units, costs as an array or
as a DataFrame labelled by ids, in any order), every assignment is a pair the rules allow, at
most once, within capacities and units, at the matrix's cost; as many units are served as any
assignment can serve, at the least cost for that many; what is not served is reported as unmet
(the documented partial answer when demand outruns supply). The C++ tests hold the min-cost flow
to brute force too (tests/cpp/matching); these hold the Python layer: ids, skills, labelled costs
and the tables built from the result."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd
from hypothesis import event, given
from hypothesis import strategies as st

from gridgov import matching
from random_cases import cases

SKILLS = ["en", "ko", "medical"]


@st.composite
def problems(draw) -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray]:
    n, m = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    skills = [draw(st.lists(st.sampled_from(SKILLS), unique=True, max_size=3)) for _ in range(n)]
    as_text = draw(st.booleans())
    supplies = pd.DataFrame({"id": [f"V{i}" for i in range(n)], "capacity": draw(st.lists(st.integers(0, 2), min_size=n, max_size=n)),
                             "skills": [",".join(s) if as_text else s for s in skills]})
    demands = pd.DataFrame({"id": [f"N{j}" for j in range(m)], "skill": draw(st.lists(st.sampled_from(SKILLS), min_size=m, max_size=m)),
                            "units": draw(st.lists(st.integers(0, 2), min_size=m, max_size=m))})
    cost = np.array(draw(st.lists(st.lists(st.integers(0, 50), min_size=m, max_size=m), min_size=n, max_size=n)), dtype=np.int64)
    return supplies, demands, cost


def brute_force(supplies: pd.DataFrame, demands: pd.DataFrame, cost: np.ndarray) -> tuple[int, int]:
    """The most units any assignment serves, and the least cost of serving that many: every set of
    allowed pairs tried."""
    skills = [set(s.split(",")) if isinstance(s, str) else set(s) for s in supplies["skills"]]
    pairs = [(i, j) for i in range(len(supplies)) for j in range(len(demands)) if demands["skill"][j] in skills[i]]
    best = (0, 0)  # (-units, cost): the empty assignment
    for size in range(1, len(pairs) + 1):
        for chosen in combinations(pairs, size):
            if all(sum(i == s for s, _ in chosen) <= supplies["capacity"][i] for i in range(len(supplies))) and \
               all(sum(j == d for _, d in chosen) <= demands["units"][j] for j in range(len(demands))):
                total = sum(int(cost[i, j]) for i, j in chosen)
                best = min(best, (-size, total))
    return -best[0], best[1]


@cases(300)
@given(problems(), st.booleans(), st.randoms(use_true_random=False))
def test_a_matching_serves_the_most_units_at_the_least_cost(problem, labelled, random):
    supplies, demands, cost = problem
    given_cost = cost
    if labelled:  # a DataFrame labelled by ids, rows and columns shuffled
        rows, columns = list(supplies["id"]), list(demands["id"])
        random.shuffle(rows), random.shuffle(columns)
        given_cost = pd.DataFrame(cost, index=supplies["id"], columns=demands["id"]).loc[rows, columns]
    result = matching.match(supplies, demands, given_cost)
    skills = {row.id: set(row.skills.split(",")) if isinstance(row.skills, str) else set(row.skills)
              for row in supplies.itertuples()}
    need = dict(zip(demands["id"], demands["skill"]))
    a = result.assignments
    assert not a.duplicated(["supply", "demand"]).any()
    for row in a.itertuples():
        assert need[row.demand] in skills[row.supply]
        assert row.cost == cost[int(row.supply[1:]), int(row.demand[1:])]
    assert (a["supply"].value_counts().reindex(supplies["id"], fill_value=0) <= supplies["capacity"].values).all()
    served = a["demand"].value_counts().reindex(demands["id"], fill_value=0).values
    assert (served <= demands["units"].values).all()
    assert list(result.unmet["unmet"]) == list(demands["units"].values - served)
    assert (result.matched, result.cost) == (len(a), int(a["cost"].sum())) == brute_force(supplies, demands, cost)
    event(f"some demand unmet: {bool(result.unmet['unmet'].any())}")
