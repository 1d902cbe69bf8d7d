"""
Watch-post duty as a rostering problem (see gridgov.duty).
"""
from __future__ import annotations
import collections.abc
import gridgov._gridgov
import gridgov._gridgov.roster
import typing
__all__: list[str] = ['DutyProblem']
class DutyProblem:
    """
    The problem (staff = the community's volunteers in order; shift types = blocks, ids like
    "P01 08:00-10:00"; cover rows per day, post and open hour: its staff, then one per skill)
    and what its shift types and cover rows mean.
    """
    def __repr__(self) -> str:
        ...
    @property
    def blocks(self) -> typing.Any:
        """
        The blocks offered: shift (its shift type's id), post (index into the community's posts), start and end (minutes after midnight, end excluded).
        """
    @property
    def problem(self) -> gridgov._gridgov.roster.Problem:
        """
        The rostering problem: staff are the volunteers, shift types the blocks.
        """
    @property
    def slots(self) -> typing.Any:
        """
        What each cover row of the problem is about, in the same order: post (index into the community's posts), day and start (minutes after midnight) of the hour.
        """
def _problem(community: gridgov._gridgov.Community, days: int, block_hours: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], under_weight: int, skill_weight: int, over_weight: int, fairness_weight: int) -> DutyProblem:
    ...
