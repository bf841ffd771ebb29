"""spaCy's attribute ruler, same output, without its Matcher: rules looked up per token key.

The ``attribute_ruler`` of the English pipelines maps each token's tag (and a few words, with
their dependency label or neighbour) to its POS, morphology and some lemmas: 179 patterns of
one or two tokens. spaCy runs them through a ``Matcher``, which tries every pattern at every
token (about 13 % of the parse's CPU with ``en_core_web_sm``). Here a pattern element is a test
of the token's ``TAG`` / ``LOWER`` / ``DEP`` / ``IS_SPACE``, so which elements hold is a function
of those four values: it is worked out once per distinct key and kept, and a Doc costs one
dictionary look-up per token, its changes written in one ``Doc.from_array``.

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
MAX_KEYS = 500_000  # the key cache is emptied when it grows past this (bounded memory)

# a pattern element's test of the token's (tag, lower, dep) strings and its is_space flag
Test = Callable[[tuple[str, str, str, bool]], bool]


def _value_test(pos: int, spec: Any) -> Test | None:
    if pos == 3:  # IS_SPACE: a bool, as the Matcher compares the flag
        if isinstance(spec, bool):
            return lambda key: key[3] == spec
        return None
    if isinstance(spec, str):
        return lambda key: key[pos] == spec
    if not isinstance(spec, dict) or not spec or set(spec) - {"IN", "NOT_IN", "REGEX"}:
        return None
    tests: list[Test] = []
    for op, arg in spec.items():
        if op == "REGEX":
            if not isinstance(arg, str):
                return None
            rx = re.compile(arg)
            tests.append(lambda key, rx=rx: rx.search(key[pos]) is not None)
            continue
        if not isinstance(arg, list) or not all(isinstance(v, str) for v in arg):
            return None
        values = frozenset(arg)
        if op == "IN":
            tests.append(lambda key, values=values: key[pos] in values)
        else:
            tests.append(lambda key, values=values: key[pos] not in values)
    return lambda key: all(t(key) for t in tests)


def _element_test(element: Any) -> Test | None:
    if not isinstance(element, dict) or not element or set(element) - set(KEY_ATTRS):
        return None
    tests = [_value_test(KEY_ATTRS.index(name), spec) for name, spec in element.items()]
    if any(t is None for t in tests):
        return None
    return lambda key: all(t(key) for t in tests)  # type: ignore[misc]


class AttributeRules:
    """The rules of one ``AttributeRuler``: call it on a parsed Doc (a spaCy component)."""

    def __init__(
        self,
        patterns: list[tuple[list[Test], int, int]],
        attrs: list[dict[int, int]],
        set_ids: tuple[int, ...],
        key_ids: tuple[int, ...],
    ) -> None:
        """``patterns``: (element tests, rule, offset of the token it sets) in rule order;
        ``attrs[rule]``: attribute id -> value set by the rule (spaCy's normalised form);
        ``set_ids`` / ``key_ids``: the ids of :data:`SET_ATTRS` / :data:`KEY_ATTRS`."""
        self._single = [(tests[0], rule) for tests, rule, _ in patterns if len(tests) == 1]
        self._multi = [p for p in patterns if len(p[0]) > 1]
        self._attrs = attrs
        self._set_ids = set_ids
        self._key_ids = list(key_ids)
        self._cache: dict[tuple[int, ...], tuple] = {}
        self.source: tuple = ()  # compile_rules's arguments (to pickle the rules)

    def __reduce__(self) -> tuple:
        return (compile_rules, self.source)

    def _info(self, key: tuple[int, ...], doc: Doc) -> tuple:
        """(changes made by the single-token rules, those rules, the multi-token elements that
        hold, the multi-token patterns whose first element holds) for one token key."""
        strings = doc.vocab.strings
        text = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
        rules = tuple(sorted({rule for test, rule in self._single if test(text)}))
        elements = frozenset(
            (m, j)
            for m, (tests, _, _) in enumerate(self._multi)
            for j, test in enumerate(tests)
            if test(text)
        )
        firsts = tuple(m for m in range(len(self._multi)) if (m, 0) in elements)
        if len(self._cache) >= MAX_KEYS:
            self._cache.clear()
        info = (self._changes(rules), rules, elements, firsts)
        self._cache[key] = info
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
        cache = self._cache
        infos = [
            cache.get(key) or self._info(key, doc)
            for key in map(tuple, doc.to_array(self._key_ids).tolist())
        ]
        aimed: dict[int, list[int]] = {}  # token -> rules of the multi-token matches it gets
        for start, info in enumerate(infos):
            for m in info[3]:
                tests, rule, offset = self._multi[m]
                if start + len(tests) <= n and all(
                    (m, j) in infos[start + j][2] for j in range(1, len(tests))
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
    compiled: list[tuple[list[Test], int, int]] = []
    for rule, entry in enumerate(patterns):
        index = entry.get("index", 0)
        for pattern in entry.get("patterns", []):
            if not isinstance(pattern, list) or not pattern or not isinstance(index, int):
                return None
            if not -len(pattern) <= index < len(pattern):
                return None
            tests = [_element_test(element) for element in pattern]
            if any(t is None for t in tests):
                return None
            compiled.append((tests, rule, index % len(pattern)))  # type: ignore[arg-type]
    rules = AttributeRules(compiled, attrs, set_ids, tuple(ids[name] for name in KEY_ATTRS))
    rules.source = (patterns, attrs, ids)
    return rules
