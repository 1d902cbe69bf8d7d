"""Instance sets: by name from a data folder, from folders and files, and clear errors."""

from __future__ import annotations

import shutil

import pytest

from gridgov import bench

from conftest import DATA


def test_named_sets_load_with_their_best_known_values(bench_data, tiny_best):
    (tiny,) = bench.load_instances("routing", "solomon", data=bench_data)
    assert (tiny.set, tiny.name, tiny.reference, tiny.convention) == ("solomon", "TINY", tiny_best, "dimacs")
    assert tiny.distance[0, 1] == 50  # (3, 4) from the depot: 5.0 kept to one decimal, times 10
    (first,) = bench.load_instances("roster", "curtois", data=bench_data, names=[1])  # a Curtois-Qu instance by its number
    assert (first.name, first.reference, first.problem.days) == ("Instance1", 90.0, 14)


def test_a_folder_is_a_set_and_a_sol_file_beside_an_instance_gives_its_best_known(tmp_path):
    shutil.copy(DATA / "routing" / "tiny.txt", tmp_path / "a.txt")
    shutil.copy(DATA / "routing" / "tiny.vrp", tmp_path / "b.vrp")
    (tmp_path / "a.sol").write_text("Route #1: 1 2\nRoute #2: 3 4\nCost 35.5\n")
    a, b = bench.load_instances("routing", tmp_path)
    assert (a.name, a.reference, a.set, b.name, b.reference, b.convention) == ("a", 35.5, tmp_path.name, "b", None, "round")


def test_unknown_names_a_wrong_kind_and_a_missing_folder_are_named(bench_data, tmp_path):
    with pytest.raises(ValueError, match="unknown routing instance set 'solomn'.*solomon, x, doorknocking"):
        bench.load_instances("routing", "solomn", data=bench_data)
    with pytest.raises(ValueError, match="'curtois' is a roster set, not a routing set"):
        bench.load_instances("routing", "curtois", data=bench_data)
    with pytest.raises(ValueError, match=r"no instance 'C101' in set solomon \(it has TINY\)"):
        bench.load_instances("routing", "solomon", data=bench_data, names=["C101"])
    with pytest.raises(ValueError, match=f"benchmark data folder {tmp_path / 'nowhere'} does not exist"):
        bench.load_instances("routing", "solomon", data=tmp_path / "nowhere")
    shutil.rmtree(bench_data / "routing" / "solomon")
    with pytest.raises(ValueError, match=f"its folder {bench_data / 'routing' / 'solomon'} does not exist"):
        bench.load_instances("routing", "solomon", data=bench_data)
    with pytest.raises(ValueError, match="unknown benchmark kind 'tsp'"):
        bench.load_instances("tsp", "solomon", data=bench_data)
