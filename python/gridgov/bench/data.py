"""Where the benchmark instances live: a data folder given by the caller, or else
``../shared/benchmarks`` found from the current folder or from the repository."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["data_folder"]


def _candidates() -> list[Path]:
    """../shared/benchmarks next to the current folder or any folder above it, then next to the
    repository this package sits in (python/gridgov/bench -> the repository is three up)."""
    here = Path.cwd().resolve()
    repo = Path(__file__).resolve().parents[3]
    return [p.parent / "shared" / "benchmarks" for p in (here, *here.parents)] + [repo.parent / "shared" / "benchmarks"]


def data_folder(data: str | os.PathLike[str] | None = None) -> Path:
    """The benchmark data folder: ``data`` itself (which must exist), or the first
    ``../shared/benchmarks`` found. Raises ValueError naming the folders looked at."""
    if data is not None:
        folder = Path(data)
        if not folder.is_dir():
            raise ValueError(f"benchmark data folder {folder} does not exist (give the folder holding routing/ and rostering/)")
        return folder
    looked = _candidates()
    for folder in looked:
        if folder.is_dir():
            return folder
    raise ValueError(f"no benchmark data folder found (looked for {looked[0]} and {looked[-1]}); give one with data=/--data")
