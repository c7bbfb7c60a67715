"""Read a source (a text page copy, an HTML file, a URL, or stdin) and hand it to the cleaner."""
from __future__ import annotations

import os
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

from . import clean, clean_html
from .errors import IngestError
from .models import Article

FETCH_TIMEOUT = float(os.environ.get("BRIEFING_FETCH_TIMEOUT", "15"))  # seconds, connect and each read
MAX_BYTES = 20 * 1024 * 1024  # a news page is far smaller; more is not an article
USER_AGENT = "briefing/0.1 (+https://pypi.org/project/briefing/)"
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|article)\b", re.I | re.S)


def read_article(source: str) -> Article:
    """Any supported source -> the cleaned Article; every failure is an IngestError or ExtractError."""
    if source == "-":
        data, name, url = sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>", None
        kind = "html" if looks_like_html(decode(data, name)) else "text"
    elif re.match(r"^https?://", source, re.I):
        data, kind = fetch(source)
        name, url = source, source
    else:
        path = Path(source).expanduser()
        data, name, url = read_file(path), str(path), None
        kind = "html" if path.suffix.lower() in {".html", ".htm", ".xhtml"} else "text"
        if kind == "text" and looks_like_html(decode(data, name)):
            kind = "html"  # a page saved with another ending is still HTML
    if len(data) > MAX_BYTES:
        raise IngestError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB; that is not a news article")
    text = decode(data, name)
    if not text.strip():
        raise IngestError(f"{name} is empty: give a news page as text, HTML or a URL")
    if kind == "html":
        return clean_html.extract_html(text, url=url, source=source)
    return clean.clean_page_text(text, source=source)


def read_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise IngestError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise IngestError(f"{path} is a folder; give the article's file") from None
    except OSError as exc:
        raise IngestError(f"cannot read {path}: {exc.strerror or exc}") from exc


def fetch(url: str, timeout: float = FETCH_TIMEOUT) -> tuple[bytes, str]:
    """Download a page with a bounded timeout; returns the bytes and "html" or "text"."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            ctype = response.headers.get_content_type() or ""
    except urllib.error.HTTPError as exc:
        raise IngestError(f"cannot fetch {url}: the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise IngestError(
            f"cannot fetch {url}: {reason}. Are you offline? Save the page as .html or .txt and build from the file"
        ) from exc
    if ctype.startswith("text/plain"):
        return data, "text"
    if ctype and not any(t in ctype for t in ("html", "xml")):
        raise IngestError(f"{url} is {ctype}, not a web page")
    return data, "html"


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, which can decode any byte string a page copy holds."""
    if b"\x00" in data[:4096]:
        raise IngestError(f"{name} is not text (binary data); give a news page as text, HTML or a URL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048]))
