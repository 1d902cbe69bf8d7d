"""Synthetic hutong communities and districts, deterministic per seed.

``community()`` makes the embedded default: about 600 buildings and 1,336 households on a
hutong plan, 60 volunteers of the groups in the field, 8 watch posts and one station.
``district()`` tiles many of them (about 300,000 households in 180 communities) for scale work.
"""

from ._gridgov.synth import community, district

__all__ = ["community", "district"]
