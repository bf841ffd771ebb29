"""The three eval commands through the CLI, on tiny gold files written here (exact output)."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from newsfacts.cli import app

runner = CliRunner()


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_eval_quotes(tmp_path):
    text = (
        'Council votes on bridge\n\n"We will build it next year," said Mayor Anna Lind on Monday.'
    )
    q0, q1 = span(text, '"We will build it next year,"')
    s0, s1 = span(text, "Mayor Anna Lind")
    gold = write_jsonl(
        tmp_path / "q.jsonl",
        [
            {
                "doc_id": "d1",
                "text": text,
                "meta": {},
                "quotes": [
                    {
                        "start": q0,
                        "end": q1,
                        "text": text[q0:q1],
                        "speaker": text[s0:s1],
                        "cue": "said",
                        "kind": "direct",
                        "attr_kind": "direct",
                        "attr_id": "d1:E1",
                        "speaker_start": s0,
                        "speaker_end": s1,
                        "cue_start": q1 + 1,
                        "cue_end": q1 + 5,
                    }
                ],
            }
        ],
    )
    result = runner.invoke(app, ["eval", "quotes", "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "Direct quotes, 1 docs (our kind=direct vs gold direct)" in result.output
    assert "  exact    P=1.000 R=1.000 F1=1.000  (pred=1 gold=1)" in result.output
    assert "  overlap  P=1.000 R=1.000 F1=1.000  (pred=1 gold=1)" in result.output
    assert "  speaker  strict=1.000 lenient=1.000  (pairs=1)" in result.output
    cache = tmp_path / "docs"
    args = ["eval", "quotes", "--gold", str(gold), "--doc-cache", str(cache)]
    first = runner.invoke(app, args)
    again = runner.invoke(app, args)
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert f"doc cache {cache}: 0 reused, 1 parsed" in first.output
    assert f"doc cache {cache}: 1 reused, 0 parsed" in again.output
    for out in (first.output, again.output):
        assert "  exact    P=1.000 R=1.000 F1=1.000  (pred=1 gold=1)" in out
        assert "(parse not timed: Docs from the cache)" in out
    edged = runner.invoke(app, [*args, "--edges"])
    assert edged.exit_code == 0, edged.output
    assert "Partial overlaps (token F1 < 0.6, both unmatched): 0 pairs\n" in edged.output
    capped = runner.invoke(app, [*args, "--ceiling", "--target", "all=0.8"])
    assert capped.exit_code == 0, capped.output
    assert "  perfect edges:\n    all       P=1.000 R=1.000 F1=1.000  (gold=1 pred=1)" in (
        capped.output
    )
    assert "F1 0.80 needs R=0.667" in capped.output
    wrong = runner.invoke(app, [*args, "--ceiling", "--target", "indirekt=0.8"])
    assert wrong.exit_code == 2
    assert "--target 'indirekt=0.8': write KIND=F1" in re.sub(r"[\s│]+", " ", wrong.output)


def test_eval_entities(tmp_path):
    text = "Anna Lind met officials of Siemens in Berlin on Monday ."
    ents = [("Anna Lind", "PER"), ("Siemens", "ORG"), ("Berlin", "LOC")]
    gold = write_jsonl(
        tmp_path / "e.jsonl",
        [
            {
                "doc_id": "d1",
                "text": text,
                "entities": [
                    {"start": span(text, t)[0], "end": span(text, t)[1], "label": lab, "text": t}
                    for t, lab in ents
                ],
            }
        ],
    )
    result = runner.invoke(app, ["eval", "entities", "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    micro = next(line for line in result.output.splitlines() if line.startswith("micro"))
    assert re.match(r"micro +3 \| 1\.000 1\.000 1\.000 \|", micro), micro


def test_eval_numbers(tmp_path):
    text = "The company hired 300 engineers and spent $12 million."
    gold = write_jsonl(
        tmp_path / "n.jsonl",
        [
            {
                "id": "n1",
                "text": text,
                "source": "test",
                "source_file": "test.json",
                "scope": "all",
                "unit_vocab": "quantulum3",
                "quantities": [
                    {
                        "surface": "300",
                        "value": 300.0,
                        "unit": "dimensionless",
                        "start": span(text, "300")[0],
                        "end": span(text, "300")[1],
                    },
                    {
                        "surface": "$12 million",
                        "value": 12e6,
                        "unit": "dollar",
                        "start": span(text, "$12 million")[0],
                        "end": span(text, "$12 million")[1],
                    },
                ],
            }
        ],
    )
    result = runner.invoke(app, ["eval", "numbers", "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "value accuracy overall        1.000 (2/2)" in result.output
    assert "precision (scope=all)         1.000 (2/2)" in result.output


def test_eval_numbers_news_format(tmp_path):
    gold = write_jsonl(
        tmp_path / "news.jsonl",
        [
            {
                "id": "s1",
                "text": "Acme shares rose 4% to 310p.",
                "quantities": [
                    {"value": 4.0, "unit": "%", "normalized_unit": "percentage",
                     "change": "up", "concept": "Acme shares"},
                    {"value": 310.0, "unit": "p", "normalized_unit": "penny",
                     "change": "=", "concept": "Acme shares"},
                ],
            }
        ],
    )  # fmt: skip
    result = runner.invoke(app, ["eval", "numbers", "--gold", str(gold), "--errors", "5"])
    assert result.exit_code == 0, result.output
    assert "value                   P 1.000  R 1.000  F1 1.000  (2/2/2)" in result.output
    assert "value+change            P 1.000  R 1.000  F1 1.000  (2/2/2)" in result.output
    assert "value+concept (partial) P 1.000  R 1.000  F1 1.000  (2/2/2)" in result.output


def test_eval_with_a_missing_gold_file(tmp_path):
    result = runner.invoke(app, ["eval", "quotes", "--gold", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_eval_cleaning_reports_removals_and_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = (
        "Dam opens after delays\n\nThe new dam on the river opened on Tuesday after years of "
        "delays, officials said, and it will supply water to 40,000 homes in the valley.\n\n"
        "Subscribe to our newsletter for more stories like this."
    )
    (corpus / "a.txt").write_text(body, encoding="utf-8")
    (corpus / "b.txt").write_text(body, encoding="utf-8")
    (corpus / "c.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["eval", "cleaning", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == "files: 3 (1 with an unsupported extension)"
    assert lines[2] == "articles: 2 cleaned, 1 distinct texts"
    assert "  footer: 2" in lines
    assert "exact duplicates collapsed: 1" in lines
