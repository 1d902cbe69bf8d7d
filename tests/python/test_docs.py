"""The documents say what the code does, and cannot drift from it: docs/formats.md holds exactly
the column tables the schemas give, the API reference has a page for every public module, the
command's page describes every command and option, and compiled signatures read as the public API."""

import inspect
import re
import sys
from pathlib import Path

from gridgov.cli import main

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python" / "tools"))
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import compiled_docstrings  # noqa: E402
import format_tables  # noqa: E402


def test_format_tables_match_the_schemas():
    doc = (ROOT / "docs" / "formats.md").read_text()
    for kind in format_tables.KINDS:
        assert format_tables.table(kind) in doc, f"docs/formats.md: the {kind} table is out of date"


API = ROOT / "docs" / "api"


def test_every_public_module_has_an_api_page_in_the_reference():
    toctree = (API / "index.md").read_text()
    for module in (m.__name__ for m in compiled_docstrings.public_modules()):
        page = API / f"{module.removeprefix('gridgov.')}.md"
        assert page.exists(), f"docs/api/ has no page for {module}"
        assert f".. automodule:: {module}\n" in page.read_text(), f"{page.name} does not document {module}"
        assert f"\n{page.stem}\n" in toctree, f"docs/api/index.md does not list {page.name}"


def _help(argv, capsys):
    try:
        main(argv)
    except SystemExit:
        pass
    return capsys.readouterr().out


def test_the_command_page_names_every_command_and_option(capsys):
    doc = (ROOT / "docs" / "cli.md").read_text()
    commands = re.search(r"\{(\w+(?:,\w+)*)\}", _help(["--help"], capsys)).group(1).split(",")
    assert len(commands) >= 3
    sections = dict(re.findall(r"^## `gridgov (\w+)[^`]*`\n(.*?)(?=^## |\Z)", doc, re.S | re.M))
    for command in commands:
        assert command in sections, f"docs/cli.md has no section for gridgov {command}"
        options = set(re.findall(r"(?<![\w-])(--[a-z][\w-]*)", _help([command, "--help"], capsys))) - {"--help"}
        for option in options:
            assert f"`{option}" in sections[command], f"docs/cli.md: gridgov {command} {option} is not described"


def test_compiled_signatures_are_shown_by_their_public_names():
    """Every type a compiled signature names is exported under a public name (the docs show
    `gridgov.routing.Problem`, never the private module's name), and what pybind11 writes for
    numbers and arrays reads as `int`, `float` and the array type."""
    names = compiled_docstrings.public_names()
    assert names["gridgov._gridgov.routing.Problem"] == "gridgov.routing.Problem"
    shown = compiled_docstrings.public(
        '(self: gridgov._gridgov.routing.Problem, distance: typing.Annotated[numpy.typing.ArrayLike, numpy.int64, "[m, n]"], '
        "k: typing.SupportsInt | typing.SupportsIndex, x: typing.SupportsFloat | typing.SupportsIndex)", names)
    assert shown == "(self: gridgov.routing.Problem, distance: numpy.typing.ArrayLike, k: int, x: float)"

    signatures = 0
    for module in compiled_docstrings.public_modules():
        for name in module.__all__:
            obj = getattr(module, name)
            for member in [obj, *vars(obj).values()] if inspect.isclass(obj) else [obj]:
                doc = getattr(member, "__doc__", None)
                first = doc.split("\n", 1)[0] if isinstance(doc, str) else ""
                if re.match(r"\w+\(.*\)( -> .*)?$", first):
                    signatures += 1
                    public = compiled_docstrings.public(first, names)
                    assert "_gridgov" not in public and "typing.Supports" not in public, f"{module.__name__}.{name}: {public}"
    assert signatures > 100


def test_code_indented_after_a_colon_is_shown_as_code():
    lines = ["The default rules:", "", "    red if home_observation", "    green", "", "Then:", "text", "",
             "Already literal::", "", "    x"]
    compiled_docstrings.code_blocks_as_literal(lines)
    assert lines[0] == "The default rules::" and lines[5] == "Then:" and lines[8] == "Already literal::"
