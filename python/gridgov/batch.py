"""Many communities' work at once on Dask: a day planned for each community of a district, or
any per-community function, with one DataFrame back.

By default a call starts a ``distributed.LocalCluster`` of ``workers`` processes (the machine's
cores unless given) and closes it when done; ``address="tcp://..."`` uses a running scheduler
and ``client=`` a ``distributed.Client`` you already have (neither is closed). Each community is
one task; a community whose work raises gets a row with status "failed" and the reason while
the others finish. Ctrl-C cancels the tasks not yet done and returns the rows finished so far,
the others marked "cancelled" (``frame.attrs["interrupted"]`` is then True). Rows are in
community id order whatever order the tasks finished in. docs/batch.md shows it in use.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
import time
import traceback
import uuid
from typing import Callable, Iterable, Mapping

import pandas as pd

try:
    import distributed
except ImportError as missing:  # an optional extra: say which
    raise ImportError(f"gridgov.batch needs dask's distributed scheduler ({missing.name} is missing): "
                      "pip install 'gridgov[batch]'") from missing

from . import field
from ._progress import bar
from ._gridgov import Community, District

__all__ = ["COLUMNS", "map", "plan_days"]

_log = logging.getLogger("gridgov.batch")

#: The columns every batch frame starts with; the function's own follow.
COLUMNS = ["community", "subdistrict", "households", "volunteers", "status", "error", "seconds"]


def _run_one(function: Callable[[Community], Mapping], community: Community) -> dict:
    """One community's row, made on a worker: the function's figures or, if it raised or gave
    something other than a mapping, status "failed" and the reason naming the community."""
    row = _bare_row(community, "ok", "")
    start = time.perf_counter()
    try:
        figures = function(community)
        if not isinstance(figures, Mapping):
            raise TypeError(f"the function returned {type(figures).__name__}, not a mapping of column to value")
        clash = sorted(set(figures) & set(COLUMNS))
        if clash:
            raise ValueError(f"the function's result uses the batch column name '{clash[0]}'")
    except Exception as e:  # noqa: BLE001 - any failure is this community's, reported in its row
        row.update(status="failed", error=f"community {community.id}: {type(e).__name__}: {e}")
        row["traceback"] = traceback.format_exc()
        figures = {}
    row["seconds"] = time.perf_counter() - start
    return {**row, **figures}


def _communities(communities: District | Iterable[Community]) -> list[Community]:
    """The communities as a list, each checked to be a Community with an id of its own."""
    items = list(communities.communities if isinstance(communities, District) else communities)
    seen: set[str] = set()
    for k, c in enumerate(items):
        if not isinstance(c, Community):
            raise TypeError(f"communities[{k}]: expected a gridgov.Community, got {type(c).__name__}")
        if c.id in seen:
            raise ValueError(f"communities[{k}]: community id '{c.id}' appears twice (ids order and name the rows)")
        seen.add(c.id)
    return items


def _cluster_options(client, address, workers, threads_per_worker, processes) -> dict | None:
    """The LocalCluster to start (None when a client or address is given), after checking that
    the arguments do not contradict each other."""
    if client is not None and address is not None:
        raise ValueError("batch: give either client or address, not both")
    local = {"workers": workers, "threads_per_worker": threads_per_worker, "processes": processes}
    if client is not None or address is not None:
        given = [name for name, value in local.items() if value is not None]
        if given:
            raise ValueError(f"batch: {given[0]} is for the LocalCluster batch starts; it does not apply with "
                             f"{'client' if client is not None else 'address'}")
        return None
    for name in ("workers", "threads_per_worker"):
        value = local[name]
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise ValueError(f"batch: {name} must be a whole number of at least 1, got {value!r}")
    return dict(n_workers=workers or os.cpu_count() or 1, threads_per_worker=threads_per_worker or 1,
                processes=True if processes is None else bool(processes), dashboard_address=":0")


def _frame(rows: list[dict]) -> pd.DataFrame:
    """Rows in community id order, the batch columns first, then the function's in the order
    they first appear."""
    rows = sorted(rows, key=lambda r: r["community"])
    extra = list(dict.fromkeys(k for r in rows for k in r if k not in COLUMNS and k != "traceback"))
    return pd.DataFrame(rows, columns=[*COLUMNS, *extra])


def _collect(client: distributed.Client, function: Callable, communities: list[Community],
             progress: bool | None) -> pd.DataFrame:
    """Submits one task per community and gathers their rows as they finish; Ctrl-C, during
    submission or while waiting, cancels the tasks not done and marks their rows "cancelled"."""
    batch = uuid.uuid4().hex[:8]
    name = getattr(function, "__name__", None) or getattr(getattr(function, "func", None), "__name__", "task")
    futures: dict[distributed.Future, Community] = {}
    rows, interrupted = [], False
    with bar(total=len(communities), desc="communities", unit="community", progress=progress) as done:
        try:
            for c in communities:
                futures[client.submit(_run_one, function, c, key=f"gridgov-{name}-{c.id}-{batch}", pure=False)] = c
            for future in distributed.as_completed(futures):
                rows.append(_row_of(future, futures[future]))
                done.update()
        except KeyboardInterrupt:
            interrupted = True
    if interrupted:
        client.cancel([f for f in futures if not f.done()])
        finished = {r["community"] for r in rows}
        rows += [_row_of(f, c) for f, c in futures.items() if f.status in ("finished", "error") and c.id not in finished]
        finished = {r["community"] for r in rows}
        rows += [_bare_row(c, "cancelled", "interrupted before it finished") for c in communities if c.id not in finished]
        _log.warning("interrupted: %d of %d communities finished, the others cancelled", len(finished), len(communities))
    frame = _frame(rows)
    frame.attrs["interrupted"] = interrupted
    return frame


def _row_of(future: distributed.Future, community: Community) -> dict:
    """A finished task's row; a task that died with its worker is the community's failure too."""
    if future.status == "finished":
        row = future.result()
        if row["status"] == "failed":
            _log.warning("%s\n%s", row["error"], row.get("traceback", ""))
        return row
    error = future.exception()
    _log.warning("community %s: the task failed on the cluster: %r", community.id, error)
    return _bare_row(community, "failed", f"community {community.id}: {type(error).__name__}: {error}")


def _bare_row(community: Community, status: str, error: str) -> dict:
    """The batch columns of a community's row (``seconds`` NaN until measured)."""
    return dict(community=community.id, subdistrict=community.info.subdistrict, households=len(community.households),
                volunteers=len(community.volunteers), status=status, error=error, seconds=float("nan"))


