"""
Rostering: watch-post duty and shift scheduling (see gridgov.roster).
"""
from __future__ import annotations
import os
import typing
__all__: list[str] = ['Problem', 'Progress', 'ShiftType', 'Staff', 'read_curtois']
class ShiftType:
    """
    A kind of shift: its length, and which shift types may not be worked the day after it.
    """
    def __repr__(self) -> str:
        ...
    @property
    def cannot_follow(self) -> list[int]:
        """
        Shift types forbidden on the next day.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def minutes(self) -> int:
        """
        Length, counted against staff minute totals.
        """
    @property
    def start(self) -> typing.Any:
        """
        Minutes after midnight it starts; None if not given.
        """
class Staff:
    """
    Someone to roster and the hard rules of their contract; every bound is open by default.
    """
    def __repr__(self) -> str:
        ...
    @property
    def days_off(self) -> list[int]:
        """
        Days they must not work.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def max_consecutive_shifts(self) -> typing.Any:
        """
        None when unlimited.
        """
    @property
    def max_shifts(self) -> list[int]:
        """
        Per shift type, at most this many; 0 = may not work it; empty = no limit.
        """
    @property
    def max_total_minutes(self) -> typing.Any:
        """
        None when unlimited.
        """
    @property
    def max_weekends(self) -> typing.Any:
        """
        None when unlimited.
        """
    @property
    def min_consecutive_days_off(self) -> int:
        """
        A run of days off inside the horizon is at least this long.
        """
    @property
    def min_consecutive_shifts(self) -> int:
        """
        A run of worked days inside the horizon is at least this long ...
        """
    @property
    def min_rest_minutes(self) -> int:
        """
        From the end of one day's shift to the start of the next day's.
        """
    @property
    def min_total_minutes(self) -> int:
        """
        Worked minutes over the horizon, at least ...
        """
    @property
    def skills(self) -> list[str]:
        """
        Tags ("en", "medical") that cover rows may ask for.
        """
    @property
    def unavailable(self) -> list:
        """
        Times they cannot work: (day, start, end) in minutes after midnight, end excluded.
        """
class Problem:
    """
    A whole problem. Day 0 is a Monday: days 5 and 6 of each week are its weekend.
    """
    def __repr__(self) -> str:
        ...
    @property
    def cover(self) -> typing.Any:
        """
        Cover targets: day, shifts (the ids of the shift types counted), skill (None: everyone counts), requirement, weight_under, weight_over.
        """
    @property
    def days(self) -> int:
        ...
    @property
    def fairness_weight(self) -> int:
        """
        Cost per minute of the spread of worked minutes, max - min over all staff (those given no
        work included); 0 leaves fairness out of the objective.
        """
    @property
    def name(self) -> str:
        ...
    @property
    def off_requests(self) -> typing.Any:
        """
        Wishes not to work a shift: staff, day, shift, weight (the cost when worked).
        """
    @property
    def on_requests(self) -> typing.Any:
        """
        Wishes to work a shift: staff, day, shift, weight (the cost when not granted).
        """
    @property
    def pairs(self) -> list:
        """
        Staff who serve together, as pairs of ids: every day both work the same shift type or both are off.
        """
    @property
    def shifts(self) -> list[ShiftType]:
        ...
    @property
    def staff(self) -> list[Staff]:
        ...
class _Findings:
    """
    An evaluation's findings; gridgov.roster.Evaluation builds its tables from them when read.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: _Findings) -> bool:
        ...
    def __getstate__(self) -> tuple[list[str], list[str], list, list]:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def breakdown(self) -> typing.Any:
        ...
    def violations(self) -> typing.Any:
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
        Its objective.
        """
    @property
    def feasible(self) -> bool:
        """
        Whether the best roster so far breaks no hard rule.
        """
    @property
    def iteration(self) -> int:
        ...
    @property
    def seconds(self) -> float:
        ...
def _evaluate(problem: Problem, roster: typing.Any) -> dict:
    ...
def _solve(problem: Problem, time_limit: typing.SupportsFloat | typing.SupportsIndex, start: typing.SupportsFloat | typing.SupportsIndex, seed: int, max_iterations: int, initial: typing.Any, callback: typing.Any) -> dict:
    ...
def read_curtois(path: os.PathLike | str | bytes) -> Problem:
    """
    Reads an instance file; ids stay as in the file (staff "A", shift "D"), days count from 0.
    Throws InputError naming the file, line and field on malformed input.
    """
