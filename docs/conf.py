"""Sphinx configuration of the gridgov documentation: markdown pages (MyST) and the API reference
from the docstrings of the installed (or, in a checkout, the built) `gridgov` package.

Build: `./dev.sh docs`, or `sphinx-build -W --keep-going -b html docs build/docs/html`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

import gridgov  # noqa: E402

project = "gridgov"
author = "the gridgov authors"
copyright = "2026, the gridgov authors"
release = gridgov.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "compiled_docstrings",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 4

# The C++ header comments (the compiled module's docstrings) write code in single backticks.
default_role = "literal"

autodoc_member_order = "bysource"
autoclass_content = "both"  # a compiled class's constructor is documented on its __init__
autodoc_default_options = {"members": True}  # bases: see _ext/compiled_docstrings.py

html_theme = "furo"
html_title = f"gridgov {release}"
