"""Companies named by their legal suffix, and by the first words of their name.

* ``suffixed_orgs``: a mention whose last word is a company's legal suffix ("Acme Inc", "Zentrix
  Corp.", "Kelm Co") is an organisation, whatever label the tagger gave the whole span
  (``orgmisc.companies`` handles a suffix the tagger left outside the span);
* ``short_company_names``: a PERSON mention whose words open the name of a company named in the
  same document ("Acme" or "Acme Widget" beside "Acme Widget Corp"; or after "Acme Cruise
  Lines", a name ending in a company word: ``resolve_company_names``) is that company, unless the
  document shows it to be a person's name (a title with it, or the surname of a full PERSON name
  that is no company's). Wire titles and later references call a company by its short name
  ("ACME SELLS STOCK" over "Acme Inc said ..."), and the tagger reads a bare name before a verb
  as a person's; the full name in the body, with its suffix, says what it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from transforms.entities.spans import Cand, TokenView
from transforms.lexicon import LEGAL_SUFFIXES


def _suffixed(v: TokenView, c: Cand) -> bool:
    """``c`` has a word before a capitalised legal suffix that ends it ("Acme Inc")."""
    last = v.text[c.end - 1]
    return c.end - c.start >= 2 and last[:1].isupper() and last.lower() in LEGAL_SUFFIXES


def suffixed_orgs(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """Every mention ending in a legal suffix after a name is ORG."""
    for c in cands:
        if c.label and c.label != "ORG" and _suffixed(v, c):
            c.label = "ORG"
    return cands


def _words(v: TokenView, c: Cand) -> tuple[str, ...]:
    return tuple(t.casefold() for t in v.text[c.start : c.end] if t not in ("'s", "’s"))


def _tailed_prefixes(v: TokenView, cands: list[Cand]) -> dict[tuple[str, ...], int]:
    """First words of the ORG names that end in a company word ("Amberly" of "Amberly Cruise
    Lines", ``_company_tail``), each with the first token where such a name is written."""
    out: dict[tuple[str, ...], int] = {}
    for c in cands:
        if c.label != "ORG" or c.end - c.start < 2:
            continue
        words = _words(v, c)
        for k in range(1, len(words)):
            if _company_tail(v.text[c.start : c.end], k):
                out.setdefault(words[:k], c.start)
    return out


def short_company_names(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """PERSON mentions whose words open a company's name of the document become ORG: a name
    with a legal suffix anywhere, or one ending in a company word written before them."""
    companies = [_words(v, c)[:-1] for c in cands if c.label == "ORG" and _suffixed(v, c)]
    tailed = _tailed_prefixes(v, cands)
    if not companies and not tailed:
        return cands
    prefixes = {name[:k] for name in companies for k in range(1, len(name) + 1)}
    persons = [c for c in cands if c.label == "PERSON"]
    short = [
        c for c in persons if _words(v, c) in prefixes or tailed.get(_words(v, c), v.n) < c.start
    ]
    prefixes |= set(tailed)
    if not short:
        return cands
    titled = {_words(v, c) for c in persons if c.title}
    surnames = {
        _words(v, c)[-1:] for c in persons if c.end - c.start >= 2 and _words(v, c) not in prefixes
    }
    for c in short:
        key = _words(v, c)
        if key not in titled and key not in surnames:
            c.label = "ORG"
    return cands


def _fold_words(name: str) -> tuple[str, ...]:
    """Words of ``name``, case-folded, without periods and without a possessive ending."""
    out = []
    for w in name.split():
        w = w.casefold().replace("’", "'")
        w = w[:-2] if w.endswith("'s") and len(w) > 2 else w
        out.append(w.replace(".", ""))
    return tuple(out)


_SUFFIX_KEYS = frozenset(s.replace(".", "") for s in LEGAL_SUFFIXES)


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without its trailing legal suffixes ("acme widget co ltd" -> "acme widget")."""
    end = len(words)
    while end > 1 and words[end - 1] in _SUFFIX_KEYS:
        end -= 1
    return words[:end]


def resolve_company_names(
    org_names: Sequence[str], *, not_companies: frozenset[str] = frozenset()
) -> list[str]:
    """Resolved name of each ORG name of one article: a name without a legal suffix whose words
    open the name of exactly one company of the article that has one is that company's name
    ("Acme" and "ACME" beside "Acme Widget Corp"); the company whose name is the short one plus
    its suffix is preferred over longer ones ("Acme" beside "Acme Ltd" and "Acme Mining Ltd").

    Without such a company, a short name whose words open exactly one longer ORG name of the
    article that ends in a word of a company's business or kind ("Lines", "Group"; the words
    it adds capitalised), written before the short one is first written (in the body: a spelling all in
    capitals counts only when the name has no other), is that longer name ("Amberly" after
    "Amberly Cruise Lines"; not "Sorn" written before "Sorn Group", nor "Kel" beside "Kel
    Pictures", a parent's unit).
    A one-word short name in ``not_companies`` (casefolded: a place or a person of the article,
    a known place name) stays as written.

    >>> resolve_company_names(["ACME", "Acme Widget Corp", "Acme", "Acme Widget", "Bolt"])
    ['Acme Widget Corp', 'Acme Widget Corp', 'Acme Widget Corp', 'Acme Widget Corp', 'Bolt']
    >>> resolve_company_names(["Amberly Cruise Lines", "Amberly", "Sorn Group", "Sorn", "Kel"])
    ['Amberly Cruise Lines', 'Amberly Cruise Lines', 'Sorn Group', 'Sorn Group', 'Kel']
    """
    folded = [_fold_words(n) for n in org_names]
    full: dict[tuple[str, ...], list[str]] = {}  # folded name -> its spellings
    for name, words in zip(org_names, folded, strict=True):
        if len(_core(words)) < len(words):
            full.setdefault(words, []).append(name)
    out = []
    for name, words in zip(org_names, folded, strict=True):
        if not words or words in full or len(_core(words)) < len(words):
            out.append(name)
            continue
        cands = [f for f in full if _core(f)[: len(words)] == words]
        exact = [f for f in cands if _core(f) == words]
        cands = exact or cands
        if not cands and (len(words) > 1 or words[0] not in not_companies):
            cands = _longer_names(words, folded, org_names)
            if len(cands) == 1:
                out.append(cands[0])
                continue
        if len(cands) != 1:
            out.append(name)
            continue
        spellings = full[cands[0]]
        # the spelling written most often, not all capitals, then sort order
        out.append(min(set(spellings), key=lambda s: (-spellings.count(s), s.isupper(), s)))
    return out


# The last word of a company's longer name that its short name stands for: the business it is
# in or the kind of firm ("Amberly Cruise Lines", "Dovan Group"); not a unit's, a product's or a
# channel's ("Sorn Pictures", "Acme Canada", "Kestrel One").
_COMPANY_TAILS = frozenset(
    """
    group holdings industries international enterprises corporation company electronics motors
    bank bancorp banking airlines airways lines hotels resorts investors partners resources
    petroleum mining foods stores brands pharmaceuticals chemicals communications technologies
    """.split()  # noqa: SIM905 - a word block, as the other lexicons
)


def _company_tail(spelling: list[str], short: int) -> bool:
    """The words a longer name (written ``spelling``) adds to the ``short`` words of the short
    one are capitalised (or "&", "and") and end in a company word (``_COMPANY_TAILS``); no
    possessive in it ("Acme's Home Group")."""
    words = spelling[short:]
    return (
        bool(words)
        and not any(w.endswith(("'s", "’s")) for w in spelling)
        and all(w[:1].isupper() or w in ("&", "and") for w in words)
        and words[-1].casefold() in _COMPANY_TAILS
    )


def _longer_names(
    words: tuple[str, ...], folded: Sequence[tuple[str, ...]], names: Sequence[str]
) -> list[str]:
    """A spelling (the first not all in capitals) of each longer ORG name that ``words`` opens,
    none when one of them is first written after ``words``."""
    own = [k for k, f in enumerate(folded) if f == words]
    mixed = [k for k in own if not names[k].isupper()]
    first = (mixed or own)[0]
    longer: dict[tuple[str, ...], list[int]] = {}
    for k, f in enumerate(folded):
        if len(f) > len(words) and f[: len(words)] == words:
            longer.setdefault(f, []).append(k)
    for f in [f for f in longer if any(len(g) > len(f) and g[: len(f)] == f for g in longer)]:
        del longer[f]  # a cut spelling of a longer name ("ACME CRUISE" of "Acme Cruise Lines")
    if not all(_company_tail(names[ks[0]].split(), len(words)) for ks in longer.values()):
        return []
    if any(ks[0] > first for ks in longer.values()):
        return []
    return [names[next((k for k in ks if not names[k].isupper()), ks[0])] for ks in longer.values()]
