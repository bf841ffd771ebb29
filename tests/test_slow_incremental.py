"""Incremental runs equal a full refresh after a random series of added, changed, removed files."""

from __future__ import annotations

import random

import pytest

import flows.process
from flows.pipeline import newsfacts_flow
from newsfacts.settings import Settings
from tests.conftest import table_digests

FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid"]
LAST = ["Marsh", "Okafor", "Lindqvist", "Petrov", "Quinn", "Ruiz"]
CITIES = ["Leeds", "Denver", "Lyon", "Osaka", "Porto", "Quito"]
FIRMS = ["Northwind Ltd", "Bluepeak Group", "Harbor Mills", "Ironleaf Corp"]


def article(rng: random.Random) -> str:
    """An invented news article: a title, a paragraph with numbers, a quotation."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    city, firm = rng.choice(CITIES), rng.choice(FIRMS)
    n, pct = rng.randint(2, 900), rng.randint(1, 60)
    return (
        f"{firm} expands in {city}\n\n"
        f"{firm} said on Monday it would open {n} new offices in {city}, raising sales by "
        f"{pct}% this year.\n\n"
        f'"We are ready for the next step," said {name}, who leads the company in {city}.\n'
    )


@pytest.mark.slow  # about twenty flow runs
@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.parametrize("seed", [7, 11])
def test_random_series_of_changes_equals_a_full_refresh(tmp_path, monkeypatch, seed):
    monkeypatch.setattr(flows.process, "IN_PROCESS_MAX", 0)  # incremental runs use the workers too
    rng = random.Random(seed)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i in range(6):
        (raw / f"a{i}.txt").write_text(article(rng), encoding="utf-8")
    kw = dict(raw_dir=str(raw), chunk_size=3, batch_size=2, processes=2)
    newsfacts_flow(Settings(out_dir=str(out), **kw))
    for step in range(5):
        files = sorted(raw.glob("*.txt"))
        for _ in range(rng.randint(1, 3)):
            action = rng.choice(["add", "change", "remove", "copy", "near"])
            name = raw / f"n{step}-{rng.randint(0, 10**6)}.txt"
            if action == "add" or len(files) < 3:
                name.write_text(article(rng))
            elif action == "copy":  # an exact duplicate after cleaning (other bytes)
                name.write_text(rng.choice(files).read_text(encoding="utf-8") + "\n\n")
            elif action == "near":  # a near-duplicate: one more closing sentence
                text = rng.choice(files).read_text(encoding="utf-8")
                name.write_text(text + "\nThe company declined to comment.\n")
            elif action == "change":
                rng.choice(files).write_text(article(rng), encoding="utf-8")
            else:
                victim = rng.choice(files)
                victim.unlink()
                files.remove(victim)
        newsfacts_flow(Settings(out_dir=str(out), **kw))
        fresh = tmp_path / f"fresh{step}"
        newsfacts_flow(Settings(out_dir=str(fresh), full_refresh=True, **kw))
        assert table_digests(out) == table_digests(fresh), f"step {step}"
