"""Default counties, municipalities, participant roles and keyword vocabulary."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from dialogkarta.paths import RESOURCES


@dataclass(frozen=True)
class Municipality:
    name: str
    population: int | None = None


@dataclass(frozen=True)
class County:
    name: str
    municipalities: tuple[Municipality, ...]

    def population_of(self, municipality: str) -> int | None:
        """Return the municipality's population, if known."""
        for m in self.municipalities:
            if m.name == municipality:
                return m.population
        return None


def _load(name: str) -> dict:
    with open(RESOURCES / name, "rb") as handle:
        return tomllib.load(handle)


@cache
def counties() -> tuple[County, ...]:
    """Return the default counties with their municipalities."""
    return tuple(
        County(
            name=c["name"],
            municipalities=tuple(
                Municipality(name=m["name"], population=m.get("population"))
                for m in c.get("municipalities", ())
            ),
        )
        for c in _load("counties.toml").get("counties", ())
    )


@cache
def roles() -> tuple[str, ...]:
    """Return the default participant roles."""
    return tuple(_load("roles.toml").get("roles", ()))


@cache
def vocabulary() -> tuple[str, ...]:
    """Return the default keyword vocabulary."""
    return tuple(_load("vocabulary.toml").get("keywords", ()))


def population_of(municipality: str) -> int | None:
    """Return a municipality's population from the default data, if known."""
    for county in counties():
        population = county.population_of(municipality)
        if population is not None:
            return population
    return None
