"""
The ledger (see gridgov.ledger).
"""
from __future__ import annotations
import collections.abc
import gridgov._gridgov
import os
import pathlib
import typing
__all__: list[str] = ['Contact', 'HouseholdEntry', 'Ledger', 'LevelChange', 'PlanItem', 'Promise', 'StorageError', 'outcome_names', 'schema_version']
class StorageError(RuntimeError):
    """
    The storage failed: the disk is full or unreadable, or another writer held the file longer
    than the busy timeout. The message names the file and what was being done. Bad input is
    InputError instead.
    """
class Contact:
    """
    One contact attempt, as a field worker writes it down.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Contact]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Contact]) -> typing.Any:
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
    def replace(self, **kwargs) -> Contact:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def day(self) -> int:
        """
        Campaign day. Required.
        """
    @property
    def household(self) -> str:
        """
        Id of the household. Required.
        """
    @property
    def note(self) -> str:
        """
        Free text; never a name.
        """
    @property
    def outcome(self) -> str:
        """
        reached, not_home, refused, moved or lights_on. Required.
        """
    @property
    def time(self) -> str:
        """
        Clock time 'HH:MM' (or, as a number, seconds since midnight). Required.
        """
    @property
    def volunteers(self) -> list[str]:
        """
        Ids of the volunteers who made it, separated by ';'.
        """
class PlanItem:
    """
    One stop of a team's route, or one shift at a post, on one day.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[PlanItem]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[PlanItem]) -> typing.Any:
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
    def replace(self, **kwargs) -> PlanItem:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def day(self) -> int:
        """
        Campaign day. Required.
        """
    @property
    def end(self) -> str:
        """
        Planned end, 'HH:MM'. Required.
        """
    @property
    def kind(self) -> str:
        """
        door_knocking, evening, delivery or duty. Required.
        """
    @property
    def seq(self) -> int:
        """
        Position in the team's plan of that day and kind, from 0. Required.
        """
    @property
    def start(self) -> str:
        """
        Planned start, 'HH:MM'. Required.
        """
    @property
    def status(self) -> str:
        """
        planned (default), done or missed.
        """
    @property
    def target(self) -> str:
        """
        Id of the household, building, post or station. Required.
        """
    @property
    def team(self) -> str:
        """
        Id of the team (or volunteer) doing it. Required.
        """
class Promise:
    """
    A visit promised to a household ("come after 19:00 tomorrow"): replanning pins it.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[Promise]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[Promise]) -> typing.Any:
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
    def replace(self, **kwargs) -> Promise:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def day(self) -> int:
        """
        Campaign day of the visit. Required.
        """
    @property
    def household(self) -> str:
        """
        Id of the household. Required.
        """
    @property
    def note(self) -> str:
        """
        Free text; never a name.
        """
    @property
    def window(self) -> str:
        """
        When, 'HH:MM-HH:MM'. Required.
        """
class LevelChange:
    """
    A household's management level from a day on.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[LevelChange]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[LevelChange]) -> typing.Any:
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
    def replace(self, **kwargs) -> LevelChange:
        """
        A copy with the given columns changed.
        """
    def to_dict(self) -> dict:
        """
        The columns and values of this record (absent values left out).
        """
    @property
    def day(self) -> int:
        """
        First campaign day with this level. Required.
        """
    @property
    def household(self) -> str:
        """
        Id of the household. Required.
        """
    @property
    def level(self) -> str:
        """
        green, orange or red. Required.
        """
class HouseholdEntry:
    """
    A household's line in the ledger: its record as of now and where its case stands.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_frame(frame: typing.Any) -> list[HouseholdEntry]:
        """
        Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is ignored). Bad values raise InputError naming the row, the record and the column.
        """
    @staticmethod
    def to_frame(records: collections.abc.Sequence[HouseholdEntry]) -> typing.Any:
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
    def replace(self, **kwargs) -> HouseholdEntry:
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
    def level(self) -> str:
        """
        green, orange or red, by the community's rules.
        """
    @property
    def moved_on(self) -> int | None:
        """
        Day a contact found it moved (case closed); empty while open.
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
    def since(self) -> int:
        """
        First campaign day the ledger knows it.
        """
    @property
    def size(self) -> int:
        """
        People living in it (default 1).
        """
