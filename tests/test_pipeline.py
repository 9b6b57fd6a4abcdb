"""The classifier pipeline over a real (temporary) corpus, and the batch CLI contract."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import NotFound
from bot.models import Article
from bot.pipeline import classify_pending, explain_lines, rebuild
from bot.store import developments as store

ROOT = Path(__file__).resolve().parent.parent

WIRE = ("Defense Secretary Pete Hegseth gave Anthropic until 5:01 p.m. Friday to drop its limits on military use of "
        "its Claude models or face cancellation of a $200 million contract, officials said. The Pentagon also "
        "threatened to label the company a supply chain risk and to invoke the Defense Production Act, according "
        "to two people briefed on the meeting with chief executive Dario Amodei.")


def add(app, url: str, title: str, text: str, day: int, publisher: str, hour: int = 12) -> int:
    when = datetime(2026, 2, day, hour, tzinfo=UTC)
    return store.insert_batch_article(app.db, Article(url=url, title=title, text=text, published=when,
                                                      fetched=when + timedelta(hours=1), publisher=publisher))


def corpus(app) -> dict[str, int]:
    return {
        "ap": add(app, "https://apnews.com/1", "Hegseth gives Anthropic until Friday to drop AI limits", WIRE, 24, "AP"),
        "copy": add(app, "https://sfgate.com/1", "Pentagon chief gives AI firm Anthropic Friday deadline", WIRE, 24,
                    "SFGATE", hour=15),
        "launch": add(app, "https://techcrunch.com/1", "Anthropic releases a faster Claude model",
                      "Anthropic released a new Claude model with better coding scores on Tuesday.", 24, "TechCrunch"),
    }


def test_classify_pending_writes_signals_developments_and_marks_articles(app, clock):
    ids = corpus(app)
    report = classify_pending(app)
    assert report.classified == 3 and report.relevant == 2
    assert len(report.new_developments) == 1 and report.changed_developments == []
    assert store.count_pending(app.db) == 0
    dev = store.get_development(app.db, report.new_developments[0])
    assert dev is not None
    assert set(dev.article_ids) == {ids["ap"], ids["copy"]}
    assert dev.sources == 1 and dev.publishers == ("AP",)  # the wire copy counts once
    assert store.get_signal(app.db, ids["copy"]).syndicated_of == ids["ap"]  # type: ignore[union-attr]
    assert dev.first_seen == datetime(2026, 2, 24, 13, tzinfo=UTC)  # fetched time, never the clock
    assert dev.first_seen != clock.now()
    assert dev.event_date.isoformat() == "2026-02-24"  # type: ignore[union-attr]
    assert 6 <= dev.impact <= 8 and dev.impact_reasons
    assert not store.get_signal(app.db, ids["launch"]).relevant  # type: ignore[union-attr]


def test_incremental_update_and_independent_source(app):
    corpus(app)
    first = classify_pending(app)
    add(app, "https://axios.com/1", "Scoop: Pentagon tells Anthropic to comply by Friday",
        "The Pentagon told Anthropic it has until Friday at 5:01 p.m. to accept any lawful use of its models or "
        "be labeled a supply chain risk, Hegseth's office said after a tense meeting with Dario Amodei.", 24, "Axios",
        hour=18)
    second = classify_pending(app)
    assert second.classified == 1 and second.new_developments == []
    assert second.changed_developments == first.new_developments
    dev = store.get_development(app.db, first.new_developments[0])
    assert dev is not None and dev.sources == 2 and dev.verified
    assert classify_pending(app).classified == 0


def test_rebuild_keeps_development_ids(app):
    corpus(app)
    before = classify_pending(app).new_developments
    report = rebuild(app)
    assert report.classified == 3 and report.new_developments == before


def test_explain_lines(app):
    ids = corpus(app)
    dev_id = classify_pending(app).new_developments[0]
    art = explain_lines(app.db, ids["ap"])
    assert any(line.startswith("Relevance") for line in art)
    assert any(line.startswith("Impact") for line in art)
    assert any("regulatory" in line for line in art)
    dev = explain_lines(app.db, dev_id)
    assert dev[0].startswith(f"Development {dev_id}")
    assert any("Independent sources 1" in line for line in dev)
    with pytest.raises(NotFound):
        explain_lines(app.db, "nope")
    with pytest.raises(NotFound):
        explain_lines(app.db, 99999)


def _write(path: Path, rows: list[object]) -> None:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_batch_contract(tmp_path: Path, capsys):
    rows = [
        {"id": "a", "url": "https://apnews.com/1", "title": "Hegseth gives Anthropic until Friday to drop AI limits",
         "text": WIRE, "published": "2026-02-24T12:00:00Z", "source": "AP"},
        {"id": "b", "url": "https://sfgate.com/1", "title": "Pentagon chief gives Anthropic Friday deadline",
         "text": WIRE, "published": None, "source": None},
        {"id": 3, "url": None, "title": None, "text": None, "published": "not a date", "source": 7},
        {"id": "huge", "url": "x" * 5000, "title": "A" * 50_000, "text": "Anthropic " * 100_000,
         "published": "2026-02-25", "source": "<@U123>"},
        "this line is not json",
        {"id": "nested", "title": {"x": [1, 2]}, "text": ["Anthropic", "Pentagon"]},
    ]
    inp, out1, out2 = tmp_path / "in.jsonl", tmp_path / "o1.jsonl", tmp_path / "o2.jsonl"
    _write(inp, rows)
    db = tmp_path / "corpus.db"
    args = ["--config", str(ROOT / "config" / "default.toml"), "--db", str(db), "classify", str(inp)]
    assert main([*args, "-o", str(out1)]) == 0
    assert main([*args, "-o", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()  # same input, same output
    got = [json.loads(line) for line in out1.read_text().splitlines()]
    assert len(got) == len(rows)
    keys = {"id", "relevant", "relevance", "development", "development_title", "sources", "syndicated_of", "impact",
            "impact_reasons", "sentiment", "affected", "category", "entities", "key_facts", "dates"}
    assert all(keys <= set(g) for g in got)
    a, b = got[0], got[1]
    assert a["relevant"] and b["relevant"] and a["development"] == b["development"]
    assert b["syndicated_of"] == "a" and a["sources"] == 1
    # the batch touched no corpus: the app's database holds no articles
    from bot.store import open_db

    assert open_db(db).execute("select count(*) from articles").fetchone()[0] == 0


def test_batch_with_db_stores_the_batch(tmp_path: Path):
    inp, out, db = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "batch.db"
    _write(inp, [{"id": "a", "url": "https://apnews.com/1", "title": "Hegseth gives Anthropic until Friday",
                  "text": WIRE, "published": "2026-02-24T12:00:00Z", "source": "AP"}])
    assert main(["--config", str(ROOT / "config" / "default.toml"), "--db", str(tmp_path / "app.db"), "classify",
                 str(inp), "-o", str(out), "--db", str(db)]) == 0
    from bot.store import open_db

    assert open_db(db).execute("select count(*) from developments").fetchone()[0] == 1


def test_an_updated_article_leaves_its_old_development(app):
    ids = corpus(app)
    dev_id = classify_pending(app).new_developments[0]
    # the AP story is rewritten into something else entirely and comes back unclassified
    app.db.execute("update articles set title = ?, text = ?, classified = 0 where id = ?",
                   ["Anthropic opens an office in Tokyo", "Anthropic opened an office in Tokyo on Monday.",
                    ids["ap"]])
    report = classify_pending(app)
    assert report.classified == 1 and dev_id in report.changed_developments
    dev = store.get_development(app.db, dev_id)
    assert dev is not None and dev.article_ids == (ids["copy"],)
    assert dev.publishers == ("SFGATE",)  # the copy now stands as the original
    assert not store.get_signal(app.db, ids["ap"]).relevant  # type: ignore[union-attr]


def test_seed_calibration_is_bounded_and_needs_three_scored_seeds(settings, tmp_path: Path):
    from dataclasses import replace

    from bot.config import StoryConfig
    from bot.pipeline import calibration, load_story

    story = load_story(settings)
    assert -1.0 <= calibration(story, settings) <= 1.0
    empty = replace(settings, story=replace(settings.story, seeds=str(tmp_path)))
    assert calibration(load_story(empty), empty) == 0.0
    assert isinstance(empty.story, StoryConfig)


def test_explain_command_prints_lines(tmp_path: Path, capsys):
    inp, out, db = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "c.db"
    _write(inp, [{"id": "a", "url": "https://apnews.com/1", "title": "Hegseth gives Anthropic until Friday",
                  "text": WIRE, "published": "2026-02-24T12:00:00Z", "source": "AP"}])
    cfg = str(ROOT / "config" / "default.toml")
    assert main(["--config", cfg, "--db", str(tmp_path / "app.db"), "classify", str(inp), "-o", str(out),
                 "--db", str(db)]) == 0
    dev = json.loads(out.read_text())["development"]
    capsys.readouterr()
    assert main(["--config", cfg, "--db", str(db), "explain", dev]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"Development {dev}") and "Impact" in printed
    assert main(["--config", cfg, "--db", str(db), "explain", "no-such"]) == 1


def test_seed_articles_carry_their_own_labels(app):
    from bot.seeds import load_seed_records

    rec = next(r for r in load_seed_records(app.settings.seeds_dir) if r.impact)
    aid = store.insert_batch_article(app.db, Article(url=rec.seed_url, title=rec.title, text=rec.body,
                                                     published=datetime(2026, 2, 25, tzinfo=UTC), is_seed=True))
    app.db.execute("update articles set is_seed = 1 where id = ?", [aid])
    classify_pending(app)
    sig = store.get_signal(app.db, aid)
    assert sig is not None and sig.relevant and sig.impact == rec.impact
    assert sig.impact_reasons[0].component == "seed"
