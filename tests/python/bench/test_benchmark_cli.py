"""`gridgov benchmark`: list, routing and roster runs, and exit codes."""

from __future__ import annotations

import pandas as pd
import pytest

from gridgov.cli import main


def test_list_shows_sets_and_solvers_with_their_availability(bench_data, capsys):
    assert main(["benchmark", "list", "--data", str(bench_data)]) == 0
    out = capsys.readouterr().out
    assert f"[{bench_data / 'routing' / 'solomon'}]" in out and f"[{bench_data / 'routing' / 'cvrp_x'} (missing)]" in out
    assert "roster   curtois" in out and "routing  doorknocking" in out
    assert all(f"routing  {name} " in out for name in ("gridgov", "pyvrp", "ortools", "vroom"))
    assert all(f"roster   {name} " in out for name in ("gridgov", "cpsat", "highs"))


def test_a_routing_run_writes_runs_trace_and_plots(bench_data, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code = main(["benchmark", "routing", "--set", "solomon", "--seeds", "1", "2", "--time-limit", "30", "--iterations",
                 "50", "--data", str(bench_data), "--out", str(out / "runs.csv"), "--trace", str(out / "trace.csv"),
                 "--plots", str(out / "plots"), "--no-progress"])
    assert code == 0
    runs = pd.read_csv(out / "runs.csv")
    assert runs[["instance", "solver", "seed"]].values.tolist() == [["TINY", "gridgov", 1], ["TINY", "gridgov", 2]]
    assert len(pd.read_csv(out / "trace.csv")) >= 2
    assert {p.name for p in (out / "plots").iterdir()} == {"gap-over-time.png", "performance-profile.png"}
    assert "mean_gap" in capsys.readouterr().out


def test_a_roster_run_takes_curtois_instances_by_number(bench_data, tmp_path):
    code = main(["benchmark", "roster", "--set", "curtois", "--instances", "1", "--seeds", "1", "--time-limit", "30",
                 "--iterations", "100", "--data", str(bench_data), "--out", str(tmp_path / "runs.csv"), "--no-progress"])
    assert code == 0
    runs = pd.read_csv(tmp_path / "runs.csv")
    assert runs["instance"].tolist() == ["Instance1"] and runs["feasible"].all()


@pytest.mark.parametrize("args, message", [
    (["--set", "solomon", "--solvers", "gurobi"], "unknown routing solver 'gurobi'"),
    (["--set", "nowhere"], "unknown routing instance set 'nowhere'"),
    (["--set", "solomon", "--out", "runs.txt"], "runs.txt: results are .csv or .parquet files"),
    (["--set", "solomon", "--trace", "trace.csv"], "--trace goes with --out"),
    (["--set", "solomon", "--out", "no/such/folder/runs.csv"], "runs.csv: its folder no/such/folder does not exist"),
])
def test_bad_input_exits_2_with_the_reason_on_stderr(bench_data, capsys, args, message):
    code = main(["benchmark", "routing", *args, "--seeds", "1", "--time-limit", "1", "--data", str(bench_data), "--no-progress"])
    assert code == 2
    assert message in capsys.readouterr().err


def test_seeds_are_required_on_the_command_line(bench_data, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["benchmark", "routing", "--set", "solomon", "--time-limit", "1", "--data", str(bench_data)])
    assert exit.value.code == 2 and "--seeds" in capsys.readouterr().err
