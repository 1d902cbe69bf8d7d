"""The resident map as a PNG (gridgov.plot.community_map): grids outlined around their
buildings, unreached households marked by how many, today's routes, layers switched off."""

import io

import matplotlib
import numpy as np

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from gridgov import plot  # noqa: E402


def legend(fig) -> list[str]:
    return [t.get_text() for t in fig.axes[0].get_legend().get_texts()]


def test_the_map_draws_grids_unreached_households_and_routes(door_knocking_plan):
    community = door_knocking_plan.community
    fig = plot.community_map(community, plans=[door_knocking_plan])
    ax = fig.axes[0]
    assert len(ax.patches) == len(community.grids)
    assert sorted(t.get_text() for t in ax.texts) == sorted(g.id for g in community.grids)
    households = community.frame("households")
    unreached = households.loc[~households["reached"]].groupby("building").size()
    markers = ax.collections[4]  # after the network and the three levels' squares
    assert len(markers.get_offsets()) == len(unreached)
    np.testing.assert_array_equal(markers.get_sizes(), plot.UNREACHED_AREA * unreached.sort_index().to_numpy())
    teams = door_knocking_plan.summary()["teams"]
    assert len(ax.lines) == teams
    office = (community.info.office_x, community.info.office_y)
    for line in ax.lines:
        np.testing.assert_allclose(line.get_xydata()[[0, -1]], [office, office], atol=0.01)
    assert f"route ({teams} teams)" in legend(fig)
    assert f"unreached ({len(households) - int(households['reached'].sum()):,} households)" in legend(fig)
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=40)
    assert png.getvalue().startswith(b"\x89PNG") and len(png.getvalue()) > 10_000
    plt.close(fig)


def test_round_map_draws_the_plan_as_community_map_does(door_knocking_plan):
    community = door_knocking_plan.community
    by_plan = door_knocking_plan.map()
    by_map = plot.community_map(community, plans=[door_knocking_plan])
    assert len(by_plan.axes[0].lines) == len(by_map.axes[0].lines)
    for a, b in zip(by_plan.axes[0].lines, by_map.axes[0].lines):
        np.testing.assert_array_equal(a.get_xydata(), b.get_xydata())
    assert by_plan.axes[0].get_title() == f"Community {community.id}: {len(by_plan.axes[0].lines)} routes"
    plt.close("all")


def test_layers_can_be_switched_off(street):
    full = plot.community_map(street)
    assert len(full.axes[0].patches) == 1 and "grid (1)" in legend(full)
    bare = plot.community_map(street, network=False, grids=False, unreached=False, posts=False)
    ax = bare.axes[0]
    assert len(ax.patches) == len(ax.texts) == len(ax.lines) == 0
    assert len(ax.collections) == 4  # the three levels' squares and the office
    counts = street.level_counts()
    assert legend(bare) == [f"{k} ({counts[k]} households)" for k in ("red", "orange", "green")] + ["community office"]
    plt.close("all")