class Ledger:
    """
    A ledger file. Every method is one transaction; a Ledger may be shared between threads
    (calls take turns), and any number of Ledgers in any processes may open the same file.
    Errors in the input throw InputError naming the record and field, before anything is
    written; failures of the storage throw StorageError.
    """
    @staticmethod
    def create(path: os.PathLike | str | bytes, community: gridgov._gridgov.Community, day: int = 0) -> Ledger:
        """
        Makes a new ledger file for a community, starting on campaign `day` with its households'
        records as they are; ":memory:" makes one in memory. Refuses an existing file (or link),
        in the same step as making the file, and removes only a file it made and could not finish.
        """
    @staticmethod
    def open(path: os.PathLike | str | bytes) -> Ledger:
        """
        Opens a ledger file, migrating an older schema forward in one transaction. Refuses a
        missing file, a file that is not a ledger, and a newer schema version, naming the file
        and leaving it as it was (its journal mode too).
        """
    def close(self) -> None:
        """
        Closes the file now (waiting for a call under way), as destroying the Ledger would:
        everything recorded is kept, and the last connection to the file removes its -wal and
        -shm files. Closing again does nothing; any other call afterwards throws std::logic_error
        "the ledger '<path>' is closed".
        """
    def community(self) -> gridgov._gridgov.Community:
        """
        The community as of now: the stored scenario with every open household's current
        description and contact record (households whose case is closed are left out).
        """
    def contacts(self, day: int | None = None) -> list[Contact]:
        """
        The contacts recorded, in the order they were recorded; only those of one day if given.
        """
    def export_contacts_csv(self, path: os.PathLike | str | bytes) -> None:
        """
        Writes every contact to a CSV file (written beside it and renamed into place).
        """
    def export_households_csv(self, path: os.PathLike | str | bytes) -> None:
        """
        Writes every household to a CSV file: household columns, then level, since and moved_on.
        """
    def households(self) -> list[HouseholdEntry]:
        """
        Every household the ledger knows, closed cases too, in the community's order.
        """
    def import_contacts_csv(self, path: os.PathLike | str | bytes) -> None:
        """
        Records the contacts of a CSV file of their columns (docs/ledger.md), all or none; errors
        name the file, line and field.
        """
    def import_households_csv(self, path: os.PathLike | str | bytes, day: int) -> None:
        """
        Updates or adds the households of a CSV file of household columns from a day on (see
        update_households); the columns level, since and moved_on are ignored.
        """
    def level_history(self) -> list[LevelChange]:
        """
        Every change of level, by household (in the community's order) then day; each
        household's first row is its level on the day it entered the ledger.
        """
    def level_on(self, household: str, day: int) -> gridgov._gridgov.Level:
        """
        A household's level on a day (after that day's contacts); throws InputError for an
        unknown household or a day before it entered the ledger.
        """
    def mark_done(self, day: int, kind: str, team: str, seq: int, status: str = 'done') -> None:
        """
        Marks a plan item done (or missed, or planned again); InputError when there is none.
        """
    def plans(self, day: int | None = None) -> list[PlanItem]:
        """
        The plan items, by day, kind, team and seq; only those of one day if given.
        """
    def promise(self, promises: typing.Any) -> None:
        """
        Records visits promised to households.
        """
    def promises(self, day: int) -> list[Promise]:
        """
        The visits promised for a day, in the order they were promised.
        """
    def record(self, contacts: typing.Any) -> None:
        """
        Records contacts (a DataFrame of their columns, or a list of Contact) in one transaction; see the C++ Ledger::record. Bad input raises InputError naming the row or contact and the field; nothing is written.
        """
    def record_plan(self, items: typing.Any) -> None:
        """
        Records planned work. For each day and kind of work in the batch, every item of that day
        and kind still `planned`, of any team, is replaced by the batch's items of that day and
        kind (team ids change with availability, so a replanned day names other teams); items
        done or missed are kept, and a new item may not take the (day, kind, team, seq) of one.
        """
    def update_households(self, day: int, households: typing.Any) -> None:
        """
        Changes households' descriptions from a day on (building, size, flags, language), or adds
        new households; their contact records stay the ledger's, from the contacts. Levels and
        their history are recomputed.
        """
    @property
    def first_day(self) -> int:
        """
        The campaign day the ledger started on.
        """
    @property
    def path(self) -> pathlib.Path:
        """
        The file (":memory:" for a ledger in memory).
        """
    @property
    def schema_version(self) -> int:
        """
        The file's schema version (after opening, always `schema_version`).
        """
outcome_names: tuple = ('reached', 'not_home', 'refused', 'moved', 'lights_on')
schema_version: int = 2
