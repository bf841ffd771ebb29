"""Companies named by their legal suffix, and by the first words of their name.

* ``suffixed_orgs``: a mention whose last word is a company's legal suffix ("Acme Inc", "Zentrix
  Corp.", "Kelm Co") is an organisation, whatever label the tagger gave the whole span
  (``orgmisc.companies`` handles a suffix the tagger left outside the span);
* ``short_company_names``: a PERSON mention whose words open the name of a company named in the
  same document ("Acme" or "Acme Widget" beside "Acme Widget Corp") is that company, unless the
  document shows it to be a person's name (a title with it, or the surname of a full PERSON name
  that is no company's). Wire titles and later references call a company by its short name
  ("ACME SELLS STOCK" over "Acme Inc said ..."), and the tagger reads a bare name before a verb
  as a person's; the full name in the body, with its suffix, says what it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from transforms.entities.orgmisc import LEGAL_SUFFIXES
from transforms.entities.spans import Cand, TokenView


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


def short_company_names(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """PERSON mentions whose words open a company's name of the document become ORG."""
    companies = [_words(v, c)[:-1] for c in cands if c.label == "ORG" and _suffixed(v, c)]
    if not companies:
        return cands
    prefixes = {name[:k] for name in companies for k in range(1, len(name) + 1)}
    persons = [c for c in cands if c.label == "PERSON"]
    short = [c for c in persons if _words(v, c) in prefixes]
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


def resolve_company_names(org_names: Sequence[str]) -> list[str]:
    """Resolved name of each ORG name of one article: a name without a legal suffix whose words
    open the name of exactly one company of the article that has one is that company's name
    ("Acme" and "ACME" beside "Acme Widget Corp"); the company whose name is the short one plus
    its suffix is preferred over longer ones ("Acme" beside "Acme Ltd" and "Acme Mining Ltd").

    >>> resolve_company_names(["ACME", "Acme Widget Corp", "Acme", "Acme Widget", "Bolt"])
    ['Acme Widget Corp', 'Acme Widget Corp', 'Acme Widget Corp', 'Acme Widget Corp', 'Bolt']
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
        if len(cands) != 1:
            out.append(name)
            continue
        spellings = full[cands[0]]
        # the spelling written most often, not all capitals, then sort order
        out.append(min(set(spellings), key=lambda s: (-spellings.count(s), s.isupper(), s)))
    return out