def map(function: Callable[[Community], Mapping], communities: District | Iterable[Community], *,  # noqa: A001
        client: distributed.Client | None = None, address: str | None = None, workers: int | None = None,
        threads_per_worker: int | None = None, processes: bool | None = None, progress: bool | None = None) -> pd.DataFrame:
    """Runs ``function(community)`` for every community (or every community of a District) on
    Dask; one row per community, in community id order: ``community``, ``subdistrict``,
    ``households``, ``volunteers``, ``status`` ("ok", "failed" or, after Ctrl-C,
    "cancelled"), ``error`` ("community C007: InputError: ..."; empty when ok), ``seconds``
    the call took on its worker, then the keys of the mapping the function returned.

    ``function`` must be picklable (a module-level function or a functools.partial of one) and
    return a mapping of column to value. Without ``client`` or ``address`` a LocalCluster of
    ``workers`` (default: the machine's cores) processes (threads with ``processes=False``) of
    ``threads_per_worker`` (default 1) threads runs it and is closed at the end. ``progress``
    shows a bar over the communities (None: in Jupyter or a terminal)."""
    if not callable(function):
        raise TypeError(f"batch.map: function must be callable, got {type(function).__name__}")
    cluster = _cluster_options(client, address, workers, threads_per_worker, processes)
    items = _communities(communities)
    if not items:
        return _frame([])
    if client is not None:
        return _collect(client, function, items, progress)
    if address is not None:
        _log.info("connecting to the scheduler at %s", address)
        with distributed.Client(address) as own:
            return _collect(own, function, items, progress)
    _log.info("starting a LocalCluster: %d workers of %d threads (%s)", cluster["n_workers"], cluster["threads_per_worker"],
              "processes" if cluster["processes"] else "threads")
    with distributed.LocalCluster(**cluster) as local, distributed.Client(local) as own:
        return _collect(own, function, items, progress)


def _plan_row(community: Community, options: dict) -> dict:
    """A community's day planned with ``options`` (as for gridgov.field.plan_day), as the
    figures of its summary."""
    return field.plan_day(community, **options).summary()


def plan_days(communities: District | Iterable[Community], *, client: distributed.Client | None = None,
              address: str | None = None, workers: int | None = None, threads_per_worker: int | None = None,
              processes: bool | None = None, progress: bool | None = None, **options) -> pd.DataFrame:
    """Plans a day for every community with :func:`gridgov.field.plan_day` (``options`` as it
    takes them: ``day``, ``campaign_day``, ``policy``, ``max_iterations``, ...) on Dask, as
    :func:`map` runs it: one row per community with the batch columns, then the figures of
    :meth:`gridgov.field.DayPlan.summary` (households and metres per round, duties, promises
    kept, ``feasible``). An option plan_day does not take is a ValueError before anything
    starts."""
    parameters = inspect.signature(field.plan_day).parameters
    unknown = sorted(set(options) - set(list(parameters)[1:]))
    if unknown:
        raise ValueError(f"plan_days: unknown option '{unknown[0]}' (plan_day takes {', '.join(list(parameters)[1:])})")
    return map(functools.partial(_plan_row, options=options), communities, client=client, address=address,
               workers=workers, threads_per_worker=threads_per_worker, processes=processes, progress=progress)
