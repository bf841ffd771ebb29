"""The per-file entry point: a bad-input zoo, never raising, and the valid article beside it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transforms.ingest as ingest_module
from transforms.ids import sha256_hex
from transforms.ingest import IngestResult, ingest_file
from transforms.quarantine import REASONS, SCAN_REASONS, describe
from transforms.types import CleanArticle, Rejection

VALID = (
    "Bridge reopens after repairs\n\n"
    "The old bridge over the river reopened on Sunday after two years of repairs that cost the "
    "county more than £4m, officials said.\n\n"
    "“It was worth the wait,” said one driver, who had queued for an hour to cross it."
)
FRENCH = (
    "Le vieux pont sur la rivière a rouvert dimanche après deux ans de travaux qui ont coûté "
    "plus de quatre millions au département, ont indiqué les responsables. Les conducteurs ont "
    "attendu une heure pour le traverser et le maire a coupé le ruban à midi devant la foule."
)


def fake_detector(text: str) -> str:
    """A stand-in for py3langid: French if it sees French function words."""
    return "fr" if " le " in f" {text.lower()} " or " la " in f" {text.lower()} " else "en"


# One case per quarantine reason (file name, bytes, max_bytes, expected reason).
ZOO: list[tuple[str, bytes, int | None, str]] = [
    ("empty.txt", b"", None, "empty"),
    ("spaces.txt", b" \n\t\n ", None, "empty"),
    ("scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", None, "binary"),
    ("nul.txt", b"abc\x00\x00\x00\x01\x02\x03def" * 10, None, "binary"),
    ("garbage.txt", bytes(range(128, 256)) * 4, None, "undecodable"),
    ("huge.txt", VALID.encode() * 20, 1000, "too_large"),
    ("cut.json", json.dumps({"text": VALID})[:-10].encode(), None, "invalid_json"),
    ("deep.json", b"[" * 5_000 + b"]" * 5_000, None, "invalid_json"),
    ("list.json", b"[1, 2, 3]", None, "invalid_record"),
    (
        "menu.html",
        b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
        None,
        "no_body",
    ),
    ("french.txt", FRENCH.encode(), None, "not_english"),
    ("tiny.txt", b"xxxxxxxxxx", None, "too_short"),
    (
        "links.md",
        b"https://example.org/about\n\n**Translation:** AB\n\nSubscribe to our [newsletter](/n)\n",
        None,
        "empty_after_clean",
    ),
    ("report.docx", b"PK\x03\x04 whatever", None, "unsupported_format"),
]


def test_zoo_covers_every_reason_but_internal_error() -> None:
    # scan reasons: test_raw_links; exception kinds: test_ingest_errors; too_long: test_long_articles;
    # worker_lost: test_pool_watchdog
    others = {"internal_error", "too_deep", "out_of_memory", "too_long", "worker_lost"}
    expected = set(REASONS) - others - SCAN_REASONS
    assert {reason for *_, reason in ZOO} == expected


@pytest.mark.parametrize(("source", "data", "max_bytes", "reason"), ZOO, ids=[z[0] for z in ZOO])
def test_bad_input_is_quarantined_with_its_reason(
    source: str, data: bytes, max_bytes: int | None, reason: str
) -> None:
    result = ingest_file(data, source=source, max_bytes=max_bytes, detect_language=fake_detector)
    assert result.articles == []
    assert len(result.rejections) == 1
    rejection = result.rejections[0]
    got_source, digest = rejection.source, rejection.content_sha256
    assert (got_source, rejection.reason) == (source, reason)
    assert rejection.detail.startswith(source)
    if reason in ("invalid_record", "empty_after_clean", "not_english"):
        assert len(digest) == 64
    else:
        assert digest == sha256_hex(data)


def test_the_valid_article_beside_the_zoo_is_published() -> None:
    results = {
        source: ingest_file(data, source=source, max_bytes=max_bytes, detect_language=fake_detector)
        for source, data, max_bytes, _ in ZOO
    }
    results["good.txt"] = ingest_file(
        VALID.encode(), source="good.txt", max_bytes=10_000, detect_language=fake_detector
    )
    published = [(r.source, a) for res in results.values() for r, a in res.articles]
    assert [s for s, _ in published] == ["good.txt"]
    [(_, article)] = published
    assert article.title == "Bridge reopens after repairs"
    assert article.text == VALID
    assert sum(len(res.rejections) for res in results.values()) == len(ZOO)


def test_jsonl_bad_line_does_not_stop_the_others() -> None:
    lines = [
        json.dumps({"title": "One", "text": VALID}),
        '{"title": "Two", "text": "cut',
        json.dumps({"text": FRENCH}),
        json.dumps({"title": "Four", "text": VALID.replace("Sunday", "Monday")}),
        json.dumps({"headline": "no body"}),
    ]
    result = ingest_file(
        "\n".join(lines).encode(), source="feed.jsonl", detect_language=fake_detector
    )
    assert [r.source for r, _ in result.articles] == ["feed.jsonl:1", "feed.jsonl:4"]
    assert [(r.source, r.reason) for r in result.rejections] == [
        ("feed.jsonl:2", "invalid_json"),
        ("feed.jsonl:3", "not_english"),
        ("feed.jsonl:5", "invalid_record"),
    ]
    assert result.rejections[0].content_sha256 == sha256_hex(lines[1])


def test_unexpected_error_becomes_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> CleanArticle:
        raise ValueError("kaboom")

    monkeypatch.setattr(ingest_module, "clean_record", boom)
    result = ingest_file(VALID.encode(), source="x.txt")
    [rejection] = result.rejections
    assert (rejection.source, rejection.reason) == ("x.txt", "internal_error")
    assert "ValueError: kaboom" in rejection.detail
    assert rejection.content_sha256 == sha256_hex(VALID.encode())
    assert rejection.row("x.txt") == {
        "source": "x.txt",
        "reason": "internal_error",
        "detail": rejection.detail,
        "content_sha256": sha256_hex(VALID.encode()),
        "path": "x.txt",
    }


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("xxxxxxxxxx", "too_short"),
        ("test", "too_short"),
        ("This is a test.", "too_short"),
        ("MARKET HOLIDAYS\n\nPORTUGAL, LISBON (CARNIVAL).", "published"),  # 5 words: a wire brief
        ("ACME CORP SETS DIVIDEND\n\nQtly div 12 cts vs 12 cts prior", "published"),
        ("Storm closes the harbour for a day.", "published"),
    ],
)
def test_too_short_is_under_five_words_title_included(text: str, outcome: str) -> None:
    result = ingest_file(text.encode(), source="s.txt")
    got = [r.reason for r in result.rejections] or ["published"]
    assert got == [outcome]


def test_describe_reasons() -> None:
    assert describe("binary") == REASONS["binary"]
    assert "unknown" in describe("nope")


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=600),
    st.sampled_from(["a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a.bin"]),
)
def test_never_raises_on_arbitrary_bytes(data: bytes, source: str) -> None:
    result = ingest_file(data, source=source, max_bytes=500, detect_language=fake_detector)
    assert isinstance(result, IngestResult)
    for rejection in result.rejections:
        assert isinstance(rejection, Rejection)
        assert rejection.reason in REASONS
        assert rejection.reason != "internal_error", rejection.detail


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500), st.sampled_from(["a.txt", "a.md", "a.html", "a.json", "a.jsonl"]))
def test_never_raises_on_arbitrary_text(text: str, source: str) -> None:
    for encoding in ("utf-8", "utf-16"):
        result = ingest_file(text.encode(encoding, "surrogatepass"), source=source)
        assert all(r.reason != "internal_error" for r in result.rejections)


def test_real_language_detector_from_the_edge() -> None:
    from flows.langid import load_language_detector

    detect = load_language_detector()
    assert detect(VALID)[0] == "en"
    assert detect(FRENCH)[0] == "fr"
    assert detect(FRENCH)[1] > 0.9
    result = ingest_file(FRENCH.encode(), source="fr.txt", detect_language=detect)
    assert [r.reason for r in result.rejections] == ["not_english"]


def test_cleaning_evaluation_prints_counts(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsfacts.evaluation.cleaning import main

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(VALID + "\n\nTranslation: AB\n", encoding="utf-8")
    (tmp_path / "sub" / "copy.txt").write_text(VALID, encoding="utf-8")
    (tmp_path / "b.json").write_bytes(b'{"text": ')
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    main(tmp_path)
    out = capsys.readouterr().out
    assert "files: 4 (1 with an unsupported extension)" in out
    assert "articles: 2 cleaned, 1 distinct texts" in out
    assert "titles recognised: 2 of 2" in out
    assert "paragraphs: 6 (3.00 per article)" in out
    assert "  invalid_json: 1" in out and "  unsupported_format: 1" in out
    assert "  trailer: 1" in out
    assert "exact duplicates collapsed: 1" in out


def test_quarantine_suite_accepts_exactly_the_reason_codes() -> None:
    from pathlib import Path

    suite = json.loads(Path("expectations/quarantine.json").read_text(encoding="utf-8"))
    [value_set] = [
        e["kwargs"]["value_set"]
        for e in suite["expectations"]
        if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == "reason"
    ]
    assert value_set == sorted(REASONS)


def test_readme_and_docs_list_every_reason_code() -> None:
    import re
    from pathlib import Path

    readme = Path("README.md").read_text(encoding="utf-8")
    [listed] = re.findall(r"\| reason \| string \| a reason code: ([^(]+)\(", readme)
    assert sorted(c.strip() for c in listed.split(",")) == sorted(REASONS)
    docs = Path("docs/ingest.md").read_text(encoding="utf-8")
    assert sorted(set(re.findall(r"^\| `([a-z_]+)` \|", docs, re.M)) & set(REASONS)) == sorted(
        REASONS
    )
