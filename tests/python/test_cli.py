"""The gridgov command: `gridgov demo` writes a report folder."""

import subprocess
import sys

import gridgov
from gridgov.cli import main


def test_demo_writes_summary_map_routes_duty_and_scenario(tmp_path):
    assert main(["demo", "--out", str(tmp_path / "report"), "--time-limit", "1"]) == 0
    folder = tmp_path / "report"
    summary = (folder / "summary.md").read_text()
    assert summary.startswith("# Community C001")
    counts = gridgov.synth.community().level_counts()
    assert f"| red | {counts['red']:,} |" in summary
    assert (folder / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert gridgov.Community.load(folder / "community.json") == gridgov.synth.community()
    assert "## Today's door-knocking" in summary and "Plan checked independently: feasible" in summary
    assert (folder / "routes.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    routes = (folder / "routes.csv").read_text().splitlines()
    assert routes[0] == "household,building,level,team,volunteers,stop,arrival,start" and len(routes) > 100
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
