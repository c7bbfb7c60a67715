"""Ingest: every kind of source, and a clear IngestError for every bad one (real HTTP on 127.0.0.1)."""
from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing import ingest
from briefing.errors import IngestError

from .conftest import FIXTURES

PAGE_HTML = FIXTURES / "ingest" / "page.html"
PAGE_TXT = FIXTURES / "ingest" / "page.txt"


@pytest.fixture()
def http_root(tmp_path: Path) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving a small folder."""
    (tmp_path / "story.html").write_bytes(PAGE_HTML.read_bytes())
    (tmp_path / "story.txt").write_bytes(PAGE_TXT.read_bytes())
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):  # type: ignore[no-untyped-def]
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_text_file_is_cleaned() -> None:
    article = ingest.read_article(str(PAGE_TXT))
    assert article.title == "Harbour city opens its first floating school"
    assert "200 children" in article.body
    assert "Sign up" not in article.body
    assert article.source == str(PAGE_TXT)


def test_html_file_is_extracted() -> None:
    article = ingest.read_article(str(PAGE_HTML))
    assert "floating school" in article.title
    assert "200 children" in article.body
    assert "Subscribe to our newsletter" not in article.body


def test_html_saved_as_txt_is_still_html(tmp_path: Path) -> None:
    odd = tmp_path / "saved-page.txt"
    odd.write_bytes(PAGE_HTML.read_bytes())
    assert "200 children" in ingest.read_article(str(odd)).body


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE_TXT.read_bytes())))
    article = ingest.read_article("-")
    assert "200 children" in article.body


def test_url_html_and_text(http_root: str) -> None:
    html = ingest.read_article(f"{http_root}/story.html")
    assert "200 children" in html.body and html.url == f"{http_root}/story.html"
    text = ingest.read_article(f"{http_root}/story.txt")
    assert "200 children" in text.body


@pytest.mark.parametrize(
    ("path", "message"),
    [("missing.html", "404"), ("photo.png", "image/png, not a web page")],
)
def test_url_errors(http_root: str, path: str, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        ingest.read_article(f"{http_root}/{path}")


def test_url_unreachable_fails_fast_and_says_offline() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(IngestError, match="Are you offline"):
        ingest.fetch(f"http://127.0.0.1:{port}/story.html", timeout=3)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"   \n\n  ", "is empty"), (b"\x00\x01\x02binary", "not text")],
)
def test_bad_files(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(IngestError, match=message):
        ingest.read_article(str(bad))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        ingest.read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(IngestError, match="is a folder"):
        ingest.read_article(str(tmp_path))


def test_windows_1252_text_is_read(tmp_path: Path) -> None:
    page = tmp_path / "cp1252.txt"
    page.write_bytes(PAGE_TXT.read_text(encoding="utf-8").replace("school", "caf\u00e9 school").encode("cp1252"))
    assert "caf\u00e9" in ingest.read_article(str(page)).body
