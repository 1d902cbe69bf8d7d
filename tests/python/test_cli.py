"""The gridgov command: `gridgov demo` writes a report folder."""

import json
import subprocess
import sys

import pytest

import gridgov
from gridgov.cli import main
from gridgov.ledger import Ledger


def test_demo_writes_summary_map_three_field_days_duty_and_scenario(tmp_path):
    assert main(["demo", "--out", str(tmp_path / "report"), "--time-limit", "1", "--iterations", "300"]) == 0
    folder = tmp_path / "report"
    summary = (folder / "summary.md").read_text()
    assert summary.startswith("# Community C001")
    counts = gridgov.synth.community().level_counts()
    assert f"| red | {counts['red']:,} |" in summary
    assert (folder / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert gridgov.Community.load(folder / "community.json") == gridgov.synth.community()
    assert "## Three days in the field" in summary
    table = [line for line in summary.splitlines() if line.startswith("| thu (day 3)") or line.startswith("| fri (day 4)")
             or line.startswith("| sat (day 5)")]
    assert len(table) == 3 and all(line.endswith("| feasible |") for line in table)
    with Ledger.open(folder / "ledger.sqlite") as ledger:
        contacts = ledger.contacts()
        assert set(contacts["day"]) == {3, 4, 5} and len(contacts) > 100
        assert set(ledger.plans()["day"]) == {3, 4, 5}
        unreached = int((~ledger.community().frame("households")["reached"]).sum())
    assert f"| {unreached:,} |" in table[-1]
    assert not list(folder.glob("ledger.sqlite.partial*"))
    for day in ("day-1-thu", "day-2-fri", "day-3-sat"):
        assert (folder / "days" / f"{day}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert json.loads((folder / "days" / f"{day}.geojson").read_text())["type"] == "FeatureCollection"
        assert "<svg" in (folder / "days" / f"{day}.html").read_text()
        visits = (folder / "days" / f"{day}-visits.csv").read_text().splitlines()
        assert visits[0] == "round,household,building,level,team,volunteers,stop,arrival,start" and len(visits) > 30
        assert (folder / "days" / f"{day}-duty.csv").read_text().startswith("volunteer,post,start,end")
    assert "## The week's watch-post roster (from Mon 03 Feb 2020)" in summary
    assert "Roster checked independently: feasible" in summary
    duties = (folder / "duty.csv").read_text().splitlines()
    assert duties[0] == "volunteer,post,day,start,end" and len(duties) > 100
    assert (folder / "duty.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    calendars = sorted((folder / "duty" / "ics").glob("*.ics"))
    assert calendars and calendars[0].read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_console_script_is_installed():
    out = subprocess.run([sys.executable, "-m", "gridgov.cli", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"gridgov {gridgov.__version__}"


def test_the_field_loop_plan_record_plan_again(tmp_path, capsys):
    community = gridgov.synth.community(seed=6, buildings=50, households=110, volunteers=24, posts=2, day=2,
                                        reached=0.4)
    ledger_file = tmp_path / "c.ledger"
    Ledger.create(ledger_file, community, day=2).close()
    assert main(["plan", str(ledger_file), "--weekday", "tue", "--out", str(tmp_path / "out"), "--iterations",
                 "200"]) == 0
    assert "campaign day 2 (tue)" in capsys.readouterr().out
    visits = (tmp_path / "out" / "day-2-visits.csv").read_text().splitlines()
    first = visits[1].split(",")
    (tmp_path / "back.csv").write_text("household,day,time,volunteers,outcome,note\n"
                                       f"{first[1]},2,{first[8]},{first[5]},reached,\n")
    assert main(["record", str(ledger_file), str(tmp_path / "back.csv")]) == 0
    assert "1 contacts" in capsys.readouterr().out
    assert main(["plan", str(ledger_file), "--weekday", "wed", "--out", str(tmp_path / "out"), "--iterations",
                 "200", "--no-duty"]) == 0
    assert "campaign day 3 (wed)" in capsys.readouterr().out
    with Ledger.open(ledger_file) as ledger:
        assert set(ledger.plans()["day"]) == {2, 3}
        assert ledger.community().frame("households").set_index("id").loc[first[1], "reached"]
    (tmp_path / "bad.csv").write_text("household,day,time,volunteers,outcome,note\nH00001,2,25:00,,reached,\n")
    assert main(["record", str(ledger_file), str(tmp_path / "bad.csv")]) == 2
    assert "bad.csv line 2" in capsys.readouterr().err
    assert main(["plan", str(tmp_path / "missing.ledger"), "--weekday", "thu"]) == 2
    assert "missing.ledger" in capsys.readouterr().err
