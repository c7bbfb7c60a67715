"""A small podcast host for the output folder: byte ranges, HEAD and the right Content-Types.

Python's http.server ignores Range headers, and podcast apps seek and resume downloads with them,
so this handler serves files itself. It never lists folders and never serves anything outside the
output folder, nor its hidden files (.lock, .staging-*, .cache) or the catalogue database.
"""
from __future__ import annotations

import email.utils
import html
import mimetypes
import os
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .catalogue import CATALOGUE_NAME
from .errors import FeedError

CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml",
    ".rss": "application/rss+xml",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}
_HIDDEN = {CATALOGUE_NAME, CATALOGUE_NAME + "-journal", CATALOGUE_NAME + "-wal", CATALOGUE_NAME + "-shm"}
_CHUNK = 64 * 1024


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def parse_range(header: str, size: int) -> tuple[int, int] | None | str:
    """The (first, last) byte of a single "bytes=" range; None to ignore the header; "unsatisfiable".

    Several ranges in one request are answered with the whole file (RFC 9110 allows ignoring Range).
    """
    match = re.fullmatch(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", header)
    if not match or (not match[1] and not match[2]):
        return None
    if match[1]:
        first = int(match[1])
        if match[2] and int(match[2]) < first:
            return None  # syntactically invalid: ignore, as RFC 9110 says
        if first >= size:
            return "unsatisfiable"
        return first, min(int(match[2]) if match[2] else size - 1, size - 1)
    suffix = int(match[2])  # "bytes=-N": the last N bytes
    if suffix == 0 or size == 0:
        return "unsatisfiable"
    return max(0, size - suffix), size - 1


class PodcastRequestHandler(BaseHTTPRequestHandler):
    """Serves files under `root` (set by make_server on a subclass)."""

    root: Path = Path("output")
    quiet = False
    server_version = "briefing"

    def do_GET(self) -> None:
        self._serve(body=True)

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def log_message(self, format: str, *args: object) -> None:
        if not self.quiet:
            super().log_message(format, *args)

    def _serve(self, body: bool) -> None:
        path = self._resolve(urlsplit(self.path).path)
        if path is None:
            self._error(HTTPStatus.NOT_FOUND, body)
            return
        if path.is_dir():
            if (path / "index.html").is_file():
                path = path / "index.html"
            elif path == self.root:
                self._root_page(body)
                return
            else:
                self._error(HTTPStatus.NOT_FOUND, body)  # never list a folder
                return
        try:
            fh = open(path, "rb")
        except OSError:
            self._error(HTTPStatus.NOT_FOUND, body)
            return
        with fh:
            stat = os.fstat(fh.fileno())
            size = stat.st_size
            # A rebuilt date replaces an MP3 under the same name: validators let apps notice.
            etag = f'"{stat.st_mtime_ns:x}-{size:x}"'
            modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
            if self._not_modified(etag, int(stat.st_mtime)):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
                self.end_headers()
                return
            wanted = None
            if self.headers.get("Range") and self._if_range_holds(etag, modified):
                wanted = parse_range(self.headers["Range"], size)
            if wanted == "unsatisfiable":
                self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if isinstance(wanted, tuple):
                first, last = wanted
                self.send_response(HTTPStatus.PARTIAL_CONTENT)
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            else:
                first, last = 0, size - 1
                self.send_response(HTTPStatus.OK)
            length = last - first + 1
            self.send_header("Content-Type", content_type(path))
            self.send_header("Content-Length", str(length))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.end_headers()
            if body and length > 0:
                fh.seek(first)
                self._copy(fh, length)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        """If-None-Match / If-Modified-Since: apps polling the feed get 304 when nothing changed."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return if_none_match.strip() == "*" or etag in [t.strip() for t in if_none_match.split(",")]
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                when = email.utils.parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
            return when is not None and mtime <= int(when.timestamp())
        return False

    def _if_range_holds(self, etag: str, modified: str) -> bool:
        """If-Range: resume only the same file; a replaced episode is sent whole again."""
        condition = self.headers.get("If-Range")
        return condition is None or condition.strip() in (etag, modified)

    def _copy(self, fh, length: int) -> None:  # type: ignore[no-untyped-def]
        try:
            while length > 0:
                chunk = fh.read(min(_CHUNK, length))
                if not chunk:
                    break
                self.wfile.write(chunk)
                length -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped listening (a seek or a cancelled download): nothing to do

    def _resolve(self, url_path: str) -> Path | None:
        """The file for a URL path, or None if it is outside root, hidden or has a '..' in it."""
        parts = [p for p in unquote(url_path).split("/") if p]
        if any(p in ("..", ".") or p.startswith(".") or "\\" in p or "\x00" in p for p in parts):
            return None
        if parts and parts[-1] in _HIDDEN:
            return None
        root = self.root.resolve()
        path = root.joinpath(*parts).resolve() if parts else root
        if path != root and not path.is_relative_to(root):
            return None  # a symlink pointing out of the output folder
        return path if path.exists() else None

    def _root_page(self, body: bool) -> None:
        title = html.escape(self.server_version)
        page = (f"<!doctype html><meta charset=utf-8><title>{title}</title>"
                '<p>This folder is a podcast. Subscribe to <a href="feed.xml">feed.xml</a>.</p>\n').encode()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if body:
            self.wfile.write(page)

    def _error(self, status: HTTPStatus, body: bool) -> None:
        message = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(message)))
        self.end_headers()
        if body:
            self.wfile.write(message)


def make_server(output: Path, port: int = 8000, host: str = "127.0.0.1", quiet: bool = False) -> ThreadingHTTPServer:
    """A server for the output folder, not yet running (port 0 picks a free port: see server_address)."""
    root = Path(output).resolve()
    if not root.is_dir():
        raise FeedError(f"nothing to serve: {output} is not a folder; run `briefing build` first or pass --output")
    handler = type("Handler", (PodcastRequestHandler,), {"root": root, "quiet": quiet})
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise FeedError(f"cannot listen on {host}:{port}: {exc}; pick another --port") from exc
    server.daemon_threads = True
    return server


def serve(output: Path, port: int = 8000, host: str = "127.0.0.1", quiet: bool = False) -> None:
    """Serve the output folder until interrupted (Ctrl-C)."""
    run_until_interrupted(make_server(output, port, host, quiet))


def run_until_interrupted(server: ThreadingHTTPServer) -> None:
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
