"""What the property tests share: hypothesis settings (derandomized, so CI sees the same cases on
every run) and random small synthetic communities. Not a conftest: the suite keeps one."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

import gridgov


def cases(n: int) -> settings:
    """Settings for a property checked on `n` generated cases, the same ones every run, with no
    deadline (solver runs vary with the machine's load; no test is timed)."""
    return settings(max_examples=n, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def communities(draw, *, campaign: bool = False) -> gridgov.Community:
    """A small synthetic community: 10-40 buildings, 1-3 households a building, 6-20 volunteers,
    1-3 posts; with `campaign`, also 0-5 days of door-knocking done and a share of 0-90 % of the
    households reached (else the generator's defaults)."""
    buildings = draw(st.integers(10, 40))
    extra = dict(day=draw(st.integers(0, 5)), reached=draw(st.sampled_from([0.0, 0.3, 0.6, 0.9]))) if campaign else {}
    return gridgov.synth.community(seed=draw(st.integers(0, 10**6)), buildings=buildings,
                                   households=draw(st.integers(buildings, 3 * buildings)),
                                   volunteers=draw(st.integers(6, 20)), posts=draw(st.integers(1, 3)), **extra)


weekdays = st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
