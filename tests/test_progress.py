"""Progress bars: drawn on a terminal only, with count, rate and time left."""

from __future__ import annotations

import io

from eventwire.progress import bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_on_a_terminal_shows_count_rate_and_time_left():
    screen = Terminal()
    b = bar(4, "files", "file", stream=screen)
    b.update(3)
    b.set_postfix_str("articles 12")
    b.close()
    last = screen.getvalue().rstrip("\n").split("\r")[-1]
    assert last.startswith("files 3/4 ")
    assert "75%" in last and "file/s" in last and "articles 12" in last
    assert "<00:00" in last  # elapsed<remaining


def test_bytes_are_counted_in_units_and_a_resumed_transfer_starts_part_way():
    screen = Terminal()
    b = bar(4 * 1024 * 1024, "ML.zip", data=True, stream=screen, initial=1024 * 1024)
    b.update(1024 * 1024)
    b.close()
    last = screen.getvalue().rstrip("\n").split("\r")[-1]
    assert last.startswith("ML.zip 2.00M/4.00M") and "50%" in last and "B/s" in last


def test_an_unknown_total_shows_count_and_rate():
    screen = Terminal()
    b = bar(None, "ML.zip", data=True, stream=screen)
    b.update(2048)
    b.close()
    assert "ML.zip 2.00k" in screen.getvalue() and "%" not in screen.getvalue()


def test_nothing_is_drawn_off_a_terminal():
    log = io.StringIO()
    b = bar(4, "files", "file", stream=log)
    b.update(4)
    b.close()
    assert log.getvalue() == ""
