"""
Vehicle routing: door-knocking rounds, evening revisits, deliveries (see gridgov.routing).
"""
from __future__ import annotations
import collections.abc
import gridgov._gridgov
import numpy
import numpy.typing
import os
import typing
__all__: list[str] = ['CommunityRound', 'Evaluation', 'Instance', 'MealBreak', 'Problem', 'Progress', 'Vehicle', 'Visit', 'check', 'read']
class Visit:
    """
    One visit at a location of the problem's matrices.
    """
    def __init__(self, *, location: int, service: int = 0, windows: list = [], demand: int = 0, prize: int = 0, required: bool = True, skills: collections.abc.Sequence[str] = [], vehicle: typing.Any = None, id: str = '') -> None:
        """
        A visit: its location (row of the matrices), service time, windows as (open, close) pairs (close None for no limit), demand, prize, whether required, skills it needs, the vehicle it is pinned to, and an id.
        """
    def __repr__(self) -> str:
        ...
    @property
    def demand(self) -> int:
        """
        Load carried to it (bags), counted against capacity per trip.
        """
    @property
    def id(self) -> str:
        """
        The caller's name for it (a building id, a client number).
        """
    @property
    def location(self) -> int:
        """
        Row and column of the distance and duration matrices.
        """
    @property
    def prize(self) -> int:
        """
        Gained when an optional visit is made (lost when skipped).
        """
    @property
    def required(self) -> bool:
        """
        Must be made; an optional visit is made when worth its prize.
        """
    @property
    def service(self) -> int:
        """
        Time spent there.
        """
    @property
    def skills(self) -> list[str]:
        """
        Tags the serving vehicle must all have ("en", "medical").
        """
    @property
    def vehicle(self) -> int | None:
        """
        Pinned: only this vehicle (index) may make it.
        """
    @property
    def windows(self) -> list:
        """
        When service may start; none = any time; several (disjoint) = any one.
        """
class MealBreak:
    """
    A meal break of a given length that must start inside a window, taken at a place.
    """
    def __init__(self, *, length: int, window: typing.Any, location: typing.Any = None) -> None:
        ...
    @property
    def length(self) -> int:
        ...
    @property
    def location(self) -> int | None:
        ...
    @property
    def window(self) -> tuple:
        ...
class Vehicle:
    """
    One vehicle (a volunteer or a team) and the rules of its route.
    """
    def __init__(self, *, start: int = 0, end: typing.Any = None, shift: typing.Any = None, max_duration: typing.Any = None, capacity: typing.Any = None, skills: collections.abc.Sequence[str] = [], fixed_cost: int = 0, distance_cost: int = 1, duration_cost: int = 0, meal_break: MealBreak | None = None, reload_location: typing.Any = None, max_reloads: int = 0, reload_service: int = 0, id: str = '') -> None:
        """
        A vehicle (a volunteer or a team): start and end locations (end defaults to start), shift as (open, close), maximum duration, capacity per trip, skills, fixed and unit costs, a MealBreak, a reload location with the number of reloads allowed and the time each takes, and an id. None means no limit.
        """
    def __repr__(self) -> str:
        ...
    @property
    def capacity(self) -> int:
        ...
    @property
    def end(self) -> int:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def max_reloads(self) -> int:
        ...
    @property
    def shift(self) -> tuple:
        ...
    @property
    def skills(self) -> list[str]:
        ...
    @property
    def start(self) -> int:
        ...
class Problem:
    """
    An immutable, checked routing problem.
    """
    def __init__(self, distance: numpy.typing.ArrayLike, duration: numpy.typing.ArrayLike | None = None, *, visits: collections.abc.Sequence[Visit], vehicles: collections.abc.Sequence[Vehicle]) -> None:
        """
        A problem from integer distance and duration matrices (duration defaults to distance), visits and vehicles. Bad input raises InputError naming the visit or vehicle and field.
        """
    def __repr__(self) -> str:
        ...
    @property
    def distance(self) -> typing.Annotated[numpy.typing.NDArray[numpy.int64], "[m, n]"]:
        ...
    @property
    def duration(self) -> typing.Annotated[numpy.typing.NDArray[numpy.int64], "[m, n]"]:
        ...
    @property
    def vehicles(self) -> list[Vehicle]:
        ...
    @property
    def visits(self) -> list[Visit]:
        ...
