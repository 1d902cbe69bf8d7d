"""The gridgov command: `gridgov demo` writes a report folder."""

import json
import subprocess
import sys

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
    visits = (folder / "visits.csv").read_text().splitlines()
    assert visits[0] == "round,household,building,level,team,volunteers,stop,arrival,start,day" and len(visits) > 100
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
