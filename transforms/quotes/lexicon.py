"""Word lists of the attributor: nouns naming works; the reporting verbs live in ``transforms.lexicon``.

Plain English function words and verbs; nothing here comes from any particular article.
"""

from __future__ import annotations

from transforms.lexicon import CUE_LEMMAS, WEAK_CUE_LEMMAS

__all__ = ["CUE_LEMMAS", "WEAK_CUE_LEMMAS", "WORK_NOUNS"]

WORK_NOUNS = frozenset(
    [
        "book",
        "memoir",
        "novel",
        "movie",
        "film",
        "play",
        "show",
        "song",
        "album",
        "column",
        "series",
        "documentary",
        "podcast",
        "painting",
        "poem",
        "musical",
        "opera",
        "episode",
    ]
)
