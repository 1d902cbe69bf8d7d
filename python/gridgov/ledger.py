"""The ledger (台账): every household, every contact attempt, plans as planned and as done, and
visits promised, in one SQLite file that survives crashes (``docs/ledger.md``).

Tables go in and come out as pandas DataFrames whose columns are the records' (the same as the
CSV files a field worker fills in)::

    with Ledger.create("street.ledger", community) as ledger:
        ledger.record(pd.DataFrame({"household": ["H1"], "day": [1], "time": ["19:30"],
                                    "volunteers": ["V1;V2"], "outcome": ["reached"]}))
        ledger.households()        # each household's record, level, since and moved_on
        ledger.level_on("H1", 1)   # Level.green

Every call is one transaction: all or nothing, and once it returns, kept. Bad input raises
:class:`gridgov.InputError` naming the row and the column before anything is written; a failing
disk raises :class:`StorageError`.
"""

from __future__ import annotations

import os
from typing import Any, Iterable

import pandas as pd

from ._gridgov import Community, Level
from ._gridgov.ledger import (Contact, HouseholdEntry, LevelChange, PlanItem, Promise, StorageError, outcome_names,
                              schema_version)
from ._gridgov.ledger import Ledger as _Ledger

__all__ = [
    "OUTCOMES",
    "Contact",
    "HouseholdEntry",
    "Ledger",
    "LevelChange",
    "PlanItem",
    "Promise",
    "StorageError",
    "schema_version",
]

#: What a contact attempt can find (docs/ledger.md says what each does to a household).
OUTCOMES: tuple[str, ...] = tuple(outcome_names)

Path = str | os.PathLike[str]
#: Records as a DataFrame of their columns, a dict of columns, a list of dicts or of records.
Records = pd.DataFrame | dict[str, Any] | Iterable[Any]


def _table(records: Records) -> Any:
    """A DataFrame for tables (so errors name their rows), a list for records."""
    if isinstance(records, pd.DataFrame):
        return records
    if isinstance(records, dict):
        return pd.DataFrame(records)
    items = list(records)
    if items and all(isinstance(item, dict) for item in items):
        return pd.DataFrame(items)
    return items


class Ledger:
    """A ledger file, open; also a context manager that closes it. Make one with
    :meth:`create` or :meth:`open`; ``":memory:"`` keeps a ledger in memory. Any number of
    ledgers, in any threads or processes, may open one file; one of them writes at a time."""

    def __init__(self, core: _Ledger) -> None:
        self._open: _Ledger | None = core

    @classmethod
    def create(cls, path: Path, community: Community, day: int = 0) -> Ledger:
        """A new ledger file for ``community``, starting on campaign ``day`` with its
        households' records as they are. Refuses an existing file."""
        return cls(_Ledger.create(os.fspath(path), community, day))

    @classmethod
    def open(cls, path: Path) -> Ledger:
        """Opens a ledger file, migrating an older schema forward; refuses a newer one."""
        return cls(_Ledger.open(os.fspath(path)))

    def close(self) -> None:
        """Closes the file now, even while other references to the compiled ledger live; the
        ledger cannot be used afterwards. Everything recorded is kept. Closing again does
        nothing."""
        if self._open is not None:
            self._open.close()
        self._open = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _core(self) -> _Ledger:
        if self._open is None:
            raise ValueError("the ledger is closed")
        return self._open

    @property
    def path(self) -> str:
        """The file (``":memory:"`` for a ledger in memory)."""
        return os.fspath(self._core.path)

    @property
    def schema_version(self) -> int:
        """The file's schema version (always :data:`schema_version` once opened)."""
        return self._core.schema_version

    @property
    def first_day(self) -> int:
        """The campaign day the ledger started on."""
        return self._core.first_day

    def community(self) -> Community:
        """The community as of now: every open household with its current record (households
        that moved away are left out)."""
        return self._core.community()

    def households(self) -> pd.DataFrame:
        """Every household the ledger knows: the household columns, then ``level``, ``since``
        (first day in the ledger) and ``moved_on`` (the day its case closed; missing if open)."""
        return HouseholdEntry.to_frame(self._core.households())

    def record(self, contacts: Records) -> None:
        """Records contact attempts, all or none: columns ``household``, ``day``, ``time``
        (``"19:30"``, or an integer of seconds since midnight; text such as ``"0930"`` is
        refused), ``volunteers`` (ids, ``"V1;V2"`` or a list),
        ``outcome`` (one of :data:`OUTCOMES`) and ``note``. Households' records, levels and
        level history are recomputed."""
        self._core.record(_table(contacts))

    def contacts(self, day: int | None = None) -> pd.DataFrame:
        """The contacts recorded, in recording order (only one day's if given)."""
        return Contact.to_frame(self._core.contacts(day))

    def update_households(self, day: int, households: Records) -> None:
        """Changes households' descriptions (building, size, flags, language) from ``day`` on,
        or adds new households; their contact records stay the ledger's. Takes a DataFrame such
        as :meth:`households` gives, edited, or a list of :class:`gridgov.Household`."""
        self._core.update_households(day, _table(households))

    def level_on(self, household: str, day: int) -> Level:
        """A household's management level on a day, after that day's contacts."""
        return self._core.level_on(household, day)

    def level_history(self) -> pd.DataFrame:
        """Every change of level: ``household``, ``day`` (first day with it), ``level``."""
        return LevelChange.to_frame(self._core.level_history())

    def record_plan(self, items: Records) -> None:
        """Records planned work (columns of :class:`PlanItem`). For each day and kind of work in
        ``items``, every item of that day and kind still ``planned`` (of any team) is replaced by
        the new ones; items done or missed are kept, and a new item may not take the day, kind,
        team and seq of one of them."""
        self._core.record_plan(_table(items))

    def plans(self, day: int | None = None) -> pd.DataFrame:
        """Plan items by day, kind, team and seq (only one day's if given)."""
        return PlanItem.to_frame(self._core.plans(day))

    def mark_done(self, day: int, kind: str, team: str, seq: int, status: str = "done") -> None:
        """Marks a plan item ``done`` (or ``missed``, or ``planned`` again)."""
        self._core.mark_done(day, kind, team, seq, status)

    def promise(self, promises: Records) -> None:
        """Records visits promised to households: ``household``, ``day``, ``window``
        (``"19:00-20:00"``) and ``note``."""
        self._core.promise(_table(promises))

    def promises(self, day: int) -> pd.DataFrame:
        """The visits promised for a day, in the order promised."""
        return Promise.to_frame(self._core.promises(day))

    def import_csv(self, path: Path) -> None:
        """Records the contacts of a CSV file (the columns of :meth:`record`), all or none;
        errors name the file, line and column."""
        self._core.import_contacts_csv(os.fspath(path))

    def export_csv(self, path: Path) -> None:
        """Writes every contact to a CSV file (written beside it, then renamed into place)."""
        self._core.export_contacts_csv(os.fspath(path))

    def import_households_csv(self, path: Path, day: int) -> None:
        """Updates or adds the households of a CSV file from ``day`` on (see
        :meth:`update_households`)."""
        self._core.import_households_csv(os.fspath(path), day)

    def export_households_csv(self, path: Path) -> None:
        """Writes every household to a CSV file, with the columns of :meth:`households`."""
        self._core.export_households_csv(os.fspath(path))

    def __repr__(self) -> str:
        if self._open is None:
            return "<Ledger (closed)>"
        return f"<Ledger {self.path!r}: first day {self.first_day}, schema version {self.schema_version}>"
