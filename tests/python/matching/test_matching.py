"""gridgov.matching: DataFrames in and out, the optimum against brute force, the street's
speaker."""

import itertools
import random

import numpy as np
import pandas as pd
import pytest

import gridgov
from gridgov import matching


def test_each_need_goes_to_the_cheapest_speaker_with_room():
    supplies = pd.DataFrame({"id": ["V1", "V2"], "capacity": [1, 2], "skills": [["en"], "en, ko"]})
    demands = pd.DataFrame({"id": ["H1", "H2", "H3"], "skill": ["en", "ko", "en"]})
    m = matching.match(supplies, demands, [[5, 0, 9], [4, 7, 1]])
    assert (m.matched, m.cost) == (3, 13)
    assert m.assignments.values.tolist() == [["V1", "H1", 5], ["V2", "H2", 7], ["V2", "H3", 1]]
    assert m.unmet["unmet"].tolist() == [0, 0, 0]


def test_a_cost_frame_is_read_by_its_labels():
    supplies = pd.DataFrame({"id": ["V1", "V2"], "capacity": [1, 1], "skills": [["en"], ["en"]]})
    demands = pd.DataFrame({"id": ["H1"], "skill": ["en"], "units": [1]})
    cost = pd.DataFrame({"H1": [2, 9]}, index=["V2", "V1"])  # V2 is the cheaper one
    assert matching.match(supplies, demands, cost).assignments["supply"].tolist() == ["V2"]


def brute_force(capacity, skills, need, units, cost):
    pairs = [(i, j) for i in range(len(capacity)) for j in range(len(need)) if need[j] in skills[i]]
    best = (-1, 0)
    for chosen in itertools.product([0, 1], repeat=len(pairs)):
        picked = [p for p, c in zip(pairs, chosen) if c]
        if all(sum(1 for i, _ in picked if i == s) <= capacity[s] for s in range(len(capacity))) and \
                all(sum(1 for _, j in picked if j == d) <= units[d] for d in range(len(need))):
            n, total = len(picked), sum(int(cost[i][j]) for i, j in picked)
            if n > best[0] or (n == best[0] and total < best[1]):
                best = (n, total)
    return best


def test_the_optimum_of_brute_force_on_small_random_instances():
    rng = random.Random(5)
    for _ in range(80):
        s, d = rng.randint(1, 3), rng.randint(1, 3)
        capacity = [rng.randint(0, 2) for _ in range(s)]
        skills = [[k for k in ("en", "ko") if rng.random() < 0.6] for _ in range(s)]
        need = [rng.choice(["en", "ko"]) for _ in range(d)]
        units = [rng.randint(0, 2) for _ in range(d)]
        cost = np.array([[rng.randint(0, 9) for _ in range(d)] for _ in range(s)])
        m = matching.match(pd.DataFrame({"id": [f"V{i}" for i in range(s)], "capacity": capacity, "skills": skills}),
                           pd.DataFrame({"id": [f"D{j}" for j in range(d)], "skill": need, "units": units}), cost)
        assert (m.matched, m.cost) == brute_force(capacity, skills, need, units, cost)


def test_the_streets_english_speaker_takes_the_english_household(street):
    m = matching.match_skills(street)
    assert m.assignments.to_dict("records") == [
        {"volunteer": "V2", "group": "party_member", "kind": "household", "id": "H4", "skill": "en", "distance_m": 45}]
    assert m.unmet.empty and m.distance_m == 45
    assert matching.match_skills(street, per_volunteer=0).unmet["id"].tolist() == ["H4"]


def test_bad_input_raises_input_error_naming_the_field(street):
    with pytest.raises(gridgov.InputError) as e:
        matching.match_skills(street, skills=["xx"])
    assert e.value.field == "skills"
    with pytest.raises(gridgov.InputError) as e:
        matching.match(pd.DataFrame({"id": ["V1"], "capacity": [-1], "skills": [["en"]]}),
                       pd.DataFrame({"id": ["H1"], "skill": ["en"]}), [[1]])
    assert (e.value.record, e.value.field) == ("supply 'V1'", "capacity")


def test_a_cost_matrix_of_the_wrong_shape_is_refused_not_reshaped():
    supplies = pd.DataFrame({"id": ["V1", "V2"], "capacity": [1, 1], "skills": [["en"], ["en"]]})
    demands = pd.DataFrame({"id": ["H1", "H2", "H3"], "skill": ["en", "en", "en"]})
    transposed = np.array([[5, 4], [0, 7], [9, 1]])  # demands x supplies: same six numbers
    for cost in (transposed, transposed.ravel(), [[1, 2, 3]], 7):
        with pytest.raises(gridgov.InputError) as e:
            matching.match(supplies, demands, cost)
        assert (e.value.record, e.value.field) == ("matching", "cost")
        assert "must be 2 x 3" in str(e.value)
    with pytest.raises(gridgov.InputError, match="is 3 x 2 but must be 2 x 3"):
        matching.match(supplies, demands, transposed)
    assert matching.match(supplies, demands, transposed.T).matched == 2


def test_an_empty_cost_serves_when_one_side_is_empty():
    demands = pd.DataFrame({"id": ["H1"], "skill": ["en"], "units": [2]})
    m = matching.match(pd.DataFrame({"id": [], "capacity": [], "skills": []}), demands, [])
    assert (m.matched, m.unmet["unmet"].tolist()) == (0, [2])
