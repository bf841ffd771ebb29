"""A verb of play with its object is a move of a game, not a stance ("defended his title",
"conceded a goal"): no reported-speech row."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_lemma
from transforms.quotes.reported_lexicon import PLAY_NOUNS, PLAY_VERBS

_POINT_OF_PLAY = frozenset(("break", "set", "match", "game", "championship"))


def is_play(verb: Token, obj: Token) -> bool:
    """Whether ``verb`` with its object ``obj`` is a move of a game, not a stance."""
    if cue_lemma(verb) not in PLAY_VERBS:
        return False
    noun = obj.lemma_.lower()
    if noun == "point":
        return any(c.lower_ in _POINT_OF_PLAY for c in obj.children if c.dep_ == "compound")
    return noun in PLAY_NOUNS
