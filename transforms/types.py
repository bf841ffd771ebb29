"""Typed results shared by the transforms (the row contract of the output tables).

Every span type carries ``start``/``end`` character offsets into the *cleaned* article text
(``articles.text``) and the ``text`` they cover, so that ``article_text[start:end] == text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the raw text that cleaning dropped, kept so nothing is silently lost."""

    kind: str  # e.g. "caption", "bio", "first_published", "footer", "trailer", "url", "ticker"
    text: str


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One article as found in a raw file, before cleaning.

    ``source`` names where it came from: the path relative to the raw dir, plus ``:LINE`` for a
    record of a ``.jsonl`` file or ``#INDEX`` for an element of a JSON array.
    """

    source: str
    content_sha256: str  # hash of the record's raw bytes (the file, or the JSON line)
    body: str  # decoded text of the body (plain text, Markdown or HTML)
    fmt: str  # "txt", "md", "html", "json"
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date string if known from fields
    publisher: str | None = None
    url: str | None = None
    deck: str | None = None  # standfirst/description from fields (recognised, never inserted)
    removed: tuple[Removed, ...] = ()  # removed while decoding (stray control characters)


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """An article after cleaning: the text every offset indexes into, and its metadata."""

    text: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO "YYYY-MM-DD"
    publisher: str | None = None
    removed: tuple[Removed, ...] = ()
    deck: str | None = None  # standfirst under the title (also the paragraph after it in ``text``)


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a raw file or record was quarantined: the one rejection type, ingest to quarantine.

    A transform that finds a problem returns ``Rejection(reason, detail)``; the code that knows
    the record locates it (:meth:`at`: its source and the hash of its bytes) and the flow adds
    the raw file (:meth:`row`), which is a row of the ``quarantine`` table.
    """

    reason: str  # a code from transforms.quarantine.REASONS
    detail: str  # human-readable: what was wrong and what to do
    source: str | None = None  # the file, or the record in it (``path:LINE``, ``path#INDEX``)
    content_sha256: str | None = None  # hash of the rejected bytes

    def at(self, source: str, content_sha256: str) -> Rejection:
        """This rejection located at ``source`` with the hash of its bytes."""
        return replace(self, source=source, content_sha256=content_sha256)

    def row(self, path: str) -> dict[str, str | None]:
        """The ``quarantine`` row of this rejection, for the raw file ``path``."""
        return {
            "source": self.source,
            "reason": self.reason,
            "detail": self.detail,
            "content_sha256": self.content_sha256,
            "path": path,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention (non-numeric labels only)."""

    start: int
    end: int
    text: str  # article_text[start:end], title and possessive already excluded
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, WORK_OF_ART, LAW, ...
    name: str  # in-article resolved name ("Putin" -> "Vladimir Putin" when one full name matches)
    title: str | None = None  # honorific split off ("Mr.", "President", "Lt. Gen.")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation. ``start``/``end``/``text`` exclude the quotation marks."""

    start: int
    end: int
    text: str
    kind: str  # "direct", "partial", "scare", "block", "indirect", "mixed"
    speaker: str | None = None  # resolved name, or None when unknown
    speaker_start: int | None = None  # the attributing mention as written ("he", "the minister")
    speaker_end: int | None = None
    cue: str | None = None  # reporting verb as written ("said", "told", "according to")


@dataclass(frozen=True, slots=True)
class NumberFact:
    """A numeric expression with its normalised value."""

    start: int
    end: int
    text: str
    value: float | None
    kind: str  # count, money, percent, quantity, duration, age, year, date, ordinal, fraction
    value_max: float | None = None  # upper bound of a range
    unit: str | None = None  # ISO currency, "%", "percentage point", "mile", or counted noun
    qualifier: str = "exact"  # exact, approximately, at_least, at_most, more_than, less_than
    date: str | None = None  # ISO date for kind "date" when resolvable
    change: str | None = None  # "up" or "down" when the number is the size of a change
    about: str | None = None  # the noun phrase measured or counted, as written
    about_start: int | None = None  # offsets of ``about`` in the text
    about_end: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything extracted from one article."""

    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    numbers: list[NumberFact] = field(default_factory=list)
