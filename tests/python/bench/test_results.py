"""Results tables: CSV and Parquet round trips, clear errors, summary tables."""

from __future__ import annotations

import importlib.util

import numpy as np
import pandas as pd
import pytest

from gridgov import bench


@pytest.fixture
def results(bench_data):
    tiny = bench.load_instances("routing", "solomon", data=bench_data)
    return bench.run(tiny, ["gridgov"], seeds=[1, 2], time_limits=30, max_iterations=50, progress=False)


@pytest.mark.parametrize("suffix", [".csv", pytest.param(".parquet", marks=pytest.mark.skipif(
    importlib.util.find_spec("pyarrow") is None, reason="Parquet needs pyarrow (pip install pyarrow)"))])
def test_results_round_trip(results, tmp_path, suffix):
    results.runs.loc[1, ["objective", "gap", "feasible"]] = [np.nan, np.nan, False]  # a missing run reads back as one
    results.write(tmp_path / f"runs{suffix}", tmp_path / f"trace{suffix}")
    back = bench.Results.read(tmp_path / f"runs{suffix}", tmp_path / f"trace{suffix}")
    pd.testing.assert_frame_equal(back.runs, results.runs, check_dtype=False)
    pd.testing.assert_frame_equal(back.trace, results.trace, check_dtype=False)


def test_bad_result_files_are_named(results, tmp_path):
    with pytest.raises(ValueError, match=r"runs.xlsx: results are .csv or .parquet files, not .xlsx"):
        results.write(tmp_path / "runs.xlsx")
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match=r"other.csv: not benchmark results \(no column set, instance"):
        bench.Results.read(tmp_path / "other.csv")


def test_summary_and_per_instance_tables(results):
    summary = results.summary()
    row = summary.iloc[0]
    assert (row["set"], row["solver"], row["runs"], row["feasible"]) == ("solomon", "gridgov", 2, 2)
    assert row["mean_gap"] == pytest.approx(results.runs["gap"].mean())
    table = results.by_instance()
    assert table.loc[("solomon", "TINY", 30.0), "gridgov"] == pytest.approx(results.runs["gap"].mean())
