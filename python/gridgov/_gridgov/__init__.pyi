"""
The compiled core of gridgov; use the gridgov package, which re-exports it.
"""
from __future__ import annotations
import collections.abc
import enum
from gridgov import InputError
import numpy
import numpy.typing
import os
import typing
from . import io
from . import synth
from . import routing
from . import roster
from . import duty
from . import ledger
from . import field
from . import territory
from . import matching
__all__: list[str] = ['Building', 'Community', 'CommunityInfo', 'District', 'Edge', 'Grid', 'Group', 'Household', 'InputError', 'Level', 'LevelRules', 'Node', 'Post', 'Station', 'Volunteer', 'WalkingNetwork', 'WeeklyWindows', 'duty', 'field', 'io', 'ledger', 'matching', 'roster', 'routing', 'synth', 'territory']
class WeeklyWindows:
    """
    For each day of the week, sorted non-overlapping windows.
    
    Text form (used in CSV, DataFrames and scenario files), entries separated by ";":
    `mon-fri 19:00-21:00; sat,sun 09:00-12:00,14:00-18:00`, or `daily 08:00-17:00`.
    `WeeklyWindows::parse(text).text()` is canonical: days with equal windows grouped.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: WeeklyWindows) -> bool:
        ...
    def __init__(self, text: str = '') -> None:
        """
        Parses the text form; throws InputError naming record and field on malformed text,
        unknown days, windows out of the day or overlapping windows.
        """
    def __repr__(self) -> str:
        ...
    def on(self, day: str) -> list[str]:
        """
        The windows of one day ('mon' ... 'sun') as 'HH:MM-HH:MM' texts.
        """
    @property
    def text(self) -> str:
        """
        The canonical text form.
        """
    @property
    def total_hours(self) -> float:
        """
        Total free time over the week, in hours.
        """
class Node:
    """
    A junction, bend or dead end of the network.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Node]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Node]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def replace(self, **kwargs) -> Node:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def id(self) -> int:
        """
        Stable integer id (an OpenStreetMap node id, say). Required.
        """
    @property
    def x(self) -> float:
        """
        Metres east of the local origin. Required.
        """
    @property
    def y(self) -> float:
        """
        Metres north of the local origin. Required.
        """
