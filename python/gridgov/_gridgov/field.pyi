"""
Field operations: the campaign simulation (see gridgov.field).
"""
from __future__ import annotations
import collections.abc
import gridgov._gridgov
import gridgov._gridgov.ledger
import typing
__all__: list[str] = ['SimulatedDay']
class SimulatedDay:
    """
    One simulated day.
    """
    @property
    def campaign_day(self) -> int:
        ...
    @property
    def feasible(self) -> bool:
        """
        Every round's plan passed the routing checker.
        """
    @property
    def lights_seen(self) -> int:
        """
        Households newly noted as home in the evening.
        """
    @property
    def reached(self) -> int:
        """
        Households reached for the first time.
        """
    @property
    def unreached(self) -> int:
        """
        Left unreached at the end of the day.
        """
    @property
    def visits(self) -> int:
        """
        Doors knocked at.
        """
    @property
    def volunteer_seconds(self) -> int:
        """
        Routes' durations times their team sizes, plus duties.
        """
    @property
    def walked(self) -> int:
        """
        Metres walked by all teams.
        """
    @property
    def weekday(self) -> str:
        ...
class _DayPlan:
    """
    A day's plan as the compiled core keeps it (see gridgov.field.DayPlan).
    """
def _plan_day(community: gridgov._gridgov.Community, day: str, campaign_day: int, name: str, evening_rounds: bool, watch_lights: bool, team_size: int, prizes: dict, promised: collections.abc.Sequence[tuple[str, str, str]], duty: bool, deliveries: bool, per_door: int, max_iterations: int, duty_iterations: int, seed: int) -> dict:
    """
    Plans the day. Door-knocking covers the unreached households (prizes grow with their level
    and the days since they were last tried) and every promised visit, each at the worth of
    policy.prizes.promised so it is made whenever a team is free then; the evening round takes
    the unreached households door-knocking leaves out and the promises it could not keep.
    Throws InputError naming the option or record that cannot be used.
    """
def _play_day(community: gridgov._gridgov.Community, plan: _DayPlan, chances: collections.abc.Sequence[typing.Annotated[collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], "FixedSize(24)"]], watch_lights: bool, seed: int, part: str) -> list[gridgov._gridgov.ledger.Contact]:
    """
    A planned day played out: door-knocking, then lit windows (with `watch_lights`), then the
    evening round, or one part of that. Deliveries and watch-post duty make no contact. The
    community gives the households' records before the part played.
    """
def _replan_evening(plan: _DayPlan, now: gridgov._gridgov.Community) -> dict:
    """
    Plans the evening round again once the day's doors have been knocked at: for the households
    of `now` (the community after the day's contacts) still unreached, on the volunteers' time the
    plan's duty, deliveries and door-knocking left, with the promised visits door-knocking did
    not keep. Replaces the plan's evening round (none without policy.evening_rounds) and updates
    promise_kept. This is what a community office does in the afternoon, and what the
    simulation does every day.
    """
def _simulate(community: gridgov._gridgov.Community, chances: collections.abc.Sequence[typing.Annotated[collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], "FixedSize(24)"]], name: str, evening_rounds: bool, watch_lights: bool, team_size: int, prizes: dict, days: int, seed: int, first_day: str, first_campaign_day: int, per_door: int, max_iterations: int, duty: bool, deliveries: bool, callback: typing.Any, ledger: gridgov._gridgov.ledger.Ledger) -> dict:
    ...
def _typical_home(community: gridgov._gridgov.Community, seed: int) -> list[typing.Annotated[list[float], "FixedSize(24)"]]:
    """
    A plausible pattern (assumptions, not survey figures; docs/simulation.md): households
    under home observation are in all day; elderly people living alone mostly so; of the
    others, drawn with `seed` (one keyed draw per household), 45 % work by day and are home in the evening, 35 % have someone
    home by day, 20 % are seldom in.
    """
