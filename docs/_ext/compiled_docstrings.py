"""A Sphinx extension that makes the docstrings of gridgov's compiled module (pybind11 signatures,
C++ header comments) read as the public API does:

- signatures name types by their public names (`gridgov.routing.Problem`, not
  `gridgov._gridgov.routing.Problem`), integers and floats as `int` and `float` rather than the
  protocols pybind11 accepts them through, arrays by their array type, and leave out `self`;
- a class's bases are shown only when they say something (an exception's, an enum's), never
  pybind11's own base class or `object`;
- code that the header comments indent after a colon, as markdown does, is shown as code.
"""

from __future__ import annotations

import inspect
import re

import gridgov

NUMBERS = {
    "typing.SupportsInt | typing.SupportsIndex": "int",
    "typing.SupportsFloat | typing.SupportsIndex": "float",
}
PRIVATE = re.compile(r"gridgov\._gridgov(?:\.\w+)+")
SELF = re.compile(r"^\(self(?::[^,()]*)?(?:, |(?=\)))")


def public_modules() -> list:
    """gridgov and the modules it exports."""
    return [gridgov] + [getattr(gridgov, n) for n in gridgov.__all__ if inspect.ismodule(getattr(gridgov, n))]


def public_names() -> dict[str, str]:
    """Each compiled class's own qualified name -> the public name it is exported under."""
    names = {}
    for module in public_modules():
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isclass(obj) and obj.__module__.startswith("gridgov._gridgov"):
                names.setdefault(f"{obj.__module__}.{obj.__qualname__}", f"{module.__name__}.{name}")
    return names


def strip_annotated(text: str) -> str:
    """`typing.Annotated[T, ...]` -> `T` (pybind11's Eigen arrays carry dtype and shape there)."""
    start = text.find("typing.Annotated[")
    while start >= 0:
        depth, quote, i = 0, "", start + len("typing.Annotated")
        first_comma = end = -1
        for i in range(i, len(text)):
            c = text[i]
            if quote:
                quote = "" if c == quote else quote
            elif c in "\"'":
                quote = c
            elif c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
                if depth == 0:
                    end = i
                    break
            elif c == "," and depth == 1 and first_comma < 0:
                first_comma = i
        if end < 0 or first_comma < 0:
            raise ValueError(f"pybind11 signature: unbalanced typing.Annotated in {text!r}")
        inner = text[start + len("typing.Annotated["):first_comma]
        text = text[:start] + inner + text[end + 1:]
        start = text.find("typing.Annotated[")
    return text


def public(text: str, names: dict[str, str]) -> str:
    """A pybind11 signature or annotation written with public names."""
    for accepted, shown in NUMBERS.items():
        text = text.replace(accepted, shown)
    text = strip_annotated(text)
    return PRIVATE.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def code_blocks_as_literal(lines: list[str]) -> None:
    """The header comments write code as markdown does: an indented block after a paragraph
    ending in ':'. reStructuredText reads that as a quotation unless the colon is doubled."""
    for i in range(2, len(lines)):
        intro = lines[i - 2]
        if (lines[i].startswith("    ") and not lines[i - 1].strip() and intro[:1].strip()
                and intro.endswith(":") and not intro.endswith("::") and not intro.startswith("..")):
            lines[i - 2] = intro + ":"


def setup(app):
    names = public_names()

    def on_signature(app, what, name, obj, options, signature, return_annotation):
        if signature is not None:
            signature = SELF.sub("(", public(signature, names))
        if return_annotation is not None:
            return_annotation = public(return_annotation, names)
        return signature, return_annotation

    def on_docstring(app, what, name, obj, options, lines):
        code_blocks_as_literal(lines)
        bases = [b for b in getattr(obj, "__bases__", ()) if b is not object and b.__name__ != "pybind11_object"]
        if what in ("class", "exception") and bases:
            shown = ", ".join(f":py:class:`{b.__qualname__ if b.__module__ == 'builtins' else f'{b.__module__}.{b.__qualname__}'}`"
                              for b in bases)
            lines[:0] = [f"Bases: {shown}", ""]

    app.connect("autodoc-process-signature", on_signature)
    app.connect("autodoc-process-docstring", on_docstring)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