class Edge:
    """
    A walkable segment between two nodes, usable both ways.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Edge]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Edge]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def replace(self, **kwargs) -> Edge:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def length(self) -> float | None:
        """
        Metres; when empty, the straight line between the nodes.
        """
    @property
    def source(self) -> int:
        """
        Id of one end node. Required.
        """
    @property
    def target(self) -> int:
        """
        Id of the other end node. Required.
        """
class WalkingNetwork:
    """
    An immutable walking network. Copies share the same graph, so passing it by value is cheap
    and it is safe to read from many threads at once.
    
    Lengths are kept as whole millimetres inside, so shortest paths are summed exactly and
    rounded once, to metres and seconds, when a travel matrix is made.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_arrays(node_ids: typing.Any, xy: typing.Any, edges: typing.Any, lengths: typing.Any = None, origin: typing.Any = None) -> WalkingNetwork:
        """
        Build from arrays: node ids (n), coordinates (n, 2) in metres, edges (m, 2) as pairs of node ids, and optional lengths (m) in metres (default: straight lines).
        """
    def __eq__(self, arg0: WalkingNetwork) -> bool:
        ...
    def __getstate__(self) -> tuple[list[Node], list[Edge], typing.Any]:
        ...
    def __init__(self, nodes: typing.Any, edges: typing.Any, origin: typing.Any = None) -> None:
        """
        Build from nodes and edges: lists of Node and Edge, or DataFrames with their columns (nodes: id, x, y; edges: from, to, length). `origin` is (longitude, latitude) of local (0, 0) when known. Bad records raise InputError naming the node or edge: duplicate ids, edges to unknown nodes or to themselves, negative lengths.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def frame(self, kind: str) -> typing.Any:
        """
        The nodes or the edges as a pandas DataFrame ('nodes' or 'edges').
        """
    def path_lengths(self, origins: typing.Any, destinations: typing.Any = None, threads: int = 0) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        """
        Shortest walking lengths in metres (millimetre precision) between network nodes given by
        id; +infinity where no path exists. `threads` = 0 uses every core.
        """
    def snap(self, points: typing.Any) -> dict:
        """
        Where points ((n, 2) array of x, y in metres) meet the network: a dict of arrays edge, x, y (the snapped point), distance (metres from the point) and component.
        """
    def travel_matrices(self, origins: typing.Any, destinations: typing.Any = None, speed: typing.SupportsFloat | typing.SupportsIndex = 1.25, threads: int = 0) -> tuple:
        """
        Walking distance (whole metres) and time (whole seconds at `speed` m/s) between points ((n, 2) arrays of x, y in metres), each snapped to its nearest walkway: a pair of int64 arrays. Destinations default to the origins.
        """
    @property
    def component_count(self) -> int:
        """
        Number of connected parts of the network.
        """
    @property
    def components(self) -> numpy.typing.NDArray[numpy.int32]:
        """
        For each node (in nodes() order) the part it lies in; parts are numbered by decreasing
        size, so part 0 is the largest.
        """
    @property
    def edge_count(self) -> int:
        ...
    @property
    def edges(self) -> list[Edge]:
        """
        Edges in the order given, every length filled in.
        """
    @property
    def node_count(self) -> int:
        ...
    @property
    def nodes(self) -> list[Node]:
        """
        Nodes in the order given.
        """
    @property
    def origin(self) -> typing.Any:
        """
        (longitude, latitude) of local (0, 0), or None.
        """
    @property
    def total_length(self) -> float:
        """
        Total length of all edges in metres.
        """
class Level(enum.IntEnum):
    """
    How closely a household must be watched, from least to most.
    """
    green: typing.ClassVar[Level]
    orange: typing.ClassVar[Level]
    red: typing.ClassVar[Level]
    @classmethod
    def __new__(cls, value):
        ...
    def __format__(self, format_spec):
        ...
class Group(enum.Enum):
    """
    Who the volunteer is in the field (DOMAIN.md): each group has its own time patterns.
    """
    foreign_resident: typing.ClassVar[Group]
    librarian: typing.ClassVar[Group]
    official: typing.ClassVar[Group]
    party_member: typing.ClassVar[Group]
    resident: typing.ClassVar[Group]
    social_worker: typing.ClassVar[Group]
    steward: typing.ClassVar[Group]
    student: typing.ClassVar[Group]
    @classmethod
    def __new__(cls, value):
        ...
class CommunityInfo:
    """
    Where a community sits and how its places meet the network.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[CommunityInfo]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[CommunityInfo]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def replace(self, **kwargs) -> CommunityInfo:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def district(self) -> str:
        """
        Id of its district.
        """
    @property
    def id(self) -> str:
        """
        Stable id of the community. Required.
        """
    @property
    def max_snap_distance(self) -> float:
        """
        Farthest a place may lie from the walking network, metres (default 150).
        """
    @property
    def office_x(self) -> float:
        """
        Office, metres east. Required.
        """
    @property
    def office_y(self) -> float:
        """
        Office, metres north. Required.
        """
    @property
    def subdistrict(self) -> str:
        """
        Id of its subdistrict (街道).
        """
    @property
    def walking_speed(self) -> float:
        """
        Metres per second (default 1.25).
        """
class Grid:
    """
    A grid (网格): a patch of the community owned by one grid worker.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Grid]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Grid]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def replace(self, **kwargs) -> Grid:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def id(self) -> str:
        """
        Stable id of the grid (网格). Required.
        """
    @property
    def worker(self) -> str:
        """
        Id of its grid worker (a volunteer); empty if none.
        """
class Building:
    """
    A building (or a courtyard house entered by one gate) where households live.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Building]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Building]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def replace(self, **kwargs) -> Building:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def floors(self) -> int:
        """
        Storeys (default 1).
        """
    @property
    def grid(self) -> str:
        """
        Id of its grid; empty if none.
        """
    @property
    def id(self) -> str:
        """
        Stable id of the building. Required.
        """
    @property
    def x(self) -> float:
        """
        Entrance, metres east of the local origin. Required.
        """
    @property
    def y(self) -> float:
        """
        Entrance, metres north of the local origin. Required.
        """
