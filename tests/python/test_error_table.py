"""docs/errors.md shows exactly what each case of tests/python/error_cases.py gets, and every
case gets an error: bad input is never accepted silently, and no case crashes the interpreter
(each runs in this process)."""

from __future__ import annotations

from error_cases import CASES, PAGE, page, run_all


def test_every_bad_input_is_refused_as_the_page_says(tmp_path):
    outcomes = run_all(tmp_path)
    accepted = [case.given for case, got in zip(CASES, outcomes) if got == "accepted"]
    assert not accepted, f"accepted without complaint: {accepted}"
    assert all(got.split(":")[0] in {"InputError", "OSError", "TypeError"} for got in outcomes), outcomes
    assert PAGE.read_text() == page(outcomes), "docs/errors.md is stale: python tests/python/error_cases.py --write"
