"""The resident map as one HTML page: self-contained (nothing fetched), every building on it
with its tooltip, every id escaped, the same bytes for the same input."""

import re
import shutil
import subprocess
from html import escape
from html.parser import HTMLParser

import pytest

import gridgov
from gridgov import resident_map

EVIL_BUILDING = "B1\"'><script>alert(1)</script>&amp;<楼>"
EVIL_GRID = 'G"<1>'
EVIL_COMMUNITY = "c</title><b>"


class Page(HTMLParser):
    """What a browser would make of the page: its elements' attributes and its script."""

    def __init__(self, text: str):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)

    def tips(self, tag: str) -> list[str]:
        return [attrs["data-tip"] for t, attrs in self.elements if t == tag and "data-tip" in attrs]


@pytest.fixture
def evil(street):
    """The street with ids that try to break out of HTML attributes, text and script."""
    buildings = street.frame("buildings").assign(grid=EVIL_GRID)
    buildings.loc[buildings["id"] == "B1", "id"] = EVIL_BUILDING
    households = street.frame("households")
    households.loc[households["building"] == "B1", "building"] = EVIL_BUILDING
    grids = street.frame("grids").assign(id=EVIL_GRID)
    return street.replace(info=street.info.replace(id=EVIL_COMMUNITY), buildings=buildings, households=households,
                          grids=grids)


def test_the_page_fetches_nothing(door_knocking_plan):
    page = resident_map.to_html(door_knocking_plan.community, [door_knocking_plan])
    assert "http://" not in page and "https://" not in page
    parsed = Page(page)
    assert all("src" not in attrs and "href" not in attrs for _, attrs in parsed.elements)
    assert [tag for tag, _ in parsed.elements].count("script") == 1
    assert not {"link", "img", "iframe", "object", "embed"} & {tag for tag, _ in parsed.elements}
    assert "@import" not in page and "url(" not in page


def test_every_building_has_its_tooltip(door_knocking_plan):
    community = door_knocking_plan.community
    tips = Page(resident_map.to_html(community, [door_knocking_plan])).tips("rect")
    buildings = community.frame("buildings")
    households = community.frame("households")
    unreached = households.loc[~households["reached"]].groupby("building").size()
    assert len(tips) == len(buildings)
    for tip, (building, level) in zip(tips, zip(buildings["id"], buildings["level"])):
        lines = tip.split("\n")
        assert lines[0] == f"building {building}" and lines[1] == f"level {level}"
        assert lines[2].endswith(f", {unreached.get(building, 0)} unreached")


def test_the_panel_counts_levels_and_has_a_switch_per_layer(door_knocking_plan):
    community = door_knocking_plan.community
    page = resident_map.to_html(community, [door_knocking_plan])
    parsed = Page(page)
    layers = ["network", "grids", "routes", "posts", "unreached"]
    assert [a["data-layer"] for t, a in parsed.elements if t == "input"] == layers
    assert {a["data-layer"] for t, a in parsed.elements if t == "g" and "data-layer" in a} == set(layers)
    for level, households in community.level_counts().items():
        assert re.search(rf"</span>{level}</td><td>[\d,]+</td><td>{households:,}</td>", page)
    assert len(parsed.tips("polyline")) == door_knocking_plan.summary()["teams"]


def test_ids_are_escaped(evil):
    page = resident_map.to_html(evil, title=f"map of {EVIL_COMMUNITY}")
    for raw in (EVIL_BUILDING, EVIL_GRID, EVIL_COMMUNITY):
        assert raw not in page
    assert escape(EVIL_BUILDING) in page and escape(EVIL_GRID) in page
    assert page.count("<script") == 1 and page.count("</title>") == 1
    parsed = Page(page)
    assert parsed.tips("rect")[0].split("\n")[0] == f"building {EVIL_BUILDING}"
    assert parsed.tips("text")[0].split("\n")[0] == f"grid {EVIL_GRID}, worker V1"
    assert parsed.tips("polygon")[-1] == f"community office {EVIL_COMMUNITY}"


def test_the_same_input_gives_the_same_bytes(tmp_path, door_knocking_plan):
    community = door_knocking_plan.community
    first = resident_map.to_html(community, [door_knocking_plan], path=tmp_path / "map.html")
    second = resident_map.to_html(gridgov.synth.community(seed=1), [door_knocking_plan])
    assert first == second
    assert (tmp_path / "map.html").read_bytes() == first.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to parse the script")
def test_the_script_parses(tmp_path, street):
    script = tmp_path / "map.js"
    script.write_text(Page(resident_map.to_html(street)).scripts[0], encoding="utf-8")
    subprocess.run(["node", "--check", str(script)], check=True)
