"""Named-entity mentions from a parsed ``Doc`` (non-numeric labels only).

Backbone version: spaCy's entities as they are. The entities issue adds titles, possessives,
boundary fixes, filtering and in-article resolution.
"""

from __future__ import annotations

from spacy.tokens import Doc

from transforms.types import Mention

NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def extract_mentions(doc: Doc) -> list[Mention]:
    """Named-entity mentions of ``doc`` with offsets into ``doc.text``."""
    out = []
    for ent in doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            continue
        out.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_, name=ent.text))
    return out
