"""A loopback HTTP server that serves files from memory the way a dump mirror does.

It answers Range requests (with If-Range) and If-Modified-Since, and can cut a
file's first transfer part way, so that downloads can be tested for resuming.
Every request is recorded. Tests change ``files`` while it runs to publish a
newer copy of a file.
"""

from __future__ import annotations

import hashlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Published:
    data: bytes
    modified: float  # seconds since the epoch

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.data).hexdigest()[:16] + '"'


@dataclass
class Mirror:
    files: dict[str, Published] = field(default_factory=dict)
    cut_first: set[str] = field(default_factory=set)  # names whose next transfer stops half way
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    url: str = ""

    def publish(self, name: str, data: bytes, modified: float = 1_700_000_000.0) -> None:
        self.files[name] = Published(data, modified)

    def headers_of(self, name: str) -> list[dict[str, str]]:
        return [h for path, h in self.requests if path == "/" + name]


def _handler(mirror: Mirror) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            name = self.path.lstrip("/")
            headers = {k: v for k, v in self.headers.items()}
            mirror.requests.append((self.path, headers))
            item = mirror.files.get(name)
            if item is None:
                self._send(404, b"not here")
                return
            since = self.headers.get("If-Modified-Since")
            if since and "Range" not in self.headers and parsedate_to_datetime(since).timestamp() >= int(item.modified):
                self._send(304, b"")
                return
            start = self._range_start(item)
            body = item.data[start:]
            self.send_response(206 if start else 200)
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(item.data) - 1}/{len(item.data)}")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", item.etag)
            self.send_header("Last-Modified", formatdate(item.modified, usegmt=True))
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            if name in mirror.cut_first:
                mirror.cut_first.discard(name)
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(body)

        def _range_start(self, item: Published) -> int:
            wanted = self.headers.get("Range", "")
            if not wanted.startswith("bytes=") or not wanted.endswith("-"):
                return 0
            if_range = self.headers.get("If-Range")
            if if_range and if_range != item.etag:
                return 0  # the copy the client began is gone: send the whole new one
            start = int(wanted[6:-1])
            return start if start < len(item.data) else 0

        def _send(self, code: int, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve(mirror: Mirror) -> Iterator[Mirror]:
    """Run the mirror on a free loopback port for the duration of the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(mirror))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    mirror.url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield mirror
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
