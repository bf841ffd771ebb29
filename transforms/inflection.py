"""Regular English verb inflection, both ways, for words the tagger does not lemmatise.

The tagger leaves some verb forms unlemmatised or lemmatises them wrongly: words of an all-caps
or Title-Case headline are tagged as names ("FALLS", "Slams"), and a few regular forms get a
wrong lemma ("hopes" -> "hop"). Three extractors look such words up in their own lexicons; they
share these two functions, so the suffix rules live in one place:

- :func:`lemma_candidates`: the word and every lemma its regular (or common irregular) inflection
  could come from, for a lookup in a lexicon ("slammed" -> "slammed", "slamme", "slam", ...);
- :func:`regular_inflections`: the regular forms of a lemma ("hope" -> "hopes", "hoped",
  "hoping", ...).
"""

from __future__ import annotations

# inflection ending -> what replaces it in the lemma ("denies" -> "deny", "rated" -> "rate",
# "rated" -> "rat" is also a candidate: the lexicon lookup decides)
_ENDINGS = (
    ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
    ("ing", ""), ("ing", "e"),
)  # fmt: skip

# past forms of verbs of change and of saying that no suffix rule reaches
IRREGULAR_PAST = {
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow",
    "grown": "grow", "sank": "sink", "sunk": "sink", "slid": "slide", "lost": "lose",
    "shrank": "shrink", "shrunk": "shrink", "dove": "dive", "leapt": "leap",
}  # fmt: skip


def lemma_candidates(word: str, *, min_stem: int = 3) -> tuple[str, ...]:
    """``word`` (lower case) and every lemma a regular inflection of it could have.

    A candidate keeps at least ``min_stem`` letters before any re-added ending; a doubled final
    consonant is also undoubled ("slipped" -> "slipp", "slip"). A common irregular past gives
    its lemma first ("rose" -> "rise", "rose"), else the word comes first. The caller takes the
    first candidate its lexicon knows.

    >>> lemma_candidates("denies")
    ('denies', 'deny', 'deni', 'denie')
    """
    out = [IRREGULAR_PAST[word], word] if word in IRREGULAR_PAST else [word]
    for ending, add in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            stem = word[: len(word) - len(ending)]
            out.append(stem + add)
            if not add and len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "slipped", "dropping", "slammed"
    return tuple(dict.fromkeys(out))


def regular_inflections(verb: str) -> set[str]:
    """Regular English inflections of ``verb`` (with and without a final e, a doubled last
    consonant and -y/-ies).

    >>> sorted(regular_inflections("hope"))
    ['hoped', 'hopeed', 'hopees', 'hopeing', 'hopes', 'hoping']
    """
    stems = {verb, verb[:-1]} if verb.endswith("e") else {verb, verb + verb[-1]}
    out = {verb + "s", verb + "es", verb + "d"}
    for s in stems:
        out |= {s + "ed", s + "ing"}
    if verb.endswith("y"):
        out |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return out
