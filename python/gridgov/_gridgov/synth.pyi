"""
Synthetic hutong communities and districts (see gridgov.synth).
"""
from __future__ import annotations
import gridgov._gridgov
import typing
__all__: list[str] = ['community', 'district']
def community(*, seed: int = 0, id: str = 'C001', subdistrict: str = 'S01', district: str = 'D01', buildings: int = 600, households: int = 1336, volunteers: int = 60, posts: int = 8, home_observation: typing.SupportsFloat | typing.SupportsIndex = 0.03, returned_from_outside: typing.SupportsFloat | typing.SupportsIndex = 0.12, elderly_alone: typing.SupportsFloat | typing.SupportsIndex = 0.09, foreign_language: typing.SupportsFloat | typing.SupportsIndex = 0.025, day: int = 3, reached: typing.SupportsFloat | typing.SupportsIndex = 0.65, origin: tuple[typing.SupportsFloat | typing.SupportsIndex, typing.SupportsFloat | typing.SupportsIndex] = (116.405, 39.935)) -> gridgov._gridgov.Community:
    """
    Makes a checked community. Throws InputError naming the option when sizes or shares are
    impossible (fewer households than buildings, a share outside [0, 1], ...).
    
    What a synthetic community holds.
    """
def district(*, seed: int = 0, id: str = 'D01', communities: int = 180, households: int = 300000, subdistricts: int = 17, households_per_building: typing.SupportsFloat | typing.SupportsIndex = 2.2, households_per_volunteer: typing.SupportsFloat | typing.SupportsIndex = 22.0) -> gridgov._gridgov.District:
    """
    Makes a district of communities tiled side by side; each has its own seed, origin and
    subdistrict ("S01"...). Throws InputError naming the option when sizes are impossible.
    """
