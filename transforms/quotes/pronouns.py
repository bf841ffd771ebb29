"""``he``/``she`` as a speaker -> the person it stands for.

The latest compatible named speaker, unless a later compatible PERSON mention is the topic of its
sentence (the main subject, or a name in apposition to it) or sits in the pronoun's own sentence;
a later unnamed one-person speaker ("a spokeswoman said …. She added") is the antecedent itself,
so the pronoun stays unnamed. A name inside the clause the pronoun reports ("[Roe will win], he
said") is never its antecedent: the pronoun would command it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from transforms.quotes.resolve import FEMALE, MALE, MentionIndex
from transforms.types import Mention


def _compatible(index: MentionIndex, name: str, pronoun: str) -> bool:
    g = index.gender(name)
    p = pronoun.lower()
    if g is None:
        return True
    return (g == "m" and p in MALE) or (g == "f" and p in FEMALE)


def _main_subject(index: MentionIndex, m: Mention) -> bool:
    """Whether mention ``m`` is the subject of a main clause (the topic of its sentence), or a
    name in apposition to it ("The head of the unit, Jane Roe, spoke …")."""
    span = index.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.i < root.i:
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = root.head
    return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")


def _sentence_start(index: MentionIndex, pos: int) -> tuple[int, Callable[[int], bool]]:
    """Where the sentence holding the pronoun at ``pos`` starts, and a test of the mentions it
    cannot name: the noun a relative clause holding the pronoun hangs on ("X, whom he accused"),
    and the clause the pronoun's verb reports before it ("[X will win], he said"; not one that
    holds a colon: "X replied: '…,' he said" is a report of its own)."""
    span = index.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return pos, lambda _: False
    tok = span.root
    heads = [a.head for a in tok.ancestors if a.dep_ == "relcl"]
    if tok.dep_ == "relcl":
        heads.append(tok.head)
    bars = [(h.left_edge.idx, h.idx + len(h)) for h in heads]
    if tok.dep_ == "nsubj":
        for c in tok.head.children:
            if c.dep_ == "ccomp" and c.i < tok.i and not any(t.text == ":" for t in c.subtree):
                bars.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)))
    return span.sent.start_char, lambda start: any(a <= start < b for a, b in bars)


def resolve_pronoun(
    index: MentionIndex, pronoun: str, pos: int, speakers: Sequence[tuple[int, str, str]]
) -> tuple[str, str] | None:
    """(name, label) for ``he``/``she`` at ``pos``, or None.

    The latest compatible speaker (``speakers``: earlier resolved attributions as
    ``(position, name, label)`` in order), unless a compatible PERSON mention that is the subject
    of a main clause comes after it; without a speaker, the latest such subject, else the latest
    compatible PERSON mention. An unnamed one-person speaker after the named one
    (:meth:`MentionIndex.last_unnamed`) leaves the pronoun unnamed unless such a subject follows
    it. Mentions inside quotations are never candidates.
    """
    p = pronoun.lower()
    if p not in MALE and p not in FEMALE:
        return None
    best_pos, best = -1, None
    for spos, name, label in reversed(speakers):
        if spos < pos and label == "PERSON" and _compatible(index, name, p):
            best_pos, best = spos, (name, label)
            break
    unnamed = index.last_unnamed(pos, p)
    floor = max(best_pos, unnamed)
    fallback = None
    sent_start, barred = _sentence_start(index, pos)
    k = index.before(pos) - 1
    while k >= 0 and index.mentions[k].start > floor:
        m = index.mentions[k]
        k -= 1
        if m.label != "PERSON" or index.quoted(m.start) or not _compatible(index, m.name, p):
            continue
        if barred(m.start):
            continue
        if m.start >= sent_start or _main_subject(index, m):
            return m.name, m.label  # "the word from X was …, when he said": X
        if fallback is None:
            fallback = (m.name, m.label)
    if unnamed > best_pos:
        return None  # "A spokesman for Acme said …. He added": the spokesman
    return best or fallback


def resolve_topic(index: MentionIndex, pos: int) -> tuple[str, str] | None:
    """(name, label) for a definite description of a person at ``pos`` that describes no
    mention ("The 30-year-old said …", "the singer added"): the person the article is about so
    far, the one named most often before the description's sentence (the latest on a tie), or
    None when no person is named twice."""
    span = index.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return None
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for k in range(index.before(span.sent.start_char)):
        m = index.mentions[k]
        if m.label == "PERSON" and not index.quoted(m.start):
            counts[m.name] = counts.get(m.name, 0) + 1
            last[m.name] = k
    if not counts:
        return None
    name = max(counts, key=lambda n: (counts[n], last[n]))
    return (name, "PERSON") if counts[name] > 1 else None