class Household:
    """
    One household of a building, with its flags and its contact record.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Household]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Household]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def replace(self, **kwargs) -> Household:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def attempts(self) -> int:
        """
        Visits so far (default 0).
        """
    @property
    def building(self) -> str:
        """
        Id of its building. Required.
        """
    @property
    def elderly_alone(self) -> bool:
        """
        An elderly person living alone (default false).
        """
    @property
    def home_observation(self) -> bool:
        """
        Under medical observation at home (default false).
        """
    @property
    def id(self) -> str:
        """
        Stable id of the household. Required.
        """
    @property
    def language(self) -> str:
        """
        Language a visitor must speak, e.g. 'en'; empty if none.
        """
    @property
    def last_attempt(self) -> int:
        """
        Campaign day of the last visit; -1 if never (default).
        """
    @property
    def needs_delivery(self) -> bool:
        """
        Needs groceries carried to the door (default false).
        """
    @property
    def reached(self) -> bool:
        """
        Someone has spoken with it (default false).
        """
    @property
    def returned_from_outside(self) -> bool:
        """
        Back from outside the city recently (default false).
        """
    @property
    def seen_evening(self) -> bool:
        """
        Lights seen on in the evening (default false).
        """
    @property
    def size(self) -> int:
        """
        People living in it (default 1).
        """
class Volunteer:
    """
    One volunteer.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Volunteer]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Volunteer]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def has_skill(self, skill: str) -> bool:
        """
        True when the volunteer has the skill tag.
        """
    def replace(self, **kwargs) -> Volunteer:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def availability(self) -> str:
        """
        Free times, e.g. 'mon-fri 19:00-21:00; sat,sun 09:00-17:00'; empty if never.
        """
    @property
    def group(self) -> str:
        """
        social_worker, official, party_member, resident, student, steward, foreign_resident or librarian. Required.
        """
    @property
    def home_x(self) -> float | None:
        """
        Home, metres east; empty if not given.
        """
    @property
    def home_y(self) -> float | None:
        """
        Home, metres north; empty if not given.
        """
    @property
    def id(self) -> str:
        """
        Stable id of the volunteer (never a name; no ';', which separates ids in lists). Required.
        """
    @property
    def max_hours_day(self) -> float:
        """
        Longest duty in a day, hours (default 8).
        """
    @property
    def max_hours_shift(self) -> float:
        """
        Longest unbroken duty, hours (default 8).
        """
    @property
    def max_hours_week(self) -> float:
        """
        Longest duty in a week, hours (default 40).
        """
    @property
    def min_hours_rest(self) -> float:
        """
        Shortest rest between duties, hours (default 0).
        """
    @property
    def skills(self) -> list[str]:
        """
        Skill tags separated by ';', e.g. 'en;medical'.
        """
    @property
    def ties(self) -> list[str]:
        """
        Ids of volunteers who serve together with this one, separated by ';'.
        """
class Post:
    """
    A watch post (守望岗) at a compound or hutong gate, staffed every day while open.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Post]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Post]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def replace(self, **kwargs) -> Post:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def hours(self) -> str:
        """
        Daily opening, 'HH:MM-HH:MM' (default 07:00-22:00).
        """
    @property
    def id(self) -> str:
        """
        Stable id of the post, e.g. its gate's address. Required.
        """
    @property
    def skills(self) -> list[str]:
        """
        Skills someone on duty must have, separated by ';'.
        """
    @property
    def staff(self) -> int:
        """
        People on duty at once (default 2).
        """
    @property
    def x(self) -> float:
        """
        Metres east. Required.
        """
    @property
    def y(self) -> float:
        """
        Metres north. Required.
        """
class Station:
    """
    A station (暖心驿站) that collects groceries and parcels and sends them out to households.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Station]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Station]) -> typing.Any:
        """
        A pandas DataFrame with one row per record and one column per attribute.
        """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> dict:
        ...
    def __init__(self, **kwargs) -> None:
        """
        Make one from keyword arguments named as the columns; see the attributes for each.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: dict) -> None:
        ...
    def replace(self, **kwargs) -> Station:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def hours(self) -> str:
        """
        Daily opening, 'HH:MM-HH:MM' (default 08:00-20:00).
        """
    @property
    def id(self) -> str:
        """
        Stable id of the station. Required.
        """
    @property
    def x(self) -> float:
        """
        Metres east. Required.
        """
    @property
    def y(self) -> float:
        """
        Metres north. Required.
        """
class LevelRules:
    """
    Ordered rules giving each household a level; the first rule that holds decides.
    
    A rule is text: `LEVEL if CONDITION`, or just `LEVEL` for the closing catch-all, which the
    last rule must be so every household gets a level. A condition combines, with `and`, `or`,
    `not` and parentheses, the flags `home_observation`, `returned_from_outside`,
    `elderly_alone`, `foreign_language`, `needs_delivery`, `reached`, `seen_evening` and
    comparisons of `size` or `attempts` with an integer (`<`, `<=`, `==`, `!=`, `>=`, `>`):
    
        red if home_observation
        orange if returned_from_outside or (not reached and attempts >= 3)
        green
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def parse(rules: collections.abc.Sequence[str]) -> LevelRules:
        """
        Parses rules; throws InputError naming the rule (by number, from 1) and what is wrong.
        """
    def __eq__(self, arg0: LevelRules) -> bool:
        ...
    def __init__(self, rules: typing.Any = None) -> None:
        """
        The default rules, or rules parsed from a list of texts.
        
        See LevelRules.parse.
        """
    def __repr__(self) -> str:
        ...
    def level(self, household: Household) -> Level:
        """
        The level of a household.
        """
    @property
    def text(self) -> list[str]:
        """
        The rules as text, one per rule, with single spaces between words.
        """
