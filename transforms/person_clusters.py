"""Person forms into entities: blocks by surname key, full names by compatible first names.

Used by :mod:`transforms.catalog` (its docstring gives the rules). A :class:`Form` is one distinct
(label, name) of the mentions; a :class:`Cluster` is the forms of one entity. Name keys are pure
functions of a string, asked for the same forms many times per catalog (and again by every run
of a long-lived process): memoised, bounded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from transforms import lexicon, names
from transforms.names import first_names_compatible, is_initial, split_person

fold = lru_cache(maxsize=1 << 16)(lexicon.ascii_fold)
surname_block = lru_cache(maxsize=1 << 16)(names.surname_block)


@dataclass
class Form:
    label: str  # label used for clustering (after the corpus-wide vote)
    name: str
    n: int
    articles: Collection[str]  # the articles it is in (catalog: a tuple)
    titled: bool = False  # some mention of it carries a title ("Mr.", "President")
    source_label: str = ""  # label as found in the mentions
    first: str | None = None
    surname: str = ""


@dataclass
class Cluster:
    label: str
    forms: list[Form] = field(default_factory=list)

    def canonical(self) -> str:
        """Most frequent full form (not all capitals first), ties by sort order."""
        full = [f for f in self.forms if f.first is not None and not is_initial(f.first)]
        pool = full or self.forms
        best = min(pool, key=lambda f: (f.name.isupper(), -f.n, f.name))
        return best.name


def ordered(forms: Iterable[Form]) -> list[Form]:
    return sorted(forms, key=lambda f: (-f.n, f.name.isupper(), f.name))


class Context:
    """Names co-occurring with a form (other forms in the same articles), computed lazily."""

    def __init__(self, article_forms: dict[str, Iterable[tuple[str, str]]]) -> None:
        self._article_forms = article_forms
        self._cache: dict[tuple[str, str], set[tuple[str, str]]] = {}

    def of(self, forms: Iterable[Form]) -> set[tuple[str, str]]:
        """(label, name) of every other form in the articles of ``forms``."""
        out: set[tuple[str, str]] = set()
        own: set[tuple[str, str]] = set()
        for f in forms:
            own.add((f.label, f.name))
            key = (f.source_label, f.name)  # unique per form, even after relabelling
            ctx = self._cache.get(key)
            if ctx is None:
                ctx = set().union(*(self._article_forms[a] for a in f.articles))
                self._cache[key] = ctx
            out |= ctx
        return out - own


def attach_short(f: Form, cands: list[Cluster], context: Context) -> Cluster | None:
    """The full-name cluster a lone surname (or "J. Last") belongs to, if the evidence agrees.

    One candidate: taken when the surname is spelt the same or the contexts overlap. Several
    candidates: taken only when exactly one shares context, or one shares at least twice as
    much context as any other.
    """
    if len(cands) == 1:
        c = cands[0]
        same_spelling = any(
            fold(f.surname, casefold=True) == fold(g.surname, casefold=True) for g in c.forms
        )
        return c if same_spelling or context.of([f]) & context.of(c.forms) else None
    if not cands:
        return None
    own = context.of([f])
    scores = sorted(
        ((len(own & context.of(c.forms)), i) for i, c in enumerate(cands)), reverse=True
    )
    (best, i), (second, _) = scores[0], scores[1]
    return cands[i] if best > 0 and best >= 2 * second else None


def cluster_persons(forms: list[Form], context: Context) -> list[Cluster]:
    blocks: dict[str, list[Form]] = defaultdict(list)
    for f in forms:
        f.first, f.surname = split_person(f.name)
        blocks[surname_block(f.surname)].append(f)
    clusters: list[Cluster] = []
    for key in sorted(blocks):
        block = ordered(blocks[key])
        full = [f for f in block if f.first is not None and not is_initial(f.first)]
        short = [f for f in block if f.first is None or is_initial(f.first)]
        local: list[Cluster] = []
        for f in full:
            home = None
            for c in local:
                if not all(first_names_compatible(f.first or "", g.first or "") for g in c.forms):
                    continue
                same_spelling = any(
                    fold(f.surname, casefold=True) == fold(g.surname, casefold=True)
                    for g in c.forms
                )
                if same_spelling or context.of([f]) & context.of(c.forms):
                    home = c
                    break
            if home is None:
                home = Cluster("PERSON")
                local.append(home)
            home.forms.append(f)
        lone: dict[str, Cluster] = {}
        for f in short:
            cands = local
            if f.first is not None:  # "J. Smith": the initial must agree
                cands = [
                    c for c in local if first_names_compatible(f.first, c.forms[0].first or "")
                ]
            home = attach_short(f, cands, context)
            if home is not None:
                home.forms.append(f)
                continue
            # unattached short forms of one spelling share one entity ("Lee", "LEE")
            k = (
                ((f.first and fold(f.first, casefold=True)[:1]) or "")
                + "|"
                + fold(f.surname, casefold=True)
            )
            lone.setdefault(k, Cluster("PERSON")).forms.append(f)
        clusters.extend(local)
        clusters.extend(lone[k] for k in sorted(lone))
    return clusters
