from __future__ import annotations

import http.client
import threading
import urllib.error
import urllib.request

import pytest

from briefing.errors import FeedError
from briefing.serve import make_server, parse_range

from .publish_fixtures import make_mp3


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A served output folder with one of each file type, and a secret file beside it."""
    base = tmp_path_factory.mktemp("site")
    (base / "secret.txt").write_text("outside the output folder")
    output = base / "output"
    episodes = output / "episodes"
    episodes.mkdir(parents=True)
    mp3 = make_mp3(episodes / "2026-03-01-news.mp3")
    for name, text in [("feed.xml", "<rss version='2.0'/>"), ("episodes/a.vtt", "WEBVTT\n"),
                       ("episodes/a.srt", "1\n"), ("episodes/a.chapters.json", "{}"),
                       ("episodes/a.txt", "hello"), ("episodes/a.html", "<p>hi</p>"),
                       (".lock", ""), ("catalogue.sqlite", "db")]:
        (output / name).write_text(text)
    (output / "link-out").symlink_to(base / "secret.txt")
    server = make_server(output, port=0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}", output, mp3.read_bytes()
    server.shutdown()
    server.server_close()


def fetch(url: str, method: str = "GET", headers: dict | None = None):
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_whole_file_with_type_and_length(site):
    base, _, mp3 = site
    status, headers, body = fetch(f"{base}/episodes/2026-03-01-news.mp3")
    assert status == 200 and body == mp3
    assert headers["Content-Type"] == "audio/mpeg"
    assert headers["Content-Length"] == str(len(mp3))
    assert headers["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize("header, first, last", [
    ("bytes=0-99", 0, 99),
    ("bytes=100-", 100, None),
    ("bytes=-50", -50, None),
    ("bytes=10-999999999", 10, None),
])
def test_byte_ranges(site, header, first, last):
    base, _, mp3 = site
    status, headers, body = fetch(f"{base}/episodes/2026-03-01-news.mp3", headers={"Range": header})
    expected = mp3[first:] if last is None else mp3[first:last + 1]
    assert status == 206 and body == expected
    start = len(mp3) + first if first < 0 else first
    assert headers["Content-Range"] == f"bytes {start}-{start + len(expected) - 1}/{len(mp3)}"
    assert headers["Content-Length"] == str(len(expected))
    assert headers["Content-Type"] == "audio/mpeg"


@pytest.mark.parametrize("header", ["bytes=999999-", "bytes=-0"])
def test_out_of_range_is_416(site, header):
    base, _, mp3 = site
    status, headers, _ = fetch(f"{base}/episodes/2026-03-01-news.mp3", headers={"Range": header})
    assert status == 416
    assert headers["Content-Range"] == f"bytes */{len(mp3)}"


def test_malformed_or_multiple_ranges_get_the_whole_file(site):
    base, _, mp3 = site
    for header in ("bytes=5-2", "items=0-1", "bytes=0-1,5-6"):
        status, _, body = fetch(f"{base}/episodes/2026-03-01-news.mp3", headers={"Range": header})
        assert (status, body) == (200, mp3), header


def test_head_has_headers_and_no_body(site):
    base, _, mp3 = site
    status, headers, body = fetch(f"{base}/episodes/2026-03-01-news.mp3", method="HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Length"] == str(len(mp3)) and headers["Content-Type"] == "audio/mpeg"
    status, headers, body = fetch(f"{base}/episodes/2026-03-01-news.mp3", method="HEAD", headers={"Range": "bytes=0-9"})
    assert status == 206 and body == b"" and headers["Content-Length"] == "10"


def test_validators_give_304_and_if_range_protects_resumes(site):
    base, _, mp3 = site
    url = f"{base}/episodes/2026-03-01-news.mp3"
    _, headers, _ = fetch(url, method="HEAD")
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")
    assert fetch(url, headers={"If-None-Match": etag})[0] == 304
    assert fetch(url, headers={"If-Modified-Since": modified})[0] == 304
    assert fetch(url, headers={"If-None-Match": '"other"'})[0] == 200
    assert fetch(url, headers={"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"})[0] == 200
    status, _, body = fetch(url, headers={"Range": "bytes=10-19", "If-Range": etag})
    assert (status, body) == (206, mp3[10:20])
    status, _, body = fetch(url, headers={"Range": "bytes=10-19", "If-Range": '"an-older-file"'})
    assert (status, body) == (200, mp3)  # the file changed since: send it whole


@pytest.mark.parametrize("path, expected", [
    ("feed.xml", "application/rss+xml"),
    ("episodes/a.vtt", "text/vtt"),
    ("episodes/a.srt", "application/x-subrip"),
    ("episodes/a.chapters.json", "application/json"),
    ("episodes/a.txt", "text/plain"),
    ("episodes/a.html", "text/html"),
])
def test_content_types(site, path, expected):
    base, _, _ = site
    status, headers, _ = fetch(f"{base}/{path}")
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == expected


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/episodes/../../secret.txt", "/%2e%2e/secret.txt", "/episodes/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt", "/link-out", "/.lock", "/catalogue.sqlite", "/episodes/", "/missing.mp3",
])
def test_traversal_hidden_files_and_folders_are_refused(site, path):
    base, _, _ = site
    host, port = base.removeprefix("http://").split(":")
    # http.client sends the path as given (urllib would normalise the dots away first).
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    assert response.status == 404, path
    assert b"outside the output folder" not in body


def test_root_points_to_the_feed_without_listing(site):
    base, _, _ = site
    status, _, body = fetch(base + "/")
    assert status == 200 and b"feed.xml" in body and b"episodes" not in body


def test_parse_range_edges():
    assert parse_range("bytes=0-0", 10) == (0, 0)
    assert parse_range("bytes=9-", 10) == (9, 9)
    assert parse_range("bytes=10-", 10) == "unsatisfiable"
    assert parse_range("bytes=-20", 10) == (0, 9)
    assert parse_range("bytes=0-", 0) == "unsatisfiable"
    assert parse_range("bytes=-", 10) is None


def test_missing_folder_and_busy_port_are_clear_errors(tmp_path, site):
    with pytest.raises(FeedError, match="briefing build"):
        make_server(tmp_path / "nope", port=0)
    port = int(site[0].rsplit(":", 1)[1])
    with pytest.raises(FeedError, match="--port"):
        make_server(site[1], port=port)