class Community:
    """
    An immutable, checked community. Making one checks every record and reference and snaps
    every place onto the walking network; bad input throws InputError naming the record and
    field. To change a community, change its parts() and make a new one. Copies share the same
    state, so passing a Community by value is cheap.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_json(text: str) -> Community:
        """
        Parses a scenario from JSON text. `source` names it in messages. Throws InputError naming
        the record and field for malformed JSON, a wrong format name or version, unknown keys,
        and every error a Community reports.
        """
    @staticmethod
    def load(path: os.PathLike | str | bytes) -> Community:
        """
        Reads a scenario file.
        """
    def __eq__(self, arg0: Community) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, info: typing.Any, network: WalkingNetwork, **kwargs) -> None:
        """
        Make a community from its info (a CommunityInfo or a dict of its columns), its walking network and, by keyword, its level_rules, grids, buildings, households, volunteers, posts and stations (lists of records or DataFrames of their columns). Everything is checked and every place snapped onto the network; bad input raises InputError naming the record and field.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def building_levels(self) -> list[Level]:
        """
        Level of each building: the highest of its households' (green when it has none).
        """
    def frame(self, kind: str) -> typing.Any:
        """
        A pandas DataFrame of one kind of record: households and buildings come with their 'level'.
        """
    def level_counts(self) -> dict:
        """
        Households per management level: {'red': n, 'orange': n, 'green': n}.
        """
    def replace(self, **kwargs) -> Community:
        """
        A new community with some parts replaced (info, network, level_rules, grids, buildings, households, volunteers, posts, stations), checked like a new one.
        """
    def save(self, path: os.PathLike | str | bytes) -> None:
        """
        Writes a scenario file atomically (an existing file is replaced only when complete).
        """
    def to_json(self) -> str:
        """
        The scenario as JSON text: keys in a fixed order, one record per line.
        """
    def travel_matrices(self, origins: typing.Any = 'office', destinations: typing.Any = None, threads: int = 0) -> typing.Any:
        """
        Walking distances (whole metres) and times (whole seconds at the community's walking speed) between places. Origins and destinations are a kind ('office', 'buildings', 'posts', 'stations', 'homes') or a list of (kind, id) pairs such as [('building', 'B0001'), ('post', 'P01')]; destinations default to the origins. Returns an object with distance and duration (int64 arrays) and the origins and destinations as (kind, id) pairs.
        """
    def walk(self, origin: typing.Any, destination: typing.Any) -> numpy.typing.NDArray[numpy.float64]:
        """
        The shortest walk between two places, each a (kind, id) pair such as ('building', 'B0001') or ('office', ...), as an (n, 2) array of points from the first place to the second along the alleys.
        """
    @property
    def buildings(self) -> list[Building]:
        ...
    @property
    def grids(self) -> list[Grid]:
        ...
    @property
    def households(self) -> list[Household]:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def info(self) -> CommunityInfo:
        ...
    @property
    def level_rules(self) -> LevelRules:
        ...
    @property
    def levels(self) -> list[Level]:
        """
        Management level of each household (same order as households()).
        """
    @property
    def network(self) -> WalkingNetwork:
        ...
    @property
    def posts(self) -> list[Post]:
        ...
    @property
    def stations(self) -> list[Station]:
        ...
    @property
    def volunteers(self) -> list[Volunteer]:
        ...
class District:
    """
    A district (区) as a list of communities; each community names its subdistrict (街道).
    """
    def __init__(self, id: str, communities: collections.abc.Sequence[Community]) -> None:
        ...
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def communities(self) -> list[Community]:
        ...
    @property
    def household_count(self) -> int:
        """
        Total households over all communities.
        """
    @property
    def id(self) -> str:
        ...
def _now() -> float:
    """
    Seconds on the clock of time limits (monotonic, from an arbitrary origin): a solve's start.
    """
__version__: str = '0.1.0'
