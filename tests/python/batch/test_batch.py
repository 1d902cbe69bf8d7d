"""gridgov.batch: rows per community in id order, failures and Ctrl-C reported per community,
the same figures as planning each community directly, and clear errors for bad arguments."""

from __future__ import annotations

import _thread
import importlib
import logging
import sys
import threading

import pandas as pd
import pytest

import gridgov
from gridgov import field, synth

distributed = pytest.importorskip("distributed", reason="gridgov.batch needs the batch extra (dask[distributed])")
from gridgov import batch  # noqa: E402

FAST = dict(max_iterations=100, duty_iterations=30)


def small(k: int) -> gridgov.Community:
    return synth.community(seed=k, id=f"C{k:03d}", subdistrict=f"S{k % 2 + 1:02d}", households=40 + 10 * k,
                           buildings=20 + 4 * k, volunteers=8, posts=2)


@pytest.fixture(scope="module")
def communities() -> list[gridgov.Community]:
    return [small(k) for k in range(5)]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as c:
        yield c


def figures(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame without the seconds each call took (the one column that varies run to run)."""
    return frame.drop(columns="seconds").reset_index(drop=True)


def test_plan_days_gives_each_community_its_own_plan_in_id_order(client, communities):
    frame = batch.plan_days(list(reversed(communities)), client=client, progress=False, day="tue", **FAST)
    assert list(frame["community"]) == [c.id for c in communities]
    assert list(frame.columns[:len(batch.COLUMNS)]) == batch.COLUMNS
    assert (frame["status"] == "ok").all() and (frame["error"] == "").all()
    assert list(frame["households"]) == [len(c.households) for c in communities]
    assert list(frame["subdistrict"]) == [c.info.subdistrict for c in communities]
    for c, row in zip(communities, frame.to_dict("records")):
        direct = field.plan_day(c, day="tue", **FAST).summary()
        assert {k: row[k] for k in direct} == direct


def test_the_same_communities_give_the_same_rows(client, communities):
    first = batch.plan_days(communities, client=client, progress=False, **FAST)
    again = batch.plan_days(communities[::-1], client=client, progress=False, **FAST)
    pd.testing.assert_frame_equal(figures(first), figures(again))


def test_a_community_whose_day_cannot_be_planned_fails_alone(client, street, communities):
    # Only the street has household H1, so the promise is an error for every other community.
    promised = pd.DataFrame({"household": ["H1"], "start": ["19:00"], "end": ["20:00"]})
    frame = batch.plan_days([street, *communities[:2]], client=client, progress=False, promised=promised, **FAST)
    rows = frame.set_index("community")
    assert rows.loc["street", "status"] == "ok" and rows.loc["street", "promises"] == 1
    for c in communities[:2]:
        assert rows.loc[c.id, "status"] == "failed"
        assert rows.loc[c.id, "error"].startswith(f"community {c.id}: InputError:")
        assert "no household 'H1'" in rows.loc[c.id, "error"]
        assert pd.isna(rows.loc[c.id, "door_knocking_households"])


def households_or_raise(community: gridgov.Community) -> dict:
    if community.id == "C002":
        raise RuntimeError("no plan today")
    return {"homes": len(community.households)}


def test_map_reports_a_raising_function_per_community(client, communities):
    frame = batch.map(households_or_raise, communities, client=client, progress=False).set_index("community")
    assert frame.loc["C002", "status"] == "failed"
    assert frame.loc["C002", "error"] == "community C002: RuntimeError: no plan today"
    ok = frame.drop(index="C002")
    assert (ok["status"] == "ok").all() and list(ok["homes"]) == list(ok["households"])


def test_map_fails_a_community_whose_result_is_not_a_mapping(client, communities):
    frame = batch.map(lambda c: c.id, communities[:2], client=client, progress=False)
    assert (frame["status"] == "failed").all()
    assert frame["error"].str.contains("returned str, not a mapping").all()


RELEASE = threading.Event()  # set once the batch has logged that it was interrupted


class _Released(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("interrupted"):
            RELEASE.set()


def interrupting(community: gridgov.Community) -> dict:
    """Presses Ctrl-C (as the main thread would get it) while C001 is planned, which then runs
    until the batch has cancelled what was not done."""
    if community.id == "C001":
        _thread.interrupt_main()
        RELEASE.wait(10)
    return {"homes": len(community.households)}


def test_ctrl_c_cancels_what_is_not_done_and_returns_the_rest(communities):
    RELEASE.clear()
    handler = _Released()
    logging.getLogger("gridgov.batch").addHandler(handler)
    try:
        frame = batch.map(interrupting, communities, workers=1, processes=False, progress=False)
    finally:
        logging.getLogger("gridgov.batch").removeHandler(handler)
        RELEASE.set()
    assert frame.attrs["interrupted"]
    assert list(frame["community"]) == [c.id for c in communities]
    rows = frame.set_index("community")
    assert rows.loc["C001", "status"] == "cancelled"
    assert set(rows["status"]) <= {"ok", "cancelled"}
    done = rows[rows["status"] == "ok"]
    assert list(done["homes"]) == list(done["households"])


def test_a_local_cluster_of_processes_is_started_and_closed(communities):
    frame = batch.plan_days(communities[:3], workers=2, progress=False, **FAST)
    assert list(frame["status"]) == ["ok"] * 3
    assert not frame.attrs["interrupted"]


def test_a_running_scheduler_is_used_by_its_address(client, communities):
    frame = batch.plan_days(communities[:2], address=client.scheduler.address, progress=False, **FAST)
    assert list(frame["status"]) == ["ok", "ok"]
    assert client.status == "running"  # the caller's client and scheduler stay up


def test_a_district_gives_its_communities(client):
    district = gridgov.District("D9", [small(3), small(1)])
    frame = batch.map(households_or_raise, district, client=client, progress=False)
    assert list(frame["community"]) == ["C001", "C003"]


def test_no_communities_give_an_empty_frame():
    frame = batch.plan_days([], progress=False)
    assert frame.empty and list(frame.columns) == batch.COLUMNS


@pytest.mark.parametrize("arguments, message", [
    (dict(client=object(), address="tcp://127.0.0.1:1"), "either client or address, not both"),
    (dict(address="tcp://127.0.0.1:1", workers=2), "workers is for the LocalCluster"),
    (dict(workers=0), "workers must be a whole number of at least 1, got 0"),
    (dict(threads_per_worker=1.5), "threads_per_worker must be a whole number"),
    (dict(iterations=5), "unknown option 'iterations'"),
])
def test_bad_arguments_are_named_before_anything_starts(communities, arguments, message):
    with pytest.raises(ValueError, match=message):
        batch.plan_days(communities, progress=False, **arguments)


def test_bad_communities_are_named(communities):
    with pytest.raises(ValueError, match=r"communities\[1\]: community id 'C000' appears twice"):
        batch.map(len, [communities[0], communities[0]], progress=False)
    with pytest.raises(TypeError, match=r"communities\[0\]: expected a gridgov.Community, got str"):
        batch.map(len, ["C000"], progress=False)
    with pytest.raises(TypeError, match="function must be callable"):
        batch.map("plan", communities, progress=False)


def test_importing_without_distributed_says_what_to_install(monkeypatch):
    monkeypatch.delitem(sys.modules, "gridgov.batch")
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ImportError, match=r"pip install 'gridgov\[batch\]'"):
        importlib.import_module("gridgov.batch")
