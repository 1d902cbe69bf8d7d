"""Instance sets by name (routing: solomon, x, doorknocking; roster: curtois), or any folder or
list of files of the right format, loaded into instances with their best-known values."""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .data import data_folder

__all__ = ["SETS", "InstanceSet", "load_instances"]

Catalogue = dict  # instance name -> a function that loads it


@dataclass(frozen=True)
class InstanceSet:
    """A named set: its kind (``routing`` or ``roster``), where it lives under the data folder
    (None: made on the spot) and how to list its instances."""

    name: str
    kind: str
    description: str
    folder: str | None
    catalogue: Callable[[Path | None], Catalogue]


def _references(path: Path, column: str) -> dict[str, float]:
    with open(path, newline="", encoding="utf-8") as f:
        return {row["instance"]: float(row[column]) for row in csv.DictReader(f)}


def _sol_cost(path: Path) -> float | None:
    """The ``Cost`` line of a CVRPLIB .sol file next to an instance, if there is one."""
    if not path.exists():
        return None
    found = re.search(r"^Cost\s+([-+0-9.eE]+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    return float(found.group(1)) if found else None


def _routing_files(files: Sequence[Path], set_name: str, references: dict[str, float] | None = None) -> Catalogue:
    from .routing_instances import read_instance

    def one(p: Path):
        ref = references.get(p.stem) if references is not None else _sol_cost(p.with_suffix(".sol"))
        return lambda: read_instance(p, set_name, ref)

    return {p.stem: one(p) for p in files}


def _roster_files(files: Sequence[Path], set_name: str, references: dict[str, float] | None = None) -> Catalogue:
    from .roster_instances import RosterInstance

    refs = references or {}
    return {p.stem: (lambda p=p: RosterInstance(set_name, p.stem, p, refs.get(p.stem))) for p in files}


def _solomon(folder: Path) -> Catalogue:
    return _routing_files(sorted(folder.glob("*.txt")), "solomon", _references(folder.parent / "solomon_bks.csv", "distance"))


def _x(folder: Path) -> Catalogue:
    return _routing_files(sorted(folder.glob("*.vrp")), "x", _references(folder / "x_bks.csv", "cost"))


def _doorknocking(_: Path | None) -> Catalogue:
    from .routing_instances import doorknocking_instance

    return {f"doorknocking-{seed}": (lambda seed=seed: doorknocking_instance(seed)) for seed in (1, 2, 3)}


def _curtois(folder: Path) -> Catalogue:
    files = sorted(folder.glob("Instance*.txt"), key=lambda p: int(p.stem.removeprefix("Instance")))
    return _roster_files(files, "curtois", _references(folder.parent / "curtois_best.csv", "best_known_ub"))


SETS = {s.name: s for s in [
    InstanceSet("solomon", "routing", "the 56 Solomon VRPTW instances, DIMACS convention (arcs truncated after one "
                "decimal); gaps to CVRPLIB's distance-only best known", "routing/solomon", _solomon),
    InstanceSet("x", "routing", "the CVRPLIB X subset, distances rounded to the nearest integer; gaps to CVRPLIB",
                "routing/cvrp_x", _x),
    InstanceSet("doorknocking", "routing", "three door-knocking days of gridgov.synth (600 buildings, 40 teams, "
                "optional stops with prizes); gaps to the best of the run", None, _doorknocking),
    InstanceSet("curtois", "roster", "the 24 Curtois-Qu shift scheduling instances; gaps to the best known upper bound",
                "rostering/curtois", _curtois),
]}


def _from_paths(kind: str, paths: Sequence[Path]) -> Catalogue:
    """Instances from files and folders: routing .txt (Solomon) and .vrp (VRPLIB) with an optional
    .sol beside each for the best known; roster .txt (Curtois-Qu) with no best known."""
    suffixes = (".txt", ".vrp") if kind == "routing" else (".txt",)
    files = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.iterdir() if f.suffix in suffixes)
        elif p.is_file():
            files.append(p)
        else:
            raise ValueError(f"instance file or folder {p} does not exist")
    if not files:
        raise ValueError(f"no {kind} instance files ({', '.join(suffixes)}) in {', '.join(map(str, paths))}")
    load = _routing_files if kind == "routing" else _roster_files
    catalogue: Catalogue = {}
    for f in files:
        catalogue.update(load([f], f.parent.name))
    return catalogue


def _catalogue(kind: str, which: str | os.PathLike[str] | Sequence[os.PathLike[str]], data) -> Catalogue:
    if isinstance(which, str) and which in SETS:
        chosen = SETS[which]
        if chosen.kind != kind:
            raise ValueError(f"instance set {which!r} is a {chosen.kind} set, not a {kind} set")
        if chosen.folder is None:
            return chosen.catalogue(None)
        folder = data_folder(data) / chosen.folder
        if not folder.is_dir():
            raise ValueError(f"instance set {which!r}: its folder {folder} does not exist (give the data folder)")
        return chosen.catalogue(folder)
    paths = [Path(which)] if isinstance(which, (str, os.PathLike)) else [Path(p) for p in which]
    if len(paths) == 1 and isinstance(which, str) and not paths[0].exists():
        known = ", ".join(n for n, s in SETS.items() if s.kind == kind)
        raise ValueError(f"unknown {kind} instance set {which!r}: give one of {known}, or a folder or file of instances")
    return _from_paths(kind, paths)


def load_instances(kind: str, which, *, data=None, names: Sequence[str | int] | None = None) -> list:
    """The instances of a set (a name of :data:`SETS`, a folder, a file or a list of files) of
    ``kind`` ``"routing"`` or ``"roster"``, all of them or only ``names`` (in that order; a
    Curtois-Qu instance also by its number). ``data`` is the data folder of the named sets
    (default: ``../shared/benchmarks``, see :func:`data_folder`)."""
    if kind not in ("routing", "roster"):
        raise ValueError(f"unknown benchmark kind {kind!r}: give 'routing' or 'roster'")
    catalogue = _catalogue(kind, which, data)
    if names is None:
        return [load() for load in catalogue.values()]
    chosen = []
    for name in names:
        key = str(name)
        if key not in catalogue and f"Instance{key}" in catalogue:
            key = f"Instance{key}"
        if key not in catalogue:
            listed = ", ".join(list(catalogue)[:8]) + (", ..." if len(catalogue) > 8 else "")
            raise ValueError(f"no instance {name!r} in set {which!s} (it has {listed})")
        chosen.append(catalogue[key]())
    return chosen
