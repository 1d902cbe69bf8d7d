"""
Volunteers matched to needs by skill (see gridgov.matching).
"""
from __future__ import annotations
import collections.abc
import gridgov._gridgov
import numpy.typing
import typing
__all__: list[str] = list()
def _match(supply_ids: collections.abc.Sequence[str], capacities: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], supply_skills: collections.abc.Sequence[collections.abc.Sequence[str]], demand_ids: collections.abc.Sequence[str], demand_skills: collections.abc.Sequence[str], units: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], cost: numpy.typing.ArrayLike) -> dict:
    ...
def _match_skills(community: gridgov._gridgov.Community, skills: collections.abc.Sequence[str] = [], households: bool = True, posts: bool = True, unreached_only: bool = False, per_volunteer: int = 6, groups: typing.Any = None) -> dict:
    ...
