"""Is a cleaned article English? A decision that does not throw English tables and wire copy away.

A statistical detector (loaded at the edge and passed in) is reliable on prose but guesses on
tables of figures ("Shr 22 cts vs 13 cts / Net 3.1 mln vs 1.7 mln") and very short texts, where
it reports exotic languages with a low confidence. So:

1. The detector reads the **prose** of the article (paragraphs of at least eight words, mostly
   letters), or the whole body when there is not enough prose (under 20 words): such a text (a
   table, a short item) is only rejected when the detector is sure (confidence at least
   :data:`UNSURE`).
2. Evidence for English that does not depend on the detector: the share of words that are
   English function words or wire abbreviations (``shr``, ``cts``, ``mln``, ``net``, ``vs``,
   ``qtr``, ``pct`` ...). Function words shared with other European languages ("in", "a",
   "an", "was", "also") are left out of the list, so other languages score near zero.
3. The article is English when the detector says so; or when English words make up at least
   :data:`ENGLISH_SHARE_ALONE` of its words (a table or wire text the detector misreads); or
   when the detector is unsure (confidence under :data:`UNSURE`) and English words are at least
   :data:`ENGLISH_SHARE_UNSURE` or there is not enough prose. Texts under :data:`MIN_WORDS` words are not judged at all.

The rejection detail says what the detector guessed, how sure it was, how many words it read and
the English share, so a person can check each quarantined article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

MIN_WORDS = 20  # fewer words than this are not judged: every detector guesses on them
MIN_PROSE_PARAGRAPH_WORDS = 8
SAMPLE_CHARS = 1000  # plenty for language identification
ENGLISH_SHARE_ALONE = 0.30
ENGLISH_SHARE_UNSURE = 0.05  # other languages score 0-3 % (tests.language_samples)
UNSURE = 0.90

# A detector maps a text to an ISO 639-1 code, or to (code, confidence in [0, 1]).
Detector = Callable[[str], "str | tuple[str, float]"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# English function words that are not also common words of French, German, Spanish, Italian,
# Dutch or Portuguese (so "in", "a", "an", "on", "is", "as", "was", "will", "over", "also" are left out).
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "that",
        "for",
        "with",
        "by",
        "from",
        "it",
        "its",
        "be",
        "are",
        "were",
        "has",
        "have",
        "had",
        "would",
        "said",
        "says",
        "not",
        "but",
        "or",
        "this",
        "which",
        "been",
        "he",
        "she",
        "they",
        "their",
        "them",
        "we",
        "you",
        "his",
        "her",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "than",
        "then",
        "there",
        "these",
        "those",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "about",
        "after",
        "before",
        "into",
        "under",
        "between",
        "through",
        "against",
        "during",
        "without",
        "within",
        "upon",
        "because",
        "if",
        "all",
        "any",
        "each",
        "every",
        "some",
        "such",
        "only",
        "other",
        "more",
        "most",
        "very",
        "just",
        "our",
        "us",
        "my",
        "him",
        "itself",
        "themselves",
        "being",
        "does",
        "did",
        "done",
        "shall",
        "yet",
        "so",
        "both",
        "either",
        "neither",
        "nor",
        "how",
        "why",
        "up",
        "out",
        "off",
        "down",
        "again",
        "further",
        "here",
        "until",
        "since",
        "toward",
        "towards",
        "among",
        "around",
        "across",
        "along",
        "behind",
        "beyond",
    ]
)
# Wire-copy abbreviations and the words of company-results tables.
WIRE_WORDS = frozenset(
    [
        "shr",
        "shrs",
        "cts",
        "ct",
        "mln",
        "bln",
        "dlrs",
        "dlr",
        "pct",
        "vs",
        "qtr",
        "qtly",
        "net",
        "revs",
        "rev",
        "sales",
        "avg",
        "oper",
        "div",
        "pay",
        "payable",
        "prior",
        "record",
        "mths",
        "mth",
        "yr",
        "year",
        "loss",
        "profit",
        "inc",
        "corp",
        "ltd",
        "co",
        "plc",
        "stg",
        "billion",
        "million",
        "tonnes",
        "note",
        "shares",
        "share",
        "earnings",
        "dividend",
        "gain",
        "extraordinary",
    ]
)
ENGLISH_WORDS = ENGLISH_FUNCTION_WORDS | WIRE_WORDS


@dataclass(frozen=True, slots=True)
class LanguageVerdict:
    """What the language check decided and why."""

    english: bool
    language: str  # the detector's guess ("" when not judged)
    confidence: float  # the detector's confidence in its guess (1.0 when it gives none)
    words: int  # words in the sample the detector read
    english_share: float  # share of English function words and wire abbreviations
    reason: str  # "detector", "english_words", "unsure", "too_short" or "not_english"
    prose: bool  # the detector read prose paragraphs (else the whole text: a table, a short item)

    def detail(self) -> str:
        """A readable account of the decision for a quarantine row."""
        return (
            f"the text looks like language {self.language!r} (detector confidence "
            f"{self.confidence:.2f} on {self.words} words of "
            f"{'prose' if self.prose else 'text with little prose'}; English function words and "
            f"wire abbreviations {self.english_share:.0%} of words), not English; only English "
            "articles are processed"
        )


def words_of(text: str) -> list[str]:
    """The words (letters only, apostrophes inside kept) of ``text``."""
    return _WORD.findall(text)


def english_share(words: Sequence[str]) -> float:
    """The share of ``words`` that are English function words or wire abbreviations."""
    if not words:
        return 0.0
    return sum(w.casefold() in ENGLISH_WORDS for w in words) / len(words)


def _is_prose(paragraph: str) -> bool:
    letters = sum(c.isalpha() for c in paragraph)
    visible = sum(not c.isspace() for c in paragraph)
    return len(words_of(paragraph)) >= MIN_PROSE_PARAGRAPH_WORDS and letters >= 0.6 * max(
        1, visible
    )


def language_sample(paragraphs: Sequence[str]) -> tuple[str, bool]:
    """The text the detector reads, and whether it is prose.

    The prose paragraphs when they hold at least :data:`MIN_WORDS` words; otherwise all the
    paragraphs (a table or a short item: not enough prose to be sure).
    """
    prose = " ".join(p for p in paragraphs if _is_prose(p))
    if len(words_of(prose)) >= MIN_WORDS:
        return prose[:SAMPLE_CHARS], True
    return " ".join(paragraphs)[:SAMPLE_CHARS], False


def _guess(detect: Detector, text: str) -> tuple[str, float]:
    guess = detect(text)
    if isinstance(guess, tuple):
        return str(guess[0]), float(guess[1])
    return str(guess), 1.0


def english_by_words(paragraphs: Sequence[str]) -> bool:
    """Whether English words alone make the body ``paragraphs`` English (a share of at least
    :data:`ENGLISH_SHARE_ALONE`): :func:`judge_language` then finds them English whatever the
    detector guesses, so a caller that needs only the yes or no may skip the detector (most
    English news prose passes here; the detector reads the rest)."""
    return english_share(words_of(" ".join(paragraphs))) >= ENGLISH_SHARE_ALONE


def judge_language(paragraphs: Sequence[str], detect: Detector) -> LanguageVerdict:
    """Decide whether the body ``paragraphs`` are English (see the module docstring)."""
    sample, prose = language_sample(paragraphs)
    words = words_of(sample)
    share = english_share(words_of(" ".join(paragraphs)))
    if len(words) < MIN_WORDS:
        return LanguageVerdict(True, "", 1.0, len(words), share, "too_short", prose)
    language, confidence = _guess(detect, sample)
    if language == "en":
        reason = "detector"
    elif share >= ENGLISH_SHARE_ALONE:
        reason = "english_words"
    elif confidence < UNSURE and (share >= ENGLISH_SHARE_UNSURE or not prose):
        reason = "unsure"
    else:
        return LanguageVerdict(False, language, confidence, len(words), share, "not_english", prose)
    return LanguageVerdict(True, language, confidence, len(words), share, reason, prose)
