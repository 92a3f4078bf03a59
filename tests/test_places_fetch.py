"""Fetching one file over HTTP: resuming broken transfers, asking only for what changed, clear failures."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import pytest
from dump_server import Mirror, closed_port, serve

from eventwire.places import fetch

DATA = bytes(range(256)) * 400  # 100 kB, several chunks


@pytest.fixture
def mirror():
    m = Mirror()
    m.publish("XX.zip", DATA)
    with serve(m):
        yield m


@pytest.fixture(autouse=True)
def no_wait(monkeypatch):
    monkeypatch.setattr(fetch, "RETRY_WAIT", 0.0)


def test_a_file_is_fetched_whole_and_dated_as_the_server_dates_it(mirror, tmp_path):
    got = fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False)
    assert got.new and got.path == tmp_path / "XX.zip"
    assert got.path.read_bytes() == DATA
    assert int(got.path.stat().st_mtime) == int(mirror.files["XX.zip"].modified)
    assert not (tmp_path / "XX.zip.part").exists()


def test_a_transfer_cut_half_way_resumes_where_it_stopped(mirror, tmp_path):
    mirror.cut_first.add("XX.zip")
    got = fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False)
    assert got.path.read_bytes() == DATA
    first, second = mirror.headers_of("XX.zip")
    assert "Range" not in first
    assert second["Range"] == f"bytes={len(DATA) // 2}-"
    assert second["If-Range"] == mirror.files["XX.zip"].etag


def test_a_part_left_by_an_earlier_run_is_resumed(mirror, tmp_path):
    (tmp_path / "XX.zip.part").write_bytes(DATA[:1000])
    (tmp_path / "XX.zip.part.from").write_text(mirror.files["XX.zip"].etag)
    got = fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False)
    assert got.path.read_bytes() == DATA
    assert mirror.headers_of("XX.zip")[0]["Range"] == "bytes=1000-"
    assert not (tmp_path / "XX.zip.part.from").exists()


def test_a_part_of_a_copy_since_replaced_is_dropped_for_the_new_copy(mirror, tmp_path):
    (tmp_path / "XX.zip.part").write_bytes(b"old copy " * 50)
    (tmp_path / "XX.zip.part.from").write_text('"an-older-etag"')
    got = fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False)
    assert got.path.read_bytes() == DATA


def test_an_unchanged_file_is_not_fetched_again_and_a_newer_one_is(mirror, tmp_path):
    fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False)
    again = fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False)
    assert not again.new and again.path.read_bytes() == DATA
    assert "If-Modified-Since" in mirror.headers_of("XX.zip")[1]
    mirror.publish("XX.zip", b"a newer copy", modified=1_800_000_000.0)
    newer = fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False)
    assert newer.new and newer.path.read_bytes() == b"a newer copy"


def test_a_transfer_that_keeps_breaking_gives_up_and_keeps_its_part(mirror, tmp_path, monkeypatch):
    monkeypatch.setattr(fetch, "TRIES", 1)
    mirror.cut_first.add("XX.zip")
    with pytest.raises(fetch.FetchError, match="run again to resume"):
        fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False)
    assert (tmp_path / "XX.zip.part").stat().st_size == len(DATA) // 2
    assert fetch.fetch(mirror.url + "XX.zip", tmp_path, progress=False).path.read_bytes() == DATA


def test_a_missing_file_is_named(mirror, tmp_path):
    with pytest.raises(fetch.FetchError, match=r"YY\.zip: not found at http://127\.0\.0\.1"):
        fetch.fetch(mirror.url + "YY.zip", tmp_path, progress=False)


def test_a_closed_port_is_unreachable(tmp_path):
    with pytest.raises(fetch.Unreachable, match=r"cannot reach 127\.0\.0\.1 \(connection refused\)"):
        fetch.fetch(f"http://127.0.0.1:{closed_port()}/XX.zip", tmp_path, progress=False, timeout=5)


@pytest.mark.parametrize("cause, said", [
    (socket.gaierror(-3, "Temporary failure in name resolution"), "the name does not resolve"),
    (TimeoutError("timed out"), "timed out"),
    (OSError(101, "Network is unreachable"), "network is unreachable"),
])
def test_no_network_no_dns_or_no_answer_is_unreachable(tmp_path, monkeypatch, cause, said):
    def offline(request, timeout):
        raise urllib.error.URLError(cause)

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(fetch.Unreachable, match=f"cannot reach mirror.example \\({said}"):
        fetch.fetch("https://mirror.example/dump/XX.zip", tmp_path, progress=False)


def test_progress_is_drawn_on_a_terminal_only(mirror, tmp_path, capsys):
    fetch.fetch(mirror.url + "XX.zip", tmp_path)  # stderr is captured: no terminal, no bar
    assert capsys.readouterr().err == ""
