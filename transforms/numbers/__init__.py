"""Numeric facts from a parsed ``Doc``: values, ranges, units, qualifiers, kinds and dates.

Public entry point: :func:`extract_numbers`. The package reads its own lexemes from ``doc.text``
(``lexer``), parses number words and digits (``words``, ``core``, ``magnitudes``), units and
currencies (``units``, ``suffixes``), qualifiers (``qualifiers``) and dates (``dates``), and uses
the spaCy parse only to tell numbers from non-numbers (``filters``) and to find counted nouns.
"""

from __future__ import annotations

from transforms.numbers.extract import extract_numbers

__all__ = ["extract_numbers"]
