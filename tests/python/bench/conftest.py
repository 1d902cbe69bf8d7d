"""A benchmark data folder made from the tiny fixtures of tests/data: a Solomon set of one
instance with a best-known value, and a Curtois-Qu set of one instance (as Instance1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data"
TINY_BEST = 30.0  # an invented best-known value for TINY, so that gaps are tested against a fixed number


@pytest.fixture
def tiny_best() -> float:
    return TINY_BEST


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "benchmarks"
    (root / "routing" / "solomon").mkdir(parents=True)
    shutil.copy(DATA / "routing" / "tiny.txt", root / "routing" / "solomon" / "TINY.txt")
    (root / "routing" / "solomon_bks.csv").write_text(f"instance,vehicles,distance\nTINY,2,{TINY_BEST}\n")
    (root / "rostering" / "curtois").mkdir(parents=True)
    shutil.copy(DATA / "rostering" / "tiny.txt", root / "rostering" / "curtois" / "Instance1.txt")
    (root / "rostering" / "curtois_best.csv").write_text("instance,best_known_ub\nInstance1,90\n")
    return root
