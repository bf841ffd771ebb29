"""Numeric facts from a parsed ``Doc``: values, ranges, units, qualifiers, kinds and dates.

Public entry point: :func:`extract_numbers`. The package reads its own lexemes from ``doc.text``
(``lexer``; spaCy's token boundaries split "70-year-old" and glue "3bn"), parses number words and
digits (``words``, ``core``, ``magnitudes``), units and currencies (``units``, ``suffixes``),
qualifiers (``qualifiers``), dates (``dates``), ordinals (``ordinals``) and kinds (``kinds``), and
uses the spaCy parse only to tell numbers from non-numbers (``filters``: pronoun "one", names,
codes, times, enumerators) and to find the noun a count counts. ``extract`` assembles the rows.

Conventions: a date's ``value`` is its year when known and ``date`` the ISO day ("2023-06-24")
when day, month and year are known (None for "August 1991" or a yearless date without a
published date); a range has
``value <= value_max`` except year ranges, which keep their order; plural magnitudes ("tens of
billions", "thousands of") and "a couple of" are approximate; money units are ISO 4217 codes
(cents and pence in the major unit: "22 cts" -> 0.22 USD, ``subunits``); measurement units are singular British names ("kilometre").
"""

from __future__ import annotations

from transforms.numbers.extract import extract_numbers

__all__ = ["extract_numbers"]
