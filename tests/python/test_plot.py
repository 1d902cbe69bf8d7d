"""The resident map is a matplotlib figure with one coloured square per building."""

import matplotlib

matplotlib.use("Agg")

import gridgov  # noqa: E402


def test_map_colours_every_building_by_level(street):
    fig = gridgov.plot.community_map(street)
    ax = fig.axes[0]
    colours = {}
    for collection in ax.collections[1:4]:  # after the network lines: green, orange, red squares
        colours[tuple(collection.get_facecolor()[0][:3]) if len(collection.get_offsets()) else None] = len(collection.get_offsets())
    assert sum(colours.values()) == len(street.buildings)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "red (1 households)" in legend and "watch post (1)" in legend
