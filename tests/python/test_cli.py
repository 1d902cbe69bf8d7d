"""The gridgov command: `gridgov demo` writes a report folder."""

import subprocess
import sys

import gridgov
from gridgov.cli import main


def test_demo_writes_summary_map_and_scenario(tmp_path):
    assert main(["demo", "--out", str(tmp_path / "report")]) == 0
    folder = tmp_path / "report"
    summary = (folder / "summary.md").read_text()
    assert summary.startswith("# Community C001")
    counts = gridgov.synth.community().level_counts()
    assert f"| red | {counts['red']:,} |" in summary
    assert (folder / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert gridgov.Community.load(folder / "community.json") == gridgov.synth.community()


def test_console_script_is_installed():
    out = subprocess.run([sys.executable, "-m", "gridgov.cli", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"gridgov {gridgov.__version__}"
