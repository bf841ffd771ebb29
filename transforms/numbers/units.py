"""Units: currencies (ISO 4217 codes), percentages and measurement units with canonical names.

Canonical measurement units are lower-case singular English names with British spelling
("metre", "kilogram", "mile", "hour", "degree celsius"), the vocabulary of quantulum3. Money is the
ISO code ("USD", "GBP", "EUR"); cents and pence are read as the sub-unit name ("cent", "penny"),
which ``subunits`` turns into the major unit at the end.
Percentages use "%" and "percentage point".
"""

from __future__ import annotations

from itertools import pairwise

from transforms.numbers.lexer import Lexeme, lex
from transforms.numbers.vocab_data import (
    CURRENCY_NAMES as CLDR_NAMES,
)
from transforms.numbers.vocab_data import (
    CURRENCY_SYMBOLS as CLDR_SYMBOLS,
)
from transforms.numbers.vocab_data import (
    UNIT_SURFACES,
    UNIT_SYMBOLS,
)

# ---------------------------------------------------------------------------------------------
# currencies
SYMBOLS = {
    "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₿": "BTC", "₡": "CRC",
    "₾": "GEL", "₭": "LAK", "元": "CNY", "₩": "KRW", "₽": "RUB", "₴": "UAH", "₺": "TRY",
    "₦": "NGN", "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB",
}  # fmt: skip
# letters written before "$" ("US$", "C$", "A$"); spaced only where the letters are no word
DOLLAR_PREFIXES = {
    "us": "USD", "u.s.": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "a": "AUD",
    "au": "AUD", "aud": "AUD", "nz": "NZD", "hk": "HKD", "s": "SGD", "sg": "SGD", "r": "BRL",
    "mx": "MXN", "mxn": "MXN", "nt": "TWD",
}  # fmt: skip
SPACED_DOLLAR_PREFIXES = frozenset({"us", "u.s.", "usd", "c", "cad", "aud", "nz", "hk", "mxn"})
ISO_CODES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "CHF",
        "CAD",
        "AUD",
        "NZD",
        "INR",
        "RUB",
        "UAH",
        "BTC",
        "HKD",
        "SEK",
        "NOK",
        "DKK",
        "KRW",
        "BRL",
        "MXN",
        "ZAR",
        "TRY",
        "PLN",
        "SGD",
        "TWD",
        "ILS",
        "NGN",
        "EGP",
        "SAR",
        "AED",
        "QAR",
        "KES",
        "IDR",
        "THB",
        "PHP",
        "VND",
        "PKR",
        "BDT",
        "LKR",
        "CZK",
        "HUF",
        "RON",
        "ETH",
    ]
)
ISO_ALIASES = {"RMB": "CNY", "NIS": "ILS", "YUAN": "CNY"}
LOWER_ISO_OK = frozenset({"usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "inr", "btc"})
# currency names after a number, and the adjectives that pick the country
CURRENCY_NAMES = {
    "dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "franc": "CHF", "peseta": "ESP", "guilder": "NLG", "lira": "TRY",
    "rouble": "RUB", "ruble": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "rand": "ZAR",
    "peso": "MXN", "reais": "BRL", "won": "KRW", "shekel": "ILS", "naira": "NGN",
    "bitcoin": "BTC", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dinar": "dinar", "dirham": "AED",
    "riyal": "SAR", "zloty": "PLN", "forint": "HUF", "deutschmark": "DEM", "mark": "DEM",
    "sol": "PEN", "lev": "BGN", "kuna": "HRK", "manat": "AZN", "tenge": "KZT", "lari": "GEL",
    "sterling": "GBP", "cent": "cent", "penny": "penny", "pence": "penny", "pound": "GBP",
    "sen": "sen",
}  # fmt: skip
# names that are also common words: money only with a magnitude, a nationality or "sterling"
AMBIGUOUS_NAMES = frozenset({"pound", "mark", "won", "sol", "lev", "real"})
_PLURALS = {"pennies": "penny", "lire": "lira", "euros": "euro"}
NATIONALITY = {
    ("us",): "USD", ("u.s.",): "USD", ("american",): "USD", ("canadian",): "CAD",
    ("australian",): "AUD", ("new", "zealand"): "NZD", ("hong", "kong"): "HKD",
    ("singapore",): "SGD", ("taiwan",): "TWD", ("chinese",): "CNY", ("japanese",): "JPY",
    ("indian",): "INR", ("pakistani",): "PKR", ("sri", "lankan"): "LKR", ("swiss",): "CHF",
    ("french",): "FRF", ("belgian",): "BEF", ("dutch",): "NLG", ("turkish",): "TRY",
    ("italian",): "ITL", ("mexican",): "MXN", ("russian",): "RUB", ("british",): "GBP",
    ("egyptian",): "EGP", ("south", "african"): "ZAR", ("swedish",): "SEK",
    ("norwegian",): "NOK", ("danish",): "DKK", ("brazilian",): "BRL", ("czech",): "CZK",
}  # fmt: skip
NATIONAL_NAMES = {  # currency name -> nationality adjective -> code where the name is shared
    "dollar": {"CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "USD"},
    "rupee": {"INR", "PKR", "LKR"},
    "franc": {"CHF", "FRF", "BEF"},
    "pound": {"GBP", "EGP"},
    "peso": {"MXN"},
}


def singular(word: str) -> str:
    """Crude singular of a unit or currency word ("dollars" -> "dollar", "inches" -> "inch")."""
    if word in _PLURALS:
        return _PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


# Wire-service abbreviations, read as the CLDR currency they stand for ("40 mln dlrs", "15 mln
# stg", "22 cts"); "lire" is the plural of the Italian lira only (the Turkish plural is "lira").
WIRE_NAMES = {
    "dlr": CLDR_NAMES["us dollar"], "dlrs": CLDR_NAMES["us dollars"],
    "stg": CLDR_NAMES["british pound"], "cts": "cent", "lire": CLDR_NAMES["italian liras"],
}  # fmt: skip


def currency_name(word: str) -> str | None:
    """ISO code (or sub-unit) of a currency word written after a number ("dollars" -> "USD")."""
    w = word.lower()
    return WIRE_NAMES.get(w) or CURRENCY_NAMES.get(w) or CURRENCY_NAMES.get(singular(w))


def iso_code(word: str) -> tuple[str, float] | None:
    """An ISO code as written ("USD", "usd", "RMB"), or a million-prefixed one ("MEUR" -> 1e6)."""
    up = word.upper()
    if word != up and word.lower() not in LOWER_ISO_OK:
        return None
    if up in ISO_CODES:
        return up, 1.0
    if up in ISO_ALIASES:
        return ISO_ALIASES[up], 1.0
    if len(word) == 4 and word[0] in "Mm" and up[1:] in ISO_CODES and word[1:].isupper():
        return up[1:], 1e6
    return None


# ---------------------------------------------------------------------------------------------
# measurement units: "kind|canonical|alias; alias; ..." ("=" marks a case-sensitive alias)
_SPEC = """
quantity|millimetre|mm; millimetre; millimetres; millimeter; millimeters
quantity|centimetre|cm; centimetre; centimetres; centimeter; centimeters
quantity|decimetre|dm; decimetre; decimetres; decimeter; decimeters
quantity|metre|=m; metre; metres; meter; meters; mtr
quantity|kilometre|km; kms; kilometre; kilometres; kilometer; kilometers; klicks
quantity|nanometre|nm; nanometre; nanometres; nanometer; nanometers
quantity|micrometre|µm; micron; microns; micrometre; micrometres; micrometer; micrometers
quantity|mile|mi; mile; miles
quantity|nautical mile|nautical mile; nautical miles; nmi
quantity|foot|ft; foot; feet
quantity|inch|inch; inches; ins; =″
quantity|yard|yd; yds; yard; yards
quantity|light year|light year; light years; light-year; light-years
quantity|square metre|sq m; square metre; square metres; square meter; square meters; m2; m²; sqm
quantity|square kilometre|sq km; square kilometre; square kilometres; square kilometer; square kilometers; km2; km²
quantity|square mile|sq mi; square mile; square miles
quantity|square foot|sq ft; square foot; square feet
quantity|acre|acre; acres
quantity|hectare|ha; hectare; hectares
quantity|millilitre|ml; millilitre; millilitres; milliliter; milliliters
quantity|litre|=l; =L; litre; litres; liter; liters; ltr
quantity|gallon|gal; gallon; gallons
quantity|pint|pint; pints
quantity|cup|cup; cups
quantity|tablespoon|tbsp; tablespoon; tablespoons
quantity|teaspoon|tsp; teaspoon; teaspoons
quantity|barrel|bbl; barrel; barrels
quantity|cubic metre|cubic metre; cubic metres; cubic meter; cubic meters; m3; m³
quantity|cubic centimetre|cc; cm3; cm³; cubic centimetre; cubic centimetres; cubic centimeter; cubic centimeters
quantity|milligram|mg; milligram; milligrams; milligramme; milligrammes
quantity|microgram|µg; mcg; microgram; micrograms; microgramme; microgrammes
quantity|gram|=g; gram; grams; gramme; grammes; gm
quantity|kilogram|kg; kgs; kilo; kilos; kilogram; kilograms; kilogramme; kilogrammes
quantity|tonne|tonne; tonnes; metric ton; metric tons; metric tonne; metric tonnes
quantity|ton|ton; tons; short ton; short tons
quantity|pound|lb; lbs; pound; pounds
quantity|ounce|oz; ounce; ounces; fluid ounce; fluid ounces
quantity|carat|carat; carats
quantity|degree celsius|°c; ° c; degree celsius; degrees celsius; degree centigrade; degrees centigrade; celsius; celcius; centigrade; degrees c; degree c; =C
quantity|degree fahrenheit|°f; ° f; degree fahrenheit; degrees fahrenheit; degree farenheit; degrees farenheit; fahrenheit; farenheit; degrees f; degree f; =F
quantity|kelvin|kelvin; kelvins; =K
quantity|degree|°; degree; degrees
quantity|mile per hour|mph; miles per hour; mile per hour; mi/h
quantity|mile per gallon|mpg; miles per gallon; mile per gallon
quantity|kilometre per hour|km/h; kph; kmh; km/hr; kilometres per hour; kilometers per hour; kilometre per hour; kilometer per hour
quantity|metre per second|m/s; metres per second; meters per second
quantity|knot|knot; knots
quantity|bit|=b; bit; bits
quantity|byte|=B; byte; bytes
quantity|kilobit|=kb; kbit; kilobit; kilobits
quantity|kilobyte|=KB; =kB; kilobyte; kilobytes
quantity|megabit|=Mb; =mb; mbit; megabit; megabits
quantity|megabyte|=MB; megabyte; megabytes
quantity|gigabit|=Gb; gbit; gigabit; gigabits
quantity|gigabyte|=GB; =gb; gigabyte; gigabytes
quantity|terabyte|=TB; =tb; terabyte; terabytes
quantity|petabyte|=PB; petabyte; petabytes
quantity|exabyte|=EB; exabyte; exabytes
quantity|kilobit per second|kbps; kb/s; kbit/s; kb per second; kilobits per second
quantity|megabit per second|mbps; mb/s; mbit/s; megabits per second
quantity|watt|=W; watt; watts
quantity|kilowatt|=kW; =KW; kilowatt; kilowatts
quantity|megawatt|=MW; megawatt; megawatts
quantity|gigawatt|=GW; gigawatt; gigawatts
quantity|kilowatt hour|=kWh; kilowatt hour; kilowatt hours; kilowatt-hour; kilowatt-hours
quantity|megawatt hour|=MWh; megawatt hour; megawatt hours
quantity|gigawatt hour|=GWh; gigawatt hour; gigawatt hours
quantity|terawatt hour|=TWh; terawatt hour; terawatt hours
quantity|electronvolt|=eV; electronvolt; electronvolts
quantity|teraelectronvolt|=TeV; teraelectronvolt; teraelectronvolts
quantity|hertz|=Hz; hertz
quantity|megahertz|=MHz; megahertz
quantity|gigahertz|=GHz; gigahertz
quantity|volt|=V; volt; volts
quantity|kilovolt|=kV; kilovolt; kilovolts
quantity|horsepower|hp; horsepower; bhp; brake horsepower
quantity|part per million|ppm; parts per million; part per million; parts-per-million
quantity|part per billion|ppb; parts per billion; part per billion; parts-per-billion
quantity|calorie|calorie; calories; kcal
quantity|joule|joule; joules
quantity|decibel|=dB; decibel; decibels
quantity|megaton|megaton; megatons; megatonne; megatonnes
quantity|kiloton|kiloton; kilotons; kilotonne; kilotonnes
duration|millisecond|ms; millisecond; milliseconds
duration|second|secs; seconds; sec
duration|minute|min; mins; minute; minutes
duration|hour|hr; hrs; hour; hours; =h
duration|day|day; days
duration|week|wk; wks; week; weeks
duration|fortnight|fortnight; fortnights
duration|month|mo; mos; mth; mths; month; months
duration|year|yr; yrs; year; years
duration|decade|decade; decades
duration|century|century; centuries
duration|millennium|millennium; millennia; millenniums
"""

UNITS: dict[tuple[str, ...], tuple[str, str]] = {}  # lower-case lexeme tuple -> (canonical, kind)
EXACT_UNITS: dict[tuple[str, ...], tuple[str, str]] = {}  # case-sensitive aliases
TIME_UNITS = frozenset(
    line.split("|")[1] for line in _SPEC.strip().splitlines() if line.startswith("duration")
)
for _line in _SPEC.strip().splitlines():
    _kind, _canon, _aliases = _line.split("|")
    for _alias in _aliases.split(";"):
        _alias = _alias.strip()
        exact = _alias.startswith("=")
        _alias = _alias.lstrip("=")
        if exact:
            EXACT_UNITS[tuple(lx.text for lx in lex(_alias))] = (_canon, _kind)
        else:
            UNITS[tuple(lx.low for lx in lex(_alias))] = (_canon, _kind)
for _alias, (_canon, _kind) in UNIT_SURFACES.items():  # quantulum3's units fill the gaps
    UNITS.setdefault(tuple(lx.low for lx in lex(_alias)), (_canon, _kind))
for _alias, (_canon, _kind) in UNIT_SYMBOLS.items():
    _key = tuple(lx.text for lx in lex(_alias))
    if tuple(x.lower() for x in _key) not in UNITS:
        EXACT_UNITS.setdefault(_key, (_canon, _kind))
for _table in (UNITS, EXACT_UNITS):  # the micro sign is also written as the Greek mu ("2 μm")
    for _key, _hit in list(_table.items()):
        if any("\u00b5" in part for part in _key):
            _table.setdefault(tuple(part.replace("\u00b5", "\u03bc") for part in _key), _hit)
# "second" as a singular unit only after a number ("one second"): kept out of the ordinal clash
UNITS[("second",)] = ("second", "duration")
_MAX_ALIAS = max(len(k) for k in (*UNITS, *EXACT_UNITS))

PERCENT = {
    ("%",): "%", ("percent",): "%", ("per", "cent"): "%", ("pct",): "%", ("percents",): "%",
    ("percentage",): "%", ("per", "cent."): "%", ("percentage", "point"): "percentage point",
    ("percentage", "points"): "percentage point", ("percent", "point"): "percentage point",
    ("percent", "points"): "percentage point", ("per", "cent", "point"): "percentage point",
    ("basis", "point"): "basis point", ("basis", "points"): "basis point",
    ("bps",): "basis point", ("bp",): "basis point",
}  # fmt: skip
GLUED_PERCENT = frozenset({"pc"})  # "5pc", "1.38pc": British newspaper style, glued only


def match_unit(lexemes: list[Lexeme], k: int) -> tuple[str, str, int] | None:
    """The longest measurement unit at ``k``: (canonical, kind, end index)."""
    n = len(lexemes)
    for size in range(min(_MAX_ALIAS, n - k), 0, -1):
        seg = lexemes[k : k + size]
        if any(b.start - a.end > 1 for a, b in pairwise(seg)):
            continue
        hit = EXACT_UNITS.get(tuple(lx.text for lx in seg)) or UNITS.get(
            tuple(lx.low for lx in seg)
        )
        if hit is not None:
            return hit[0], hit[1], k + size
    return None


def match_percent(lexemes: list[Lexeme], k: int) -> tuple[str, int] | None:
    """ "%", "per cent", "percentage points" at ``k``: (unit, end index)."""
    n = len(lexemes)
    if (
        k < n
        and lexemes[k].low in GLUED_PERCENT
        and k > 0
        and lexemes[k - 1].end == lexemes[k].start
    ) and (k + 1 >= n or lexemes[k + 1].start > lexemes[k].end or lexemes[k + 1].kind == "sym"):
        return "%", k + 1
    for size in (3, 2, 1):
        if k + size <= n:
            key = tuple(lx.low for lx in lexemes[k : k + size])
            if key in PERCENT:
                return PERCENT[key], k + size
    return None


# ASCII transliterations of currency signs (what unidecode writes for "£" and "¥")
TRANSLITERATED = {"PS": "GBP", "Y=": "JPY"}


def local_symbol(lexemes: list[Lexeme], i: int) -> tuple[str, int] | None:
    """A currency written before the digits it is glued to with a locale's own symbol (CLDR):
    "RM45", "Rp5,000", "zł20", "Kč300"; or a transliterated sign ("PS2.7m", "Y=590 billion").

    Symbols of capital letters only ("RM", "PS") also make codes and model names ("PS5"): they
    count as money only before a number with decimals, thousands separators or a magnitude, or
    before a rate ("RM45 a month")."""
    n = len(lexemes)
    lx = lexemes[i]
    j = i + 1
    text = lx.text
    if text == "Y" and j < n and lexemes[j].text == "=" and lexemes[j].start == lx.end:
        text, j = "Y=", j + 1
    if j >= n or lexemes[j].kind != "num" or lexemes[j].start != lexemes[j - 1].end:
        return None
    code = TRANSLITERATED.get(text) or CLDR_SYMBOLS.get(text)
    if code is None or (i > 0 and lexemes[i - 1].end == lx.start and lexemes[i - 1].kind != "sym"):
        return None
    if text.isupper() and text.isalpha():
        num = lexemes[j]
        nxt = lexemes[j + 1] if j + 1 < n else None
        glued_mag = nxt is not None and nxt.start == num.end and nxt.kind == "word"
        rate = nxt is not None and nxt.low in (
            "a",
            "an",
            "per",
            "million",
            "billion",
            "bn",
            "m",
            "mln",
        )
        if not ("." in num.text or "," in num.text or glued_mag or rate):
            return None
    return code, j


def cldr_name(lexemes: list[Lexeme], k: int) -> tuple[str, int] | None:
    """A currency's full English name (CLDR) at ``k`` ("Malaysian ringgits", "Dutch guilders")."""
    for size in (3, 2):
        seg = lexemes[k : k + size]
        if len(seg) == size and all(x.kind == "word" for x in seg):
            code = CLDR_NAMES.get(" ".join(x.low for x in seg))
            if code is not None:
                return code, k + size
    return None