class Evaluation:
    """
    The checker's verdict: feasible when no rule is broken.
    """
    @property
    def feasible(self) -> bool:
        ...
    @property
    def objective(self) -> dict:
        """
        The objective and its parts (total, prizes_lost, fixed_costs, distance_costs, duration_costs, distance, duration).
        """
    @property
    def violations(self) -> list[str]:
        ...
class Progress:
    """
    What the solver reports while it runs.
    """
    def __repr__(self) -> str:
        ...
    @property
    def best(self) -> int:
        """
        Objective of the best feasible plan found (when feasible).
        """
    @property
    def feasible(self) -> bool:
        """
        Whether a feasible plan has been found.
        """
    @property
    def iteration(self) -> int:
        ...
    @property
    def seconds(self) -> float:
        ...
class Instance:
    """
    An instance: its problem, where its clients are numbered as in the file (visit i is client
    number visits()[i].id), and the scale of its integers.
    """
    def __repr__(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def problem(self) -> Problem:
        ...
    @property
    def scale(self) -> float:
        """
        Divide integer costs by it for the file's units.
        """
class CommunityRound:
    """
    A routing problem built from a community, and what its visits and vehicles stand for.
    Distances are whole metres and times whole seconds since midnight of the day.
    """
    def locations(self, community: gridgov._gridgov.Community) -> list:
        """
        For each location of the problem: the community place as a (kind, id) pair.
        """
    @property
    def problem(self) -> Problem:
        ...
    @property
    def vehicle_volunteers(self) -> list[list[int]]:
        """
        Volunteers of each vehicle.
        """
    @property
    def visit_households(self) -> list[list[int]]:
        """
        Households each visit covers.
        """
def _deliveries(community: gridgov._gridgov.Community, day: str, open: int, close: int, bags_per_trip: int, max_reloads: int, groups: typing.Any) -> CommunityRound:
    ...
def _door_knocking(community: gridgov._gridgov.Community, day: str, campaign_day: int, per_door: int, team_size: int, start_at_home: bool, groups: typing.Any, evening: bool) -> CommunityRound:
    ...
def _schedule(problem: Problem, evaluation: Evaluation) -> typing.Any:
    ...
def _sol_text(instance: Instance, routes: list, vehicles: typing.Any, cost: int) -> str:
    ...
def _solve(problem: Problem, time_limit: typing.SupportsFloat | typing.SupportsIndex, start: typing.SupportsFloat | typing.SupportsIndex, seed: int, max_iterations: int, max_no_improvement: int, initial: typing.Any, initial_vehicles: typing.Any, callback: typing.Any) -> dict:
    ...
def check(problem: Problem, routes: list, vehicles: typing.Any = None) -> Evaluation:
    """
    Checks routes (lists of visit indices, 'break' and 'reload'; route i is vehicle i unless `vehicles` says) against every rule and recomputes the objective, independently of the solver.
    
    Returns an Evaluation.
    """
def read(path: os.PathLike | str | bytes, round: str = 'round') -> Instance:
    """
    Reads a Solomon (.txt) or VRPLIB (.vrp) file; which one is told by its content. The depot is
    location 0 and every client a required visit; vehicles are as many as the file gives (Solomon,
    VRPLIB VEHICLES; 1 to 100,000), else ceil(1.3 x total demand / capacity) + 3 but at most one
    per client and three more; the depot's window is the vehicles' shift. Throws InputError naming
    the file, line and field on malformed input: a number beyond +-1e9, a node without
    coordinates, a DIMENSION given twice or larger than the file's number of lines.
    """
