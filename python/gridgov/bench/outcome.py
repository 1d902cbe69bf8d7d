"""What a solver hands back to the benchmark, before the independent check."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["NotApplicable", "Outcome"]


@dataclass
class Outcome:
    """``solution``: routing ``(routes, vehicles)`` (client locations; vehicle indices) or a
    roster table (``staff``, ``day``, ``shift``); None when the solver found nothing.
    ``trace``: (seconds, objective in file units) at each new best, as the solver reports it
    (checked only through its final solution). ``status`` and ``bound``: what a solver with a
    proof says (CP-SAT, HiGHS); empty otherwise."""

    solution: Any
    trace: list[tuple[float, float]] = field(default_factory=list)
    status: str = ""
    bound: float | None = None


class NotApplicable(Exception):
    """A solver does not model this variant of the problem (e.g. VROOM and optional visits)."""
