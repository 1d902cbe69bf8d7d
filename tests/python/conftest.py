"""Shared fixtures: the four-household street (the same as tests/cpp/support/Fixtures.hpp), and a
benchmark data folder made from the tiny fixtures of tests/data. (One conftest for the whole
suite: test modules import `DATA` from it by name, which a second conftest would shadow.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import gridgov

DATA = Path(__file__).resolve().parents[1] / "data"
TINY_BEST = 30.0  # an invented best-known value for the tiny Solomon file, so gaps are tested against a fixed number


def street_parts() -> dict:
    """One 200 m street east of the office at (0, 0): B1 at 50 m and B2 at 150 m (doors 5 m
    north), four households, two volunteers who serve together, a post and a station."""
    network = gridgov.WalkingNetwork(
        [gridgov.Node(id=1, x=0, y=0), gridgov.Node(id=2, x=100, y=0), gridgov.Node(id=3, x=200, y=0)],
        [gridgov.Edge(source=1, target=2), gridgov.Edge(source=2, target=3)],
    )
    return dict(
        info=gridgov.CommunityInfo(id="street", subdistrict="S1", district="D1", office_x=0, office_y=0),
        network=network,
        grids=[gridgov.Grid(id="G1", worker="V1")],
        buildings=[gridgov.Building(id="B1", x=50, y=5, grid="G1"), gridgov.Building(id="B2", x=150, y=5, grid="G1", floors=2)],
        households=[
            gridgov.Household(id="H1", building="B1", size=3),
            gridgov.Household(id="H2", building="B1", size=1, elderly_alone=True),
            gridgov.Household(id="H3", building="B2", size=2, home_observation=True, needs_delivery=True),
            gridgov.Household(id="H4", building="B2", size=4, returned_from_outside=True, language="en"),
        ],
        volunteers=[
            gridgov.Volunteer(id="V1", group="social_worker", availability="daily 08:00-18:00", ties=["V2"]),
            gridgov.Volunteer(id="V2", group="party_member", availability="mon-fri 19:00-21:00", skills=["en"],
                              home_x=120, home_y=-10, ties=["V1"]),
        ],
        posts=[gridgov.Post(id="P1", x=200, y=2)],
        stations=[gridgov.Station(id="S1", x=0, y=3)],
    )


@pytest.fixture
def street() -> gridgov.Community:
    parts = street_parts()
    return gridgov.Community(parts.pop("info"), parts.pop("network"), **parts)


@pytest.fixture(scope="session")
def default_community() -> gridgov.Community:
    return gridgov.synth.community()


@pytest.fixture(scope="session")
def door_knocking_plan() -> gridgov.routing.RoundPlan:
    """A quick day of door-knocking on the synthetic community of seed 1 (its community is
    ``door_knocking_plan.community``)."""
    community = gridgov.synth.community(seed=1)
    rnd = gridgov.routing.door_knocking(community, day="thu", campaign_day=3)
    return gridgov.routing.plan(rnd, community, max_iterations=200, seed=1)


@pytest.fixture
def tiny_best() -> float:
    return TINY_BEST


@pytest.fixture
def bench_data(tmp_path: Path) -> Path:
    """A benchmark data folder: a Solomon set of one instance (TINY, best known TINY_BEST) and a
    Curtois-Qu set of one instance (as Instance1)."""
    root = tmp_path / "benchmarks"
    (root / "routing" / "solomon").mkdir(parents=True)
    shutil.copy(DATA / "routing" / "tiny.txt", root / "routing" / "solomon" / "TINY.txt")
    (root / "routing" / "solomon_bks.csv").write_text(f"instance,vehicles,distance\nTINY,2,{TINY_BEST}\n")
    (root / "rostering" / "curtois").mkdir(parents=True)
    shutil.copy(DATA / "rostering" / "tiny.txt", root / "rostering" / "curtois" / "Instance1.txt")
    (root / "rostering" / "curtois_best.csv").write_text("instance,best_known_ub\nInstance1,90\n")
    return root
