"""Speaker mention -> name: named mentions, pronouns and descriptive noun phrases.

- a token inside a named mention (or with a named appositive: "the minister, Jane Roe") takes the
  mention's in-article resolved name;
- ``he``/``she`` (:mod:`.pronouns`) take the most recent earlier named speaker or PERSON mention
  whose known gender (an honorific such as Mr./Ms. right before it, a gendered noun in apposition,
  a pronoun already resolved to it) does not contradict the pronoun;
- a descriptive noun phrase ("the minister", "the institute") takes the most recent earlier
  mention described by that noun (appositive, title, compound or a word of an organisation name);
- ``it`` and a generic noun of a company or a body that describes no mention ("the company said",
  "the firm added") take the latest organisation that spoke or was the subject of a clause
  (:mod:`.resolve_orgs`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from transforms.doctext import doc_text
from transforms.types import Mention

SPEAKER_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE"))
MALE = frozenset(("he", "him", "his", "himself"))
FEMALE = frozenset(("she", "her", "hers", "herself"))
PLURAL = frozenset(("they", "them", "we", "us"))
# an honorific right before a name (or split off as its title): "Mr Roe", "Dame Jane Roe"
_MALE_TITLE = re.compile(r"\b(?:mr|sir|lord|king|prince|father|brother)\b\.? ?$", re.I)
_FEMALE_TITLE = re.compile(
    r"\b(?:mrs|ms|miss|madam|lady|queen|princess|sister|dame|congresswoman|"
    r"chairwoman|spokeswoman|businesswoman)\b\.? ?$",
    re.I,
)


def _words(block: str) -> list[str]:
    return block.split()


# nouns of one gender in apposition to a name ("Jane Roe, a local woman"; "her husband, Tom Roe")
_GENDER_NOUNS = {
    **dict.fromkeys(
        _words(
            "woman girl mother wife daughter sister actress widow grandmother aunt niece lady "
            "chairwoman spokeswoman businesswoman congresswoman queen princess"
        ),
        "f",
    ),
    **dict.fromkeys(
        _words(
            "man boy father husband son brother widower grandfather uncle nephew businessman "
            "congressman king prince"
        ),
        "m",
    ),
}
# honorifics only a person bears: a mention written with one is a person whatever its NER label
_PERSONAL_TITLES = frozenset(_words("mr mrs ms miss dr prof sir dame lord lady"))
# singular nouns of a person: an unnamed speaker ("a spokesman said") a later "he" stands for
_PERSON_NOUNS = frozenset(
    _words(
        "spokesman spokeswoman spokesperson official executive analyst source aide adviser "
        "advisor lawyer attorney minister secretary coach manager director chairman chairwoman "
        "president governor mayor leader officer economist expert man woman person "
        "dealer trader banker broker"
    )
)
# people who speak for their organisation: "the Acme spokesman said" is Acme's word
_VOICE_NOUNS = frozenset(
    _words("spokesman spokeswoman spokesperson source official lawyer attorney")
)
_INDEFINITE = frozenset(_words("a an one another"))
_DESCRIPTOR_DEPS = frozenset(("appos", "compound", "amod", "nmod"))


def as_persons(
    mentions: Sequence[Mention],
    heads: Callable[[Mention], bool] = lambda _: True,
    who: Callable[[Mention], bool] = lambda _: False,
) -> list[Mention]:
    """The mentions with a one-word organisation that the NER mislabelled a person made one,
    when ``heads`` says it heads its noun phrase ("Roe said", not "the Roe campaign") and it is
    written with a personal honorific ("Mr Roe") or is a person's name as written elsewhere
    ("Roe" as a PERSON) or the surname of one person named in full ("Jane Roe"); it takes that
    person's name. A one-word place or organisation that ``who`` says a "who" clause describes
    somewhere ("Roe, who is 30, …") is a person wherever it heads its phrase."""
    by_text: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    whos = {m.text.strip() for m in mentions if m.label in ("GPE", "ORG") and who(m)}
    for m in mentions:
        if m.label == "PERSON":
            by_text.setdefault(m.text.strip(), m.name)
            if " " in m.name:
                surnames.setdefault(m.name.split()[-1], set()).add(m.name)
    out = []
    for m in mentions:
        word = m.text.strip()
        if word in whos and " " not in word and heads(m):
            m = replace(m, label="PERSON", name=by_text.get(word) or m.name)
        elif m.label == "ORG" and " " not in word and heads(m):
            titled = (m.title or "").lower().rstrip(".") in _PERSONAL_TITLES
            full = surnames.get(word, set())
            name = by_text.get(word) or (next(iter(full)) if len(full) == 1 else None)
            if titled or name:
                m = replace(m, label="PERSON", name=name or m.name)
        out.append(m)
    return out


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: the mention as written and the name (None when unresolved)."""

    start: int
    end: int
    name: str | None
    label: str | None = None


