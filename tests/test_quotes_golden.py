"""Golden quotes of the five sample articles in ``data/raw`` (reviewed by hand).

The golden file is keyed by quote text, kind, speaker and cue (not offsets), so that changes in
cleaning do not break it. Speakers are compared by their last word, so that a better in-article
name resolution ("Putin" -> "Vladimir Putin") does not break it either; a wrong speaker does.
Regenerate (then review!) with ``NEWSFACTS_REGEN_GOLDEN=1 pytest tests/test_quotes_golden.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from transforms.clean import clean_record
from transforms.entities import extract_mentions
from transforms.parse import parse_raw
from transforms.quotes import extract_quotes
from transforms.types import Rejection

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLDEN = Path(__file__).parent / "golden" / "quotes_samples.json"


def _extract(nlp) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for path in sorted(RAW.glob("*.txt")):
        records = parse_raw(path.read_bytes(), source=path.name)
        assert not isinstance(records, Rejection), records
        art = clean_record(records[0])
        assert not isinstance(art, Rejection), art
        doc = nlp(art.text)
        out[path.name] = [
            {
                "text": " ".join(q.text.split()),
                "kind": q.kind,
                "speaker": q.speaker,
                "cue": q.cue,
            }
            for q in extract_quotes(doc, mentions=extract_mentions(doc))
        ]
    return out


def _key(q: dict) -> tuple:
    speaker = q["speaker"].split()[-1] if q["speaker"] else None
    return (q["text"], q["kind"], speaker, q["cue"])


@pytest.mark.skipif(not RAW.is_dir(), reason="sample articles not present")
def test_sample_articles_golden(nlp) -> None:
    got = _extract(nlp)
    if os.environ.get("NEWSFACTS_REGEN_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(got) == sorted(want)
    for name in want:
        assert [_key(q) for q in got[name]] == [_key(q) for q in want[name]], name
