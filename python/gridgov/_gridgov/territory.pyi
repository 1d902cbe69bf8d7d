"""
Territories: grids of balanced workload (see gridgov.territory).
"""
from __future__ import annotations
import collections.abc
import gridgov._gridgov
import typing
__all__: list[str] = ['Territories', 'Territory', 'TerritoryCheck', 'building_adjacency', 'building_workloads', 'with_grids']
class Territory:
    """
    One grid of a split.
    """
    @property
    def buildings(self) -> list[int]:
        """
        Indices of its buildings, ascending.
        """
    @property
    def centre(self) -> int:
        """
        Its most central building: least total walk to the others.
        """
    @property
    def connected(self) -> bool:
        """
        Its buildings form one piece (see building_adjacency).
        """
    @property
    def farthest(self) -> int:
        """
        The longest walk from the centre to one of its buildings.
        """
    @property
    def households(self) -> int:
        """
        Households in its buildings.
        """
    @property
    def id(self) -> str:
        """
        "G1", "G2", ... ("G01" ... when there are ten or more).
        """
    @property
    def walking(self) -> int:
        """
        Total walk from the centre to each of its buildings.
        """
    @property
    def worker(self) -> int | None:
        """
        Volunteer index of its grid worker; none when nobody is left.
        """
    @property
    def workload(self) -> int:
        """
        Visits a week to its households.
        """
class Territories:
    """
    A split of a community's buildings into grids.
    """
    @property
    def grid_of_building(self) -> list[int]:
        """
        For each building, the index of its grid.
        """
    @property
    def grids(self) -> list[Territory]:
        ...
class TerritoryCheck:
    """
    The checker's verdict and figures.
    """
    @property
    def households(self) -> list[int]:
        """
        Households of each grid.
        """
    @property
    def max_over_min(self) -> float:
        """
        Largest workload over the smallest (infinite if one is 0).
        """
    @property
    def pieces(self) -> list[int]:
        """
        Each grid's connected pieces (1 when connected).
        """
    @property
    def valid(self) -> bool:
        """
        Every building in a grid, no grid empty or in pieces.
        """
    @property
    def variation(self) -> float:
        """
        Coefficient of variation of the workloads (std / mean).
        """
    @property
    def violations(self) -> list[str]:
        """
        Each names the building or grid and what is wrong.
        """
    @property
    def walking(self) -> list[int]:
        """
        Each grid's least total walk from one of its buildings to the others.
        """
    @property
    def workload(self) -> list[int]:
        """
        Visits a week to each grid's households.
        """
def _check(community: gridgov._gridgov.Community, grid_of_building: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], grids: int, visits: typing.Any = None) -> TerritoryCheck:
    ...
def _split(community: gridgov._gridgov.Community, grids: int, seed: int = 0, restarts: int = 8, max_passes: int = 100, tolerance: typing.SupportsFloat | typing.SupportsIndex = 0.05, visits: typing.Any = None, worker_groups: typing.Any = None, naive: bool = False) -> Territories:
    ...
def building_adjacency(community: gridgov._gridgov.Community) -> list[list[int]]:
    """
    For each building (in community order), the buildings adjacent to it, ascending. The graph
    is symmetric and, as every building lies on the office's part of the network, connected.
    """
def building_workloads(community: gridgov._gridgov.Community, visits: typing.Any = None) -> list[int]:
    """
    Visits a week to each building: the sum over its households. Throws InputError naming the
    field when a visit count is negative, or when every household gets zero visits. Visits are given by level name, as in split().
    """
def with_grids(community: gridgov._gridgov.Community, territories: Territories) -> gridgov._gridgov.Community:
    """
    The community with the split's grids (ids and workers) in place of its own, and each
    building's grid set. Throws InputError when the split has another number of buildings.
    """
