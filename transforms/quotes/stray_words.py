"""Words the parser took for the sentence's closing point: "Roe said the deal would help
[Acme Corp.]" is often parsed with "Corp." as a ``punct`` child of the main verb (its point read
as the full stop) and "Acme" hung on it, so the content clause's subtree stops before the name.
Such a run, right after a content and closing its sentence, belongs to the content.
"""

from __future__ import annotations

from spacy.tokens import Token

MAX_RUN = 6  # tokens of a name the parse cut off: a longer run is no misread abbreviation


def _misread_point(t: Token) -> bool:
    """A word with a letter in it labelled ``punct`` ("Corp.", "Inc.", "Co.")."""
    return t.dep_ == "punct" and t.text.endswith(".") and any(c.isalpha() for c in t.text)


def _closes_sentence(t: Token) -> bool:
    doc = t.doc
    return t.i + 1 >= len(doc) or doc[t.i + 1].is_sent_start or doc[t.i + 1].text in ('"', "”", "’")


def stray_name_ids(tok: Token) -> list[int]:
    """Indices of a name cut off after ``tok``'s subtree by a misread closing point, or none:
    the tokens from the subtree's right edge to a word labelled ``punct`` that ends the
    sentence, all of them hung inside that run."""
    doc = tok.doc
    j = tok.right_edge.i + 1
    for k in range(j, min(j + MAX_RUN, len(doc))):
        t = doc[k]
        if _misread_point(t):
            if k == j or not _closes_sentence(t) or t.head.i in range(j, k + 1):
                return []
            if all(j <= doc[m].head.i <= k for m in range(j, k)):
                return list(range(j, k + 1))
            return []
        if t.is_punct or t.is_sent_start:
            return []
    return []
