"""The model's rule lemmatizer, same lemmas, written for a whole Doc at once.

spaCy's ``lemmatizer`` (rule mode) visits every token in Python: it makes a ``Token``, reads its
text, POS and morphology, looks the lemma up in its cache (keyed by those three) and sets
``lemma_``. Here the three are read for the whole Doc with ``Doc.to_array``, the lemma is kept
per (orth, POS, morphology) as spaCy's own cache keys it, asked of the model's lemmatizer on a
miss (so the lemmas are its lemmas), and written back in one ``Doc.from_array``. Tokens that
already have a lemma (from the attribute rules) keep it, as ``overwrite=False`` does; tokens
without a POS, or spaces, are not cached by spaCy and are asked every time here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_KEYS = 500_000  # the cache is emptied when it grows past this (bounded memory)


class CachedLemmas:
    """A spaCy component giving each token without a lemma the lemma of ``lemmatizer``.

    ``ids``: spaCy's attribute ids of ORTH, POS, MORPH and LEMMA, in that order; ``uncached``:
    the POS ids the rule lemmatizer does not cache (none, EOL, SPACE)."""

    def __init__(self, lemmatizer: Any, ids: tuple[int, int, int, int], uncached: frozenset[int]):
        self._lemmatize = lemmatizer.lemmatize
        self._ids = list(ids)
        self._uncached = uncached
        self._cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        values = doc.to_array(self._ids)
        lemmas = values[:, 3].copy()
        cache, strings = self._cache, doc.vocab.strings
        hashes: dict[str, int] = {}  # lemma -> hash, added to this Doc's strings once
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            text = cache.get(key)
            if text is None:
                text = self._lemmatize(doc[i])[0]
                if pos not in self._uncached:
                    if len(cache) >= MAX_KEYS:
                        cache.clear()
                    cache[key] = text
            value = hashes.get(text)
            if value is None:
                value = hashes[text] = strings.add(text)
            lemmas[i] = value
        if hashes:
            doc.from_array([self._ids[3]], lemmas)
        return doc
