"""gridgov: plans the work of community volunteers in an emergency.

The model (communities, buildings, households, volunteers, posts, stations, the walking
network) lives in compiled C++; this package re-exports it and adds DataFrames, plots, the
resident map as GeoJSON and offline HTML, and the ``gridgov`` command. Start with
``gridgov.synth.community()``.

Long solves show a progress bar in Jupyter or a terminal (``progress=`` turns it on or off) and
log to the ``gridgov`` logger; gridgov adds no handler of its own beyond a NullHandler, so
``logging.basicConfig(level=logging.INFO)`` shows the records.
"""

import logging as _logging

from ._gridgov import (
    Building,
    Community,
    CommunityInfo,
    District,
    Edge,
    Grid,
    Group,
    Household,
    InputError,
    Level,
    LevelRules,
    Node,
    Post,
    Station,
    Volunteer,
    WalkingNetwork,
    WeeklyWindows,
    __version__,
)
_logging.getLogger(__name__).addHandler(_logging.NullHandler())

from . import duty, duty_output, field, io, ledger, matching, plot, resident_map, roster, routing, synth, territory

__all__ = [
    "Building",
    "Community",
    "CommunityInfo",
    "District",
    "Edge",
    "Grid",
    "Group",
    "Household",
    "InputError",
    "Level",
    "LevelRules",
    "Node",
    "Post",
    "Station",
    "Volunteer",
    "WalkingNetwork",
    "WeeklyWindows",
    "__version__",
    "duty",
    "duty_output",
    "field",
    "io",
    "ledger",
    "matching",
    "plot",
    "resident_map",
    "roster",
    "routing",
    "synth",
    "territory",
]
