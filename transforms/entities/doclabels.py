"""People by the lists they stand in.

``listed_persons``: in lines shaped "Name ( Country )", the label most mentions have there
  wins: when most are PERSON, the ORG ones are people too ("4. Ann Kowal ( Poland ) 4:09.25").
"""

from __future__ import annotations

from collections import Counter

from transforms.entities.spans import Cand, TokenView


def _bracketed_country(v: TokenView, c: Cand, places: set[tuple[int, int]]) -> bool:
    e = c.end
    if e + 2 >= v.n or v.text[e] != "(":
        return False
    close = next((k for k in range(e + 2, min(e + 6, v.n)) if v.text[k] == ")"), None)
    return close is not None and (e + 1, close) in places


def listed_persons(v: TokenView, cands: list[Cand]) -> None:
    """In "Name ( Country )" list entries, ORG mentions follow a PERSON majority, in place."""
    places = {(c.start, c.end) for c in cands if c.label in {"GPE", "LOC"}}
    listed = [c for c in cands if c.label in {"PERSON", "ORG"} and _bracketed_country(v, c, places)]
    votes = Counter(c.label for c in listed)
    if votes["PERSON"] >= 3 and votes["PERSON"] > 2 * votes["ORG"]:
        for c in listed:
            if c.label == "ORG" and c.end - c.start >= 2:
                c.label = "PERSON"


def _runs(v: TokenView, cands: list[Cand]) -> list[list[Cand]]:
    """Runs of mentions separated only by commas (a list of names)."""
    runs: list[list[Cand]] = []
    cur: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        if cur and c.start == cur[-1].end + 1 and v.text[cur[-1].end] == ",":
            cur.append(c)
        else:
            if len(cur) >= 4:
                runs.append(cur)
            cur = [c]
    if len(cur) >= 4:
        runs.append(cur)
    return runs


def listed_names(v: TokenView, cands: list[Cand]) -> None:
    """In a comma-separated list of four or more names that are mostly PERSON, the ORG names
    of two or more words are people too ("Ann Kowal , Eva Lind , Olga Berg , Ida Holm")."""
    for run in _runs(v, cands):
        votes = Counter(c.label for c in run)
        if votes["PERSON"] > 2 * votes["ORG"]:
            for c in run:
                if c.label == "ORG" and c.end - c.start >= 2:
                    c.label = "PERSON"
