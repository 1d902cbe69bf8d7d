"""The heavy compiled calls release the GIL, so threads (a Dask worker's, or a
ThreadPoolExecutor's) plan communities side by side: a Python thread keeps counting while one
runs, and two plans made at once equal the same plans made one after the other.

The check does not time anything: with the interpreter's switch interval set far beyond the
test, a thread holding the GIL keeps it until it blocks or releases it itself, so the counter
moves during a call only if that call lets go of the GIL.
"""

from __future__ import annotations

import pickle
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest

from gridgov import field, routing, synth, territory


@pytest.fixture(scope="module")
def community():
    return synth.community(seed=2, households=300, buildings=140, volunteers=20, posts=3)


class Counter:
    """A thread that counts while it can get the GIL, sleeping (and so releasing it) between
    counts so the main thread always gets it back."""

    def __init__(self) -> None:
        self.count = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.count += 1
            time.sleep(0.0005)

    def __enter__(self) -> Counter:
        self._previous = sys.getswitchinterval()
        sys.setswitchinterval(1000.0)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        sys.setswitchinterval(self._previous)

    def during(self, call, *args, repeat: int = 1, **kwargs):
        """What ``call`` returns and how far the counter moved while it ran (``repeat`` times, so
        that a short call gives the counting thread more than one chance to be scheduled)."""
        before = self.count
        for _ in range(repeat):
            result = call(*args, **kwargs)
        return result, self.count - before


def busy() -> int:
    return sum(k * k for k in range(300_000))


def test_the_counter_stands_still_while_python_holds_the_gil():
    # The control: without this the test below could not fail.
    with Counter() as counter:
        _, moved = counter.during(busy)
    assert moved == 0


@pytest.mark.parametrize("module, name, run", [
    (field, "_plan_day", lambda c: field.plan_day(c, max_iterations=200, duty_iterations=50)),
    (field, "_simulate", lambda c: field.simulate(c, days=1, max_iterations=200)),
    (routing, "_solve", lambda c: routing.plan(routing.door_knocking(c), c, max_iterations=300)),
    (territory, "_split", lambda c: territory.split(c, 4, restarts=256)),
])
def test_a_heavy_call_lets_other_threads_run(monkeypatch, community, module, name, run):
    compiled = getattr(module, name)
    moved = []

    def watched(*args, **kwargs):
        result, advance = counter.during(compiled, *args, **kwargs)
        moved.append(advance)
        return result

    monkeypatch.setattr(module, name, watched)
    with Counter() as counter:
        run(community)
    assert moved and min(moved) > 0, f"{name} held the GIL throughout"


def test_communities_are_written_read_and_pickled_without_the_gil():
    # Dask sends each community to its worker pickled, as scenario JSON.
    large = synth.community(households=3000, buildings=1400, volunteers=140)
    text, data = large.to_json(), pickle.dumps(large)
    with Counter() as counter:
        for call, argument in [(large.to_json, None), (type(large).from_json, text), (pickle.dumps, large),
                               (pickle.loads, data)]:
            _, moved = counter.during(call, *([] if argument is None else [argument]), repeat=3)
            assert moved > 0, f"{call.__name__} held the GIL throughout"


def test_two_plans_at_once_equal_the_same_plans_one_after_the_other(community):
    others = synth.community(seed=5, households=260, buildings=120, volunteers=18, posts=3)
    plan = lambda c: field.plan_day(c, max_iterations=200, duty_iterations=50)  # noqa: E731
    alone = [plan(c) for c in (community, others)]
    with ThreadPoolExecutor(2) as pool:
        together = list(pool.map(plan, (community, others)))
    for a, b in zip(alone, together):
        assert a.summary() == b.summary()
        pd.testing.assert_frame_equal(a.items, b.items)
