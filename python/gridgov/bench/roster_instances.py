"""Rostering benchmark instances: Curtois-Qu files, read by each run where it runs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

__all__ = ["RosterInstance"]


@dataclass
class RosterInstance:
    """A Curtois-Qu instance file with its best-known objective (None: none known)."""

    set: str
    name: str
    path: Path
    reference: float | None = None
    kind: str = "roster"

    @cached_property
    def problem(self):
        """The file read as a :class:`gridgov.roster.Problem`."""
        from gridgov import roster

        return roster.read_curtois(self.path)
