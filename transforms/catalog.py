"""Corpus-wide entity catalog: one row per real-world entity across all articles.

Mentions are first reduced to *forms*: distinct (label, name) pairs, where ``name`` is the
in-article resolved name. Forms are then clustered:

* PERSON forms are blocked by a transliteration-tolerant key of the surname
  (``name_skeleton``: "Prigozhin" / "Prigogine" / "Prigojine", "Ponomaryev" / "Ponomarjov").
  Inside a block, full names ("First Last") join a cluster when their first names are
  compatible (same skeleton, an initial, or a short form); a different surname spelling also
  needs shared context (an entity co-occurring in both forms' articles). Different first names
  never merge, so "Ann Lee" and "Bob Lee" stay apart. A lone surname (or "J. Last") attaches
  to the one full-name cluster of its block when there is exactly one candidate.
* A lone PERSON word that is never a person's surname and is used at least as often as a
  place in the corpus ("in Springfield") joins that place's entity.
* Other labels merge on a normalised key (case, periods, leading "the", possessive).

Every choice is made on sorted data, and ``entity_id`` is derived from the cluster's label and
canonical name (its most frequent full form, ties by sort), so the catalog depends only on the
set of mentions, never on their order: an incremental run gives the same result as a full one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import polars as pl

from transforms.ids import stable_id

ENTITIES_SCHEMA = {
    "entity_id": pl.String,
    "name": pl.String,
    "label": pl.String,
    "aliases": pl.List(pl.String),
    "n_mentions": pl.Int64,
    "n_articles": pl.Int64,
}
ASSIGNMENT_SCHEMA = {"mention_id": pl.String, "entity_id": pl.String}
PLACE_LABELS = ("GPE", "LOC", "FAC")

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
_INITIAL = re.compile(r"^[^\W\d_]\.?$|^(?:[^\W\d_]\.){2,}$")
_NON_LETTER = re.compile(r"[^a-z]")
# Ordered rewrites for a transliteration-tolerant skeleton (applied to lower-case ASCII).
_REWRITES = [
    (re.compile(r"dzh|zh|dj"), "J"),  # Prigozhin / Prigojine
    (re.compile(r"g(?=[eiy])"), "J"),  # French "gi"/"ge": Prigogine
    (re.compile(r"^y(?=[aeiou])"), ""),  # Yevgeny / Evgeny
    (re.compile(r"(?<=[^aeiou])[yj](?=[aeiou])"), ""),  # Ponomaryev / Ponomarjov
    (re.compile(r"(?<=[aeiou])[yj](?=[aeiou])"), ""),  # Sergeyev / Sergeev
    (re.compile(r"j"), "J"),  # a remaining j is the zh sound (French transliteration)
    (re.compile(r"sch|sh"), "S"),
    (re.compile(r"tch|ch"), "C"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ck|q|c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"tz|ts"), "s"),
]
_VOWELS = re.compile(r"(?<!^)[aeiouy]")
_REPEAT = re.compile(r"(.)\1+")
_DOTS = re.compile(r"[.\u2019'`]")
_SPACE = re.compile(r"\s+")
_THE = re.compile(r"^the\s+")
_POSS = re.compile(r"['’]s$")


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_skeleton(word: str) -> str:
    """A spelling-tolerant key of one name word: transliteration variants share it.

    >>> name_skeleton("Prigozhin") == name_skeleton("Prigogine")
    True
    >>> name_skeleton("Yevgeny") == name_skeleton("Evgeny")
    True
    """
    w = _NON_LETTER.sub("", _ascii(word))
    for pattern, repl in _REWRITES:
        w = pattern.sub(repl, w)
    w = _VOWELS.sub("", w)
    return _REPEAT.sub(r"\1", w)


def _is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token))


def split_person(name: str) -> tuple[str | None, str]:
    """(first word or None, surname) of a PERSON name; suffixes such as "Jr." are skipped."""
    toks = name.split()
    while len(toks) > 1 and _DOTS.sub("", toks[-1]).casefold() in _SUFFIXES:
        toks.pop()
    if not toks:
        return None, ""
    if len(toks) == 1:
        return None, toks[0]
    return toks[0], toks[-1]


def first_names_compatible(a: str, b: str) -> bool:
    """Same first name up to spelling, an initial of it, or a short form ("Alex" / "Alexander")."""
    if _is_initial(a) or _is_initial(b):
        return _ascii(a)[:1] == _ascii(b)[:1]
    ka, kb = name_skeleton(a), name_skeleton(b)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return len(short) >= 2 and long_.startswith(short) and _ascii(a)[:2] == _ascii(b)[:2]


def _surname_block(surname: str) -> str:
    key = name_skeleton(surname)
    # short keys collide too easily ("Lee" / "Li" / "Low"): require the exact spelling
    return key if len(key) >= 3 else "=" + _ascii(surname)


def normalise_key(name: str) -> str:
    """Merge key of a non-PERSON name: case, periods, apostrophes, a leading "the", possessive."""
    key = _SPACE.sub(" ", name.casefold()).strip()
    key = _POSS.sub("", _THE.sub("", key))
    return _DOTS.sub("", key)


@dataclass
class _Form:
    label: str
    name: str
    n: int
    articles: frozenset[str]
    first: str | None = None
    surname: str = ""


@dataclass
class _Cluster:
    label: str
    forms: list[_Form] = field(default_factory=list)

    def canonical(self) -> str:
        full = [f for f in self.forms if f.first is not None and not _is_initial(f.first)]
        pool = full or self.forms
        best = min(pool, key=lambda f: (f.name.isupper(), -f.n, f.name))
        return best.name


def _ordered(forms: Iterable[_Form]) -> list[_Form]:
    return sorted(forms, key=lambda f: (-f.n, f.name.isupper(), f.name))


class _Context:
    """Names co-occurring with a form (other forms in the same articles), computed lazily."""

    def __init__(self, article_forms: dict[str, set[tuple[str, str]]]) -> None:
        self._article_forms = article_forms
        self._cache: dict[tuple[str, str], set[tuple[str, str]]] = {}

    def of(self, forms: Iterable[_Form]) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        own: set[tuple[str, str]] = set()
        for f in forms:
            own.add((f.label, f.name))
            key = (f.label, f.name)
            ctx = self._cache.get(key)
            if ctx is None:
                ctx = set().union(*(self._article_forms[a] for a in f.articles))
                self._cache[key] = ctx
            out |= ctx
        return out - own


def _cluster_persons(forms: list[_Form], context: _Context) -> list[_Cluster]:
    blocks: dict[str, list[_Form]] = defaultdict(list)
    for f in forms:
        f.first, f.surname = split_person(f.name)
        blocks[_surname_block(f.surname)].append(f)
    clusters: list[_Cluster] = []
    for key in sorted(blocks):
        block = _ordered(blocks[key])
        full = [f for f in block if f.first is not None and not _is_initial(f.first)]
        short = [f for f in block if f.first is None or _is_initial(f.first)]
        local: list[_Cluster] = []
        for f in full:
            home = None
            for c in local:
                if not all(first_names_compatible(f.first or "", g.first or "") for g in c.forms):
                    continue
                same_spelling = any(_ascii(f.surname) == _ascii(g.surname) for g in c.forms)
                if same_spelling or context.of([f]) & context.of(c.forms):
                    home = c
                    break
            if home is None:
                home = _Cluster("PERSON")
                local.append(home)
            home.forms.append(f)
        lone: dict[str, _Cluster] = {}
        for f in short:
            cands = local
            if f.first is not None:  # "J. Smith": the initial must agree
                cands = [
                    c for c in local if first_names_compatible(f.first, c.forms[0].first or "")
                ]
            if len(cands) == 1:
                c = cands[0]
                same_spelling = any(_ascii(f.surname) == _ascii(g.surname) for g in c.forms)
                if same_spelling or context.of([f]) & context.of(c.forms):
                    c.forms.append(f)
                    continue
            # unattached short forms of one spelling share one entity ("Lee", "LEE")
            k = ((f.first and _ascii(f.first)[:1]) or "") + "|" + _ascii(f.surname)
            lone.setdefault(k, _Cluster("PERSON")).forms.append(f)
        clusters.extend(local)
        clusters.extend(lone[k] for k in sorted(lone))
    return clusters


def _forms(mentions: pl.DataFrame) -> list[_Form]:
    grouped = mentions.group_by("label", "name").agg(
        pl.len().alias("n"), pl.col("article_id").unique().alias("articles")
    )
    return [
        _Form(r["label"], r["name"], int(r["n"]), frozenset(r["articles"]))
        for r in grouped.iter_rows(named=True)
    ]


def cluster_forms(mentions: pl.DataFrame) -> dict[tuple[str, str], tuple[str, str]]:
    """Map every (label, name) of ``mentions`` to (entity label, canonical name)."""
    forms = _forms(mentions)
    article_forms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for a, lab, name in mentions.select("article_id", "label", "name").unique().iter_rows():
        article_forms[a].add((lab, name))
    context = _Context(article_forms)
    persons = [f for f in forms if f.label == "PERSON"]
    clusters = _cluster_persons(persons, context)
    # a lone PERSON word used at least as often as a place elsewhere is that place
    place_n: dict[str, tuple[int, str]] = {}
    for f in forms:
        if f.label in PLACE_LABELS:
            k = normalise_key(f.name)
            place_n[k] = max(place_n.get(k, (0, "")), (f.n, f.label))
    surnames = {
        _ascii(f.surname) for f in persons if f.first is not None and not _is_initial(f.first)
    }
    mapping: dict[tuple[str, str], tuple[str, str]] = {}
    others: list[_Form] = [f for f in forms if f.label != "PERSON"]
    for c in clusters:
        lone = all(f.first is None for f in c.forms)
        n = sum(f.n for f in c.forms)
        key = normalise_key(c.forms[0].name)
        if lone and key in place_n and place_n[key][0] >= n and key not in surnames:
            others.extend(_Form(place_n[key][1], f.name, f.n, f.articles) for f in c.forms)
            for f in c.forms:  # placeholder (label, key), replaced by the canonical name below
                mapping[(f.label, f.name)] = (place_n[key][1], normalise_key(f.name))
            continue
        canon = c.canonical()
        for f in c.forms:
            mapping[(f.label, f.name)] = ("PERSON", canon)
    by_key: dict[tuple[str, str], list[_Form]] = defaultdict(list)
    for f in others:
        by_key[(f.label, normalise_key(f.name))].append(f)
    canon_of: dict[tuple[str, str], str] = {}
    for (label, key), group in by_key.items():
        # canonical: most mentions, then not all capitals, then sort order
        agg: dict[str, int] = defaultdict(int)
        for f in group:
            agg[f.name] += f.n
        canon = min(agg, key=lambda nm: (-agg[nm], nm.isupper(), nm))
        canon_of[(label, key)] = canon
        for f in group:
            if (f.label, f.name) not in mapping:
                mapping[(f.label, f.name)] = (label, canon)
    for form_key, (label, value) in list(mapping.items()):
        if form_key[0] == "PERSON" and label != "PERSON":  # relabelled lone word -> place
            mapping[form_key] = (label, canon_of[(label, value)])
    return mapping


def build_catalog(mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cluster mentions into entities.

    ``mentions`` has at least: mention_id, article_id, text, label, name. Returns
    ``(entities, assignment)``: the catalog (``ENTITIES_SCHEMA``, sorted by entity_id) and a frame
    mention_id -> entity_id covering every mention (sorted by mention_id). The result depends
    only on the set of rows, never on their order.
    """
    if mentions.height == 0:
        return pl.DataFrame(schema=ENTITIES_SCHEMA), pl.DataFrame(schema=ASSIGNMENT_SCHEMA)
    mapping = cluster_forms(mentions)
    table = pl.DataFrame(
        [
            (lab, nm, elab, canon, stable_id("entity", elab, canon))
            for (lab, nm), (elab, canon) in mapping.items()
        ],
        schema={
            "label": pl.String,
            "name": pl.String,
            "e_label": pl.String,
            "e_name": pl.String,
            "entity_id": pl.String,
        },
        orient="row",
    )
    keyed = mentions.join(table, on=["label", "name"], how="left")
    entities = keyed.group_by("entity_id").agg(
        pl.col("e_name").first().alias("name"),
        pl.col("e_label").first().alias("label"),
        pl.col("text").unique().alias("texts"),
        pl.col("name").unique().alias("names"),
        pl.len().cast(pl.Int64).alias("n_mentions"),
        pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
    )
    # aliases: every other spelling seen (as written and as resolved), sorted
    entities = (
        entities.with_columns(
            pl.struct("texts", "names", "name")
            .map_elements(
                lambda r: sorted({*r["texts"], *r["names"]} - {r["name"]}),
                return_dtype=pl.List(pl.String),
            )
            .alias("aliases")
        )
        .select(list(ENTITIES_SCHEMA))
        .cast(ENTITIES_SCHEMA)
        .sort("entity_id")
    )
    assignment = keyed.select("mention_id", "entity_id").cast(ASSIGNMENT_SCHEMA).sort("mention_id")
    return entities, assignment