class MentionIndex:
    """The article's named mentions, sorted, with char -> mention lookup and descriptors."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], *, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        self.mentions = as_persons(
            sorted((m for m in mentions if m.label in SPEAKER_LABELS), key=lambda m: m.start),
            self._heads_phrase,
            self._described_by_who,
        )
        self.starts = [m.start for m in self.mentions]
        self._gender: dict[str, str] = {}
        self._descriptors: list[set[str]] | None = None
        self._quoted: list[tuple[int, int]] = []
        self._quoted_starts: list[int] = []
        self.unnamed: list[tuple[int, str | None]] = []  # (start, gender) of unnamed speakers
        for m in self.mentions:
            if m.label == "PERSON":
                g = self._title_gender(m) or self._noun_gender(m)
                if g:
                    self._gender.setdefault(m.name, g)

    def _heads_phrase(self, m: Mention) -> bool:
        """Whether mention ``m`` heads its noun phrase (no modifier of a noun after it)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ not in ("compound", "poss", "amod", "nmod")

    def _described_by_who(self, m: Mention) -> bool:
        """Whether a relative clause opened by "who" hangs on mention ``m`` ("Roe, who …"), not
        on a preposition's object (the parser hangs "an analyst at Acme, who …" on Acme)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ == "pobj":
            return False
        return any(
            c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom", "whose")
            for c in span.root.children
        )

    def _title_gender(self, m: Mention) -> str | None:
        for ctx in (m.title or "", self.text[max(0, m.start - 14) : m.start]):
            if _FEMALE_TITLE.search(ctx):
                return "f"
            if _MALE_TITLE.search(ctx):
                return "m"
        return None

    def _noun_gender(self, m: Mention) -> str | None:
        """The gender of a noun in apposition to the name ("Jane Roe, a local woman")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        near = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            near.append(root.head)
        for t in near:
            g = _GENDER_NOUNS.get(t.lower_) if t.tag_ == "NN" else None
            lo, hi = (m.end, t.idx) if t.idx > m.start else (t.idx + len(t), m.start)
            if g and "," in self.text[lo:hi] and not self.text.startswith(("'", "’"), m.end):
                return g  # set off by a comma, and not "Roe's son"
        return None

    def note_unnamed(self, start: int, end: int) -> None:
        """Remember an attribution's speaker that has no name ("a spokeswoman said") when it is
        one person named by an indefinite noun phrase: a later "he"/"she" may stand for it rather
        than for an earlier name."""
        words = self.text[start:end].lower().split()
        if not words or words[0] not in _INDEFINITE:
            return  # "the minister" stands for a person named before
        noun = next((w for w in words[1:5] if w in _PERSON_NOUNS), None)
        if noun is not None:
            bisect.insort(self.unnamed, (start, _GENDER_NOUNS.get(noun)))

    def last_unnamed(self, pos: int, pronoun: str) -> int:
        """Start of the latest unnamed one-person speaker before ``pos`` that ``pronoun`` may
        stand for (-1 when none)."""
        p = pronoun.lower()
        i = bisect.bisect_left(self.unnamed, (pos,)) - 1
        while i >= 0:
            start, g = self.unnamed[i]
            if g is None or (g == "m") == (p in MALE):
                return start
            i -= 1
        return -1

    def at(self, start: int, end: int) -> Mention | None:
        """The mention overlapping ``[start, end)`` (the first one), if any."""
        i = bisect.bisect_right(self.starts, end - 1) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end > start:
                return m
            if m.end <= start - 200:
                break
            i -= 1
        return None

    def set_quoted(self, spans: Sequence[tuple[int, int]]) -> None:
        """The ``(start, end)`` of the quotations, sorted: mentions inside them are not speakers."""
        self._quoted = list(spans)
        self._quoted_starts = [s for s, _ in spans]

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation given to :meth:`set_quoted`."""
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self._quoted[i][1]

    def last_person(self, start: int, end: int) -> Mention | None:
        """The last PERSON mention inside ``[start, end)`` that is not quoted."""
        k = self.before(end) - 1
        while k >= 0 and self.mentions[k].start >= start:
            m = self.mentions[k]
            if m.label == "PERSON" and m.end <= end and not self.quoted(m.start):
                return m
            k -= 1
        return None

    def full_name(self, word: str, label: str, pos: int) -> str | None:
        """The latest earlier multi-word name of ``label`` containing the word ``word``."""
        k = self.before(pos) - 1
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.label == label and " " in m.name and "," not in m.name and word in m.name.split():
                return m.name
        return None

    def before(self, pos: int) -> int:
        """Number of mentions that start before ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def gender(self, name: str) -> str | None:
        """ "m", "f" or None (unknown) for a resolved name."""
        return self._gender.get(name)

    def learn_gender(self, name: str, pronoun: str) -> None:
        """Remember the gender of ``name`` from a pronoun resolved to it."""
        p = pronoun.lower()
        if p in MALE:
            self._gender.setdefault(name, "m")
        elif p in FEMALE:
            self._gender.setdefault(name, "f")

    def descriptors(self, k: int) -> set[str]:
        """Lower-cased nouns describing mention ``k`` (appositive, title, compounds, own words)."""
        if self._descriptors is None:
            self._descriptors = [set() for _ in self.mentions]
        d = self._descriptors[k]
        if d:
            return d
        m = self.mentions[k]
        d.add("\0")  # computed marker
        if m.title:
            d.update(w.lower().strip(".") for w in m.title.split())
        if m.label != "PERSON":
            d.update(w.lower() for w in m.text.split())
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            root = span.root
            near: list[Token] = [c for c in root.children if c.dep_ in _DESCRIPTOR_DEPS]
            if root.dep_ == "appos" or (root.dep_ == "compound" and root.head.i > root.i):
                near.append(root.head)
            for t in near:
                if t.pos_ in ("NOUN", "PROPN") and not (m.start <= t.idx < m.end):
                    d.add(t.lemma_.lower())
                    d.update(c.lemma_.lower() for c in t.children if c.dep_ == "compound")
        return d


def resolve_descriptive(index: MentionIndex, head: Token, pos: int) -> tuple[str, str] | None:
    """(name, label) for "the minister" at ``pos``: the latest mention the noun describes; a
    noun of a person ("the party leader") never names an organisation or a place, and when the
    latest mention it describes is one, it names nobody (but "the Acme spokesman" is Acme's
    voice: :data:`_VOICE_NOUNS`)."""
    word = head.lemma_.lower()
    text = head.lower_
    # "the Labour leader" is a person, not the party ("the party spokesman" speaks for it)
    person = word in _PERSON_NOUNS and word not in _VOICE_NOUNS
    k = index.before(pos) - 1
    while k >= 0:
        d = index.descriptors(k)
        m = index.mentions[k]
        if (word in d or text in d) and not index.quoted(m.start):
            if person and m.label != "PERSON":
                return None  # "the Ohio governor" after "Ohio": not the place, and unknown
            return m.name, m.label
        k -= 1
    return None
