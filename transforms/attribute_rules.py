"""spaCy's attribute ruler, same output, without its Matcher: rules looked up per token key.

The ``attribute_ruler`` of the English pipelines maps each token's tag (and a few words, with
their dependency label or neighbour) to its POS, morphology and some lemmas: 179 patterns of
one or two tokens. spaCy runs them through a ``Matcher``, which tries every pattern at every
token (about 13 % of the parse's CPU with ``en_core_web_sm``). Here a pattern element is a test
of the token's ``TAG`` / ``LOWER`` / ``DEP`` / ``IS_SPACE``, so which elements hold is a function
of those four values: which elements hold is kept per attribute value (a bit mask each), the
rules' result per combination of masks and per token key, so a Doc costs about one dictionary
look-up per token, its changes written in one ``Doc.from_array``.

Same semantics as ``AttributeRuler``: every fixed-length pattern matches wherever each of its
elements holds; matches apply in rule order (a later rule wins), each to the token at its
``index`` in the match. :func:`compile_rules` returns None for anything else (quantifiers,
other attributes or predicates, extension attributes), and the caller keeps spaCy's component.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a pattern element may test
SET_ATTRS = ("POS", "MORPH", "LEMMA", "DEP", "TAG")  # what a rule may set
MAX_KEYS = 200_000  # a cache is emptied when it grows past this (bounded memory)

ValueTest = Callable[[Any], bool]  # one attribute's test: its string (IS_SPACE: a bool)


def _value_test(attr: str, spec: Any) -> ValueTest | None:
    """The Matcher's test of one attribute: a value (compared by its hash, so as a string),
    or IN / NOT_IN (lists of strings) and REGEX (``re.search``); IS_SPACE only as a bool."""
    if attr == "IS_SPACE":
        return (lambda value: value == spec) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        return lambda value: value == spec
    if not isinstance(spec, dict) or not spec or set(spec) - {"IN", "NOT_IN", "REGEX"}:
        return None
    tests: list[ValueTest] = []
    for op, arg in spec.items():
        if op == "REGEX":
            if not isinstance(arg, str):
                return None
            rx = re.compile(arg)
            tests.append(lambda value, rx=rx: rx.search(value) is not None)
            continue
        if not isinstance(arg, list) or not all(isinstance(v, str) for v in arg):
            return None
        values = frozenset(arg)
        if op == "IN":
            tests.append(lambda value, values=values: value in values)
        else:
            tests.append(lambda value, values=values: value not in values)
    return lambda value: all(test(value) for test in tests)


class AttributeRules:
    """The rules of one ``AttributeRuler``: call it on a parsed Doc (a spaCy component).

    Built by :func:`compile_rules`. Each distinct pattern element is a bit; per attribute of
    :data:`KEY_ATTRS`, the mask of a value has the bits of the elements that do not test the
    attribute or whose test holds for it; a token's mask (the four masks and-ed) says which
    elements hold for it."""

    def __init__(
        self,
        elements: list[dict[int, ValueTest]],
        patterns: list[tuple[list[int], int, int]],
        attrs: list[dict[int, int]],
        set_ids: tuple[int, ...],
        key_ids: tuple[int, ...],
    ) -> None:
        """``elements``: per element, attribute position in :data:`KEY_ATTRS` -> its test;
        ``patterns``: (element numbers, rule, offset of the token it sets) in rule order;
        ``attrs[rule]``: attribute id -> value set by the rule (spaCy's normalised form);
        ``set_ids`` / ``key_ids``: the ids of :data:`SET_ATTRS` / :data:`KEY_ATTRS`."""
        everything = (1 << len(elements)) - 1
        self._free = [everything] * len(KEY_ATTRS)  # elements not testing the attribute
        self._tests: list[list[tuple[int, ValueTest]]] = [[] for _ in KEY_ATTRS]
        for e, tests in enumerate(elements):
            for pos, test in tests.items():
                self._free[pos] &= ~(1 << e)
                self._tests[pos].append((1 << e, test))
        self._single = [(1 << p[0], rule) for p, rule, _ in patterns if len(p) == 1]
        self._multi = [([1 << e for e in p], rule, off) for p, rule, off in patterns if len(p) > 1]
        self._attrs = attrs
        self._set_ids = set_ids
        self._key_ids = list(key_ids)
        self._masks: list[dict[int, int]] = [{} for _ in KEY_ATTRS]  # value hash -> mask
        self._by_mask: dict[int, tuple] = {}
        self._by_key: dict[tuple[int, ...], tuple] = {}
        self.source: tuple = ()  # compile_rules's arguments (to pickle the rules)

    def __reduce__(self) -> tuple:
        return (compile_rules, self.source)

    def _mask(self, pos: int, value: int, doc: Doc) -> int:
        masks = self._masks[pos]
        mask = masks.get(value)
        if mask is None:
            text = bool(value) if KEY_ATTRS[pos] == "IS_SPACE" else doc.vocab.strings[value]
            mask = self._free[pos]
            for bit, test in self._tests[pos]:
                if test(text):
                    mask |= bit
            if len(masks) >= MAX_KEYS:
                masks.clear()
            masks[value] = mask
        return mask

    def _info(self, key: tuple[int, ...], doc: Doc) -> tuple:
        """(changes made by the single-token rules, those rules, the multi-token patterns whose
        first element holds, the token's mask) for one token key."""
        mask = -1
        for pos, value in enumerate(key):
            mask &= self._mask(pos, value, doc)
        info = self._by_mask.get(mask)
        if info is None:
            rules = tuple(sorted({rule for bit, rule in self._single if mask & bit}))
            firsts = tuple(m for m, p in enumerate(self._multi) if mask & p[0][0])
            info = self._by_mask[mask] = (self._changes(rules), rules, firsts, mask)
        if len(self._by_key) >= MAX_KEYS:
            self._by_key.clear()
        self._by_key[key] = info
        return info

    def _changes(self, rules: tuple[int, ...] | list[int]) -> tuple[tuple[int, int], ...]:
        """(column, value) pairs left by applying ``rules`` in order (a later rule wins)."""
        final: dict[int, int] = {}
        for rule in rules:
            final.update(self._attrs[rule])
        return tuple((self._set_ids.index(a), v) for a, v in final.items())

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        by_key = self._by_key
        infos = [
            by_key.get(key) or self._info(key, doc)
            for key in map(tuple, doc.to_array(self._key_ids).tolist())
        ]
        aimed: dict[int, list[int]] = {}  # token -> rules of the multi-token matches it gets
        for start, info in enumerate(infos):
            for m in info[2]:
                bits, rule, offset = self._multi[m]
                if start + len(bits) <= n and all(
                    infos[start + j][3] & bits[j] for j in range(1, len(bits))
                ):
                    aimed.setdefault(start + offset, []).append(rule)
        values = doc.to_array(list(self._set_ids))
        changed = False
        for i, info in enumerate(infos):
            changes = info[0]
            if i in aimed:
                changes = self._changes(sorted(set(info[1]) | set(aimed[i])))
            for col, value in changes:
                values[i, col] = value
                changed = True
        if changed:
            doc.from_array(list(self._set_ids), values)
        return doc


def compile_rules(
    patterns: list[dict[str, Any]], attrs: list[dict[int, int]], ids: dict[str, int]
) -> AttributeRules | None:
    """:class:`AttributeRules` equal to an ``AttributeRuler`` with ``patterns`` (its
    ``.patterns``: one entry per rule, in order) and ``attrs`` (its ``.attrs``: the same rules'
    normalised attributes); ``ids`` maps attribute names to spaCy's ids. None when a rule is
    outside what is supported (then keep spaCy's component)."""
    set_ids = tuple(ids[name] for name in SET_ATTRS)
    if len(patterns) != len(attrs) or any(set(a) - set(set_ids) for a in attrs):
        return None
    elements: list[dict[int, ValueTest]] = []
    compiled: list[tuple[list[int], int, int]] = []
    for rule, entry in enumerate(patterns):
        index = entry.get("index", 0)
        for pattern in entry.get("patterns", []):
            if not isinstance(pattern, list) or not pattern or not isinstance(index, int):
                return None
            if not -len(pattern) <= index < len(pattern):
                return None
            numbers = []
            for element in pattern:
                if not isinstance(element, dict) or set(element) - set(KEY_ATTRS):
                    return None
                tests = {KEY_ATTRS.index(a): _value_test(a, spec) for a, spec in element.items()}
                if not tests or any(test is None for test in tests.values()):
                    return None
                numbers.append(len(elements))
                elements.append(tests)  # type: ignore[arg-type]
            compiled.append((numbers, rule, index % len(pattern)))
    key_ids = tuple(ids[name] for name in KEY_ATTRS)
    rules = AttributeRules(elements, compiled, attrs, set_ids, key_ids)
    rules.source = (patterns, attrs, ids)
    return rules
