"""A synthetic long news article (invented sentences), for the long-article tests and figures."""

from __future__ import annotations

FIRST = ["Jane", "Tom", "Maria", "Ahmed", "Li", "Peter", "Grace", "Oleg", "Fatima", "Carlos"]
LAST = ["Holloway", "Barrett", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Reyes"]
CITIES = ["Springfield", "Portland", "Boston", "Denver", "Leeds", "Lyon", "Osaka", "Perth"]


def long_article(n_chars: int, *, paragraphs: bool = True) -> str:
    """About ``n_chars`` characters: a title, then paragraphs (or one line) of reported speech."""
    sep = "\n\n" if paragraphs else " "
    out = ["Council report on the city budget"]
    size = len(out[0])
    i = 0
    while size < n_chars:
        name = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
        city = CITIES[i % len(CITIES)]
        para = (
            f"The council in {city} spent ${i % 90 + 10} million on {i % 400 + 20} new homes in "
            f"{1990 + i % 30}. “We will finish the work by spring, and the rents will stay low,” "
            f"said {name}, who has led the housing board for {i % 12 + 2} years."
        )
        out.append(para)
        size += len(para) + len(sep)
        i += 1
    return sep.join(out)
