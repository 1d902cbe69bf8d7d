"""Progress bars and log records for long runs: one place decides when a bar is shown, which
kind (a widget in Jupyter when ipywidgets is there, text otherwise) and what a solve logs.

``progress=None`` everywhere means "when someone is watching": inside a Jupyter/IPython kernel
or with a terminal on stderr; True and False force it. Bars write to stderr, never stdout.
Logs go to the ``gridgov`` logger tree (``gridgov.routing``, ``gridgov.roster``,
``gridgov.field``), which has no handler of its own: configure :mod:`logging` to see them.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from typing import Any, Callable

__all__ = ["bar", "shown", "SolveMonitor"]


def _in_kernel() -> bool:
    """Whether this runs inside a Jupyter (ipykernel) kernel."""
    shell = sys.modules.get("IPython")
    get = getattr(shell, "get_ipython", None)
    return get is not None and get() is not None and "ipykernel" in sys.modules


def shown(progress: bool | None) -> bool:
    """Whether a bar is shown: as asked, or (None) in a kernel or a terminal."""
    if progress is not None:
        return bool(progress)
    return _in_kernel() or bool(getattr(sys.stderr, "isatty", lambda: False)())


class _Hidden:
    """The part of a tqdm bar that gridgov uses, drawing nothing: a hidden bar does not import
    tqdm (its first import takes tens of milliseconds, counted in a solve's time limit)."""

    def __init__(self, total: float | None):
        self.total, self.n = total, 0

    def __enter__(self) -> _Hidden:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def update(self, n: float = 1) -> None:
        self.n += n

    def set_postfix(self, *args: Any, **kwargs: Any) -> None:
        pass

    def close(self) -> None:
        pass


def bar(*, total: float | None, desc: str, unit: str, progress: bool | None, **options: Any):
    """A tqdm bar (a notebook widget in a kernel with ipywidgets), or a hidden one."""
    if not shown(progress):
        return _Hidden(total)
    if _in_kernel() and importlib.util.find_spec("ipywidgets") is not None:
        from tqdm.notebook import tqdm
    else:
        from tqdm import tqdm
    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, leave=True, dynamic_ncols=True, **options)


class SolveMonitor:
    """The callback a solver gets when a bar or log records are wanted: moves the bar to the
    time (or iteration) reached, shows the best objective, logs each new best at DEBUG, and
    passes the progress on to the user's own callback (whose answer stops the solve).

    Used as a context manager around the solve; ``finished`` completes the bar and logs the
    outcome at INFO. ``scale`` divides the solver's objective into the units the user reads
    (a benchmark file's, for instance)."""

    def __init__(self, log: logging.Logger, what: str, *, time_limit: float | None, max_iterations: int | None,
                 callback: Callable[[Any], bool] | None, progress: bool | None, scale: float = 1.0):
        self._log, self._what, self._callback, self._scale = log, what, callback, scale
        self._by_time = bool(time_limit)
        total = time_limit if self._by_time else (max_iterations or None)
        self._bar = bar(total=total, desc=what, unit="s" if self._by_time else "it", progress=progress,
                        bar_format="{l_bar}{bar}| {n:.1f}/{total:g} s{postfix}" if self._by_time else None)
        self._best: float | None = None

    def __enter__(self) -> SolveMonitor:
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.close()

    def _reach(self, seconds: float, iterations: int) -> None:
        reached = seconds if self._by_time else iterations
        if self._bar.total is not None:
            reached = min(reached, self._bar.total)
        self._bar.update(reached - self._bar.n)

    def __call__(self, p: Any) -> bool:
        self._reach(p.seconds, p.iteration)
        if p.feasible and (self._best is None or p.best < self._best):
            self._best = p.best
            self._bar.set_postfix(best=f"{p.best / self._scale:g}", refresh=False)
            self._log.debug("%s: best %g after %d iterations, %.2f s", self._what, p.best / self._scale, p.iteration,
                            p.seconds)
        return bool(self._callback(p)) if self._callback is not None else False

    def finished(self, objective: float, feasible: bool, iterations: int, seconds: float, stopped_by: str) -> None:
        """Moves the bar to where the solve ended and logs how it ended."""
        self._reach(seconds, iterations)
        if feasible:
            self._bar.set_postfix(best=f"{objective:g}", refresh=False)
        self._log.info("%s: %s %s after %d iterations, %.2f s (stopped by %s)", self._what,
                       "objective" if feasible else "infeasible, objective", objective, iterations, seconds, stopped_by)
