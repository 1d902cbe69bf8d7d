"""Tidy benchmark results: one row per run and a long trace of the best objective over time,
with gaps to the best-known values (or, where none is known, to the best of the run); CSV and
Parquet in and out; summary tables."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["RUN_COLUMNS", "TRACE_COLUMNS", "Results", "file_format", "tidy"]

RUN_COLUMNS = ["set", "instance", "solver", "seed", "time_limit", "max_iterations", "objective", "reference",
               "reference_kind", "gap", "feasible", "seconds", "status", "bound"]
TRACE_COLUMNS = ["set", "instance", "solver", "seed", "time_limit", "time", "objective", "gap"]
_KEY = ["set", "instance"]


def _gap(objective: pd.Series, reference: pd.Series) -> pd.Series:
    """Percent above the reference; NaN where either is missing or the reference is 0."""
    ref = reference.where(reference != 0)
    return (objective - ref) / ref * 100


def tidy(rows: list[dict], traces: list[list[tuple[float, float]]], *, interrupted: bool = False) -> Results:
    """Results from runs' rows and their traces (seconds, objective), with references and gaps:
    an instance without a best-known value is compared with the best feasible objective any
    run found on it (``reference_kind`` says which)."""
    runs = pd.DataFrame(rows, columns=[c for c in RUN_COLUMNS if c not in ("gap", "reference_kind")])
    runs["reference"] = runs["reference"].astype(float)
    best_of_run = runs.groupby(_KEY)["objective"].transform("min")
    known = runs["reference"].notna()
    runs["reference_kind"] = np.where(known, "best known", np.where(best_of_run.notna(), "best of run", ""))
    runs["reference"] = runs["reference"].where(known, best_of_run)
    runs["gap"] = _gap(runs["objective"], runs["reference"])
    runs = runs.astype({"max_iterations": float, "bound": float, "status": str})
    runs = runs[RUN_COLUMNS]
    points = [dict(zip(TRACE_COLUMNS[:5], row[:5]), time=t, objective=obj)
              for row, trace in zip(runs.itertuples(index=False), traces) for t, obj in trace]
    trace = pd.DataFrame(points, columns=TRACE_COLUMNS[:-1])
    reference = trace[_KEY].merge(runs[_KEY + ["reference"]].drop_duplicates(_KEY), on=_KEY, how="left")["reference"]
    trace["gap"] = _gap(trace["objective"], reference.set_axis(trace.index))
    return Results(runs, trace, interrupted)


def file_format(path: str | os.PathLike[str]) -> str:
    """"csv" or "parquet" by the path's suffix. Raises ValueError for another suffix, or for
    Parquet without pyarrow; called before a long run too, so that it fails at once."""
    path = Path(path)
    if path.suffix not in (".csv", ".parquet"):
        raise ValueError(f"{path}: results are .csv or .parquet files, not {path.suffix or 'without a suffix'}")
    if path.suffix == ".parquet" and importlib.util.find_spec("pyarrow") is None:
        raise ValueError(f"{path}: Parquet needs the pyarrow package (pip install pyarrow), or use .csv")
    return path.suffix[1:]


def _write(frame: pd.DataFrame, path: str | os.PathLike[str]) -> None:
    if file_format(path) == "csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_parquet(path, index=False)


def _read(path: str | os.PathLike[str], columns: list[str]) -> pd.DataFrame:
    if file_format(path) == "csv":
        frame = pd.read_csv(path)
    else:
        frame = pd.read_parquet(path)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: not benchmark results (no column {', '.join(missing)})")
    if "status" in frame:  # an empty status reads back as missing from CSV
        frame["status"] = frame["status"].astype(object).fillna("").astype(str)
    return frame


@dataclass
class Results:
    """``runs``: one row per run (columns :data:`RUN_COLUMNS`; ``objective`` and ``gap`` are
    NaN for a run without a feasible result; ``gap`` in percent); ``trace``: the best objective
    over time of each feasible run (:data:`TRACE_COLUMNS`), ending at its checked result;
    ``interrupted``: Ctrl-C stopped the benchmark before every run was done."""

    runs: pd.DataFrame
    trace: pd.DataFrame
    interrupted: bool = False

    def write(self, runs: str | os.PathLike[str], trace: str | os.PathLike[str] | None = None) -> None:
        """Writes the runs (and the trace) as .csv or .parquet, by each path's suffix."""
        _write(self.runs, runs)
        if trace is not None:
            _write(self.trace, trace)

    @classmethod
    def read(cls, runs: str | os.PathLike[str], trace: str | os.PathLike[str] | None = None) -> Results:
        """Results written by :meth:`write` (an empty trace when none is given)."""
        frame = _read(runs, RUN_COLUMNS)
        points = _read(trace, TRACE_COLUMNS) if trace is not None else pd.DataFrame(columns=TRACE_COLUMNS)
        return cls(frame, points)

    def summary(self) -> pd.DataFrame:
        """Per set, time limit and solver: runs, feasible runs, mean and median gap (percent,
        over feasible runs) and mean seconds."""
        return (self.runs.groupby(["set", "time_limit", "solver"], sort=False)
                .agg(runs=("instance", "size"), feasible=("feasible", "sum"), mean_gap=("gap", "mean"),
                     median_gap=("gap", "median"), seconds=("seconds", "mean"))
                .reset_index())

    def by_instance(self) -> pd.DataFrame:
        """Mean gap over seeds per instance (rows) and solver (columns); NaN where a run of that
        solver on that instance was infeasible."""
        mean = self.runs.groupby(["set", "instance", "time_limit", "solver"], sort=False)["gap"] \
            .agg(lambda g: g.mean() if g.notna().all() else np.nan)
        return mean.unstack("solver")[list(dict.fromkeys(self.runs["solver"]))]
