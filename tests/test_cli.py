"""The ``eventwire extract`` command: metadata, formats, and bad input in a batch.

Most tests replace the extraction stages with a stub (one event per article), so they
check the command itself; the last ones run the real pipeline end to end.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import eventwire
from eventwire import cli
from eventwire.record import Article, Event, Evidence, Source

GOLDEN = Path(__file__).parent / "golden"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "maiduguri_report.txt"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_b542ad107430a3c2.txt"
REPORT = "Gunmen attacked a market in Tillaberi on Friday, killing three traders.\n"


def stub_extract(article: Article) -> list[Event]:
    """One event per article, carrying its metadata (stands in for the pipeline)."""
    if "EXPLODE" in article.text:
        raise RuntimeError("stage failed")
    source = Source(article.id, article.outlet, article.url,
                    article.published.isoformat() if article.published else "")
    return [Event(f"{article.id}-1", "Violence against civilians", "Attack", sources=[source],
                  evidence=[Evidence("event_type", article.id, 0, 6, article.text[:6])])]


@pytest.fixture
def stubbed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr(cli, "extract_article", stub_extract)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def events(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_article_id_from_meta_or_stem(stubbed: Path, capsys: pytest.CaptureFixture) -> None:
    Path("a.txt").write_text(REPORT)
    Path("b.txt").write_text(REPORT)
    Path("b.meta.json").write_text(json.dumps({"id": "wire-9", "outlet": "Example Wire", "published": "2023-05-13"}))
    code, out, err = run(capsys, "a.txt", "b.txt")
    assert (code, err) == (0, "")
    sources = [e["sources"][0] for e in events(out)]
    assert [s["article_id"] for s in sources] == ["a", "wire-9"]
    assert sources[1]["outlet"] == "Example Wire" and sources[1]["published"] == "2023-05-13"


def test_flags_give_metadata(stubbed: Path, capsys: pytest.CaptureFixture) -> None:
    Path("a.txt").write_text(REPORT)
    code, out, _ = run(capsys, "a.txt", "--published", "2023-05-13", "--outlet", "Wire", "--url", "https://x.org/a")
    source = events(out)[0]["sources"][0]
    assert (code, source["published"], source["outlet"], source["url"]) == (0, "2023-05-13", "Wire", "https://x.org/a")


def test_jsonl_of_articles(stubbed: Path, capsys: pytest.CaptureFixture) -> None:
    rows = [{"id": "r1", "url": "u1", "outlet": "O", "published": "2023-05-13", "title": "T", "text": REPORT},
            {"text": REPORT}]
    Path("batch.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    code, out, _ = run(capsys, "batch.jsonl")
    assert code == 0
    assert [e["sources"][0]["article_id"] for e in events(out)] == ["r1", "batch-2"]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_each_format(stubbed: Path, capsys: pytest.CaptureFixture, fmt: str) -> None:
    Path("a.txt").write_text(REPORT)
    code, out, err = run(capsys, "a.txt", "--format", fmt)
    assert (code, err) == (0, "")
    assert "a-1" in out or fmt == "table"
    if fmt == "json":
        assert json.loads(out)[0]["event_id"] == "a-1"
    if fmt == "csv":
        assert out.startswith("event_id,event_date,")
    if fmt == "table":
        assert out.startswith("date ") and out.rstrip().endswith("(1 event)")


def make_bad_inputs() -> list[str]:
    """One good report between each kind of bad input; returns the command's file arguments."""
    Path("good1.txt").write_text(REPORT)
    Path("empty.txt").write_bytes(b"")
    Path("binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 10)
    Path("latin1.txt").write_bytes("Attaque \u00e0 Tillab\u00e9ri.".encode("latin-1"))
    Path("huge.txt").write_bytes(b"word " * 1_000_001)
    Path("badmeta.txt").write_text(REPORT)
    Path("badmeta.meta.json").write_text('{"id": "x", ')
    Path("baddate.txt").write_text(REPORT)
    Path("baddate.meta.json").write_text(json.dumps({"published": "13/05/2023"}))
    Path("fails.txt").write_text("EXPLODE " + REPORT)
    Path("folder").mkdir()
    Path("batch.jsonl").write_text("\n".join([json.dumps({"id": "j1", "text": REPORT}), '{"id": "j2", "text": "unfinished',
                                              json.dumps({"id": "j3", "text": REPORT})]))
    Path("good2.txt").write_text(REPORT)
    return ["good1.txt", "empty.txt", "binary.txt", "latin1.txt", "huge.txt", "badmeta.txt", "baddate.txt",
            "fails.txt", "missing.txt", "folder", "batch.jsonl", "good2.txt"]


def test_bad_inputs_named_once_and_the_batch_goes_on(stubbed: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run(capsys, *make_bad_inputs())
    assert code == 1
    assert [e["sources"][0]["article_id"] for e in events(out)] == ["good1", "j1", "j3", "good2"]
    assert err == (GOLDEN / "cli_bad_inputs.stderr").read_text(encoding="utf-8")
    assert all(line.startswith("eventwire: ") for line in err.splitlines())


def test_bad_published_flag_is_one_message(stubbed: Path, capsys: pytest.CaptureFixture) -> None:
    Path("a.txt").write_text(REPORT)
    code, out, err = run(capsys, "a.txt", "--published", "2023-02-30")
    assert (code, out) == (2, "")
    assert err == "eventwire: --published: bad date '2023-02-30', expected YYYY-MM-DD\n"


def test_all_good_exits_zero_and_nothing_on_stderr(stubbed: Path, capsys: pytest.CaptureFixture) -> None:
    Path("a.txt").write_text(REPORT)
    assert run(capsys, "a.txt")[::2] == (0, "")


def test_installed_command_end_to_end(tmp_path: Path) -> None:
    """The real command as a process: a good report's events on stdout, a missing file named on stderr."""
    missing = tmp_path / "missing.txt"
    proc = subprocess.run([sys.executable, "-m", "eventwire", "extract", str(EXAMPLE), str(missing)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr == f"eventwire: {missing}: no such file\n"
    found = events(proc.stdout)
    assert found and {s["article_id"] for e in found for s in e["sources"]} == {"example-maiduguri"}
    assert all(e["sources"][0]["published"] == "2024-03-18" for e in found)


def assert_evidence_in_original(found: list[Event], text: str) -> None:
    for event in found:
        for ev in event.evidence:
            assert text[ev.start:ev.end] == ev.text, ev


def test_python_api_on_the_example() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    found = eventwire.extract(text, published="2024-03-18", article_id="ex", outlet="Example Wire")
    assert found and all(e.sources[0].article_id == "ex" and e.sources[0].outlet == "Example Wire" for e in found)
    assert_evidence_in_original(found, text)
    with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
        eventwire.extract(text, published="18 March 2024")


def test_repeated_body_gives_the_same_events_with_offsets_into_the_original() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    doubled = text + "\n\n" + text.replace("  ", " ").replace("\n", "\n\n")
    once = eventwire.extract(text, published="2024-03-18")
    twice = eventwire.extract(doubled, published="2024-03-18")
    assert [(e.event_type, e.event_date, e.fatalities) for e in twice] == [
        (e.event_type, e.event_date, e.fatalities) for e in once]
    assert_evidence_in_original(twice, doubled)


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed report is not beside the repository")
def test_seed_report_evidence_points_into_the_scraped_text(capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["extract", str(SEED)]) == 0
    found = [Event.from_dict(d) for d in events(capsys.readouterr().out)]
    assert found and {s.article_id for e in found for s in e.sources} == {"000_b542ad107430a3c2"}
    assert_evidence_in_original(found, SEED.read_text(encoding="utf-8"))


def test_report_from_standard_input(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "eventwire", "extract", "-", "--published", "2024-03-18"],
                          input=text, capture_output=True, text=True, timeout=300)
    assert (proc.returncode, proc.stderr) == (0, "")
    found = events(proc.stdout)
    assert found and {e["sources"][0]["article_id"] for e in found} == {"stdin"}
    empty = subprocess.run([sys.executable, "-m", "eventwire", "extract", "-"], input="", capture_output=True,
                           text=True, timeout=300)
    assert (empty.returncode, empty.stdout, empty.stderr) == (1, "", "eventwire: <stdin>: empty input: no text to read\n")
