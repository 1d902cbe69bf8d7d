"""A Sphinx extension that makes the signatures pybind11 writes for gridgov's compiled module read as
the public API: types by their public names (`gridgov.routing.Problem`, not
`gridgov._gridgov.routing.Problem`), integers and floats as `int` and `float` rather than the
protocols pybind11 accepts them through, array annotations as their array type, no `self`, and
a class's bases shown only when they say something (an exception's, an enum's): not pybind11's
own base class, not `object`.
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


def public_names() -> dict[str, str]:
    """Each compiled class's own qualified name -> the public name it is exported under."""
    modules = [gridgov] + [getattr(gridgov, n) for n in gridgov.__all__ if inspect.ismodule(getattr(gridgov, n))]
    names = {}
    for module in modules:
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


def setup(app):
    names = public_names()

    def on_signature(app, what, name, obj, options, signature, return_annotation):
        if signature is not None:
            signature = SELF.sub("(", public(signature, names))
        if return_annotation is not None:
            return_annotation = public(return_annotation, names)
        return signature, return_annotation

    def on_docstring(app, what, name, obj, options, lines):
        bases = [b for b in getattr(obj, "__bases__", ()) if b is not object and b.__name__ != "pybind11_object"]
        if what in ("class", "exception") and bases:
            shown = ", ".join(f":py:class:`{b.__qualname__ if b.__module__ == 'builtins' else f'{b.__module__}.{b.__qualname__}'}`"
                              for b in bases)
            lines[:0] = [f"Bases: {shown}", ""]

    app.connect("autodoc-process-signature", on_signature)
    app.connect("autodoc-process-docstring", on_docstring)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
