"""The command line as a user meets it: help, version, one-line errors, and the commands' output."""
from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import __version__
from briefing.cli import cli

from .conftest import FIXTURES

PAGE_TXT = FIXTURES / "ingest" / "page.txt"
COMMANDS = ["build", "extract", "script", "engines", "serve", "feed", "episodes"]


def run(*args: str, **env: str) -> tuple[int, str, str]:
    # click < 8.2 mixes stderr into stdout unless told not to; 8.2 removed the option and keeps them apart
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in inspect.signature(CliRunner).parameters else CliRunner()
    result = runner.invoke(cli, list(args), env=env or None)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    for flag in ("-h", "--help"):
        code, out, _ = run(command, flag)
        assert code == 0
        assert "Usage:" in out and len(out.splitlines()) > 3


def test_missing_source_is_one_line_error() -> None:
    code, out, err = run("extract", "no-such-page.txt")
    assert code == 1
    assert err.strip() == "error: no such file: no-such-page.txt"
    assert "Traceback" not in err


def test_debug_shows_traceback() -> None:
    code, _, err = run("extract", "no-such-page.txt", BRIEFING_DEBUG="1")
    assert code == 1
    assert "Traceback" in err and err.strip().endswith("error: no such file: no-such-page.txt")


def test_bad_date_is_a_usage_error() -> None:
    code, _, err = run("build", str(PAGE_TXT), "--date", "23/11/2026")
    assert code == 2 and "--date" in err and "%Y-%m-%d" in err


def test_extract_text_and_json() -> None:
    code, out, _ = run("extract", str(PAGE_TXT))
    assert code == 0
    title, blank, *body = out.splitlines()
    assert title == "Harbour city opens its first floating school" and blank == ""
    assert "200 children" in out and "Share this" not in out
    code, out, _ = run("extract", str(PAGE_TXT), "--json")
    data = json.loads(out)
    assert set(data) == {"title", "body", "url", "published", "byline"}
    assert data["title"] == title


def test_script_json_shape() -> None:
    code, out, err = run("script", str(PAGE_TXT), "--json", "--date", "2026-06-02")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"title", "segments", "words", "estimated_seconds"}
    kinds = [s["kind"] for s in data["segments"]]
    assert kinds[0] == "intro" and kinds[-1] == "outro"
    assert {"headlines", "story", "glossary", "recap"} <= set(kinds)
    assert all(set(s) == {"kind", "title", "text"} for s in data["segments"])
    assert data["words"] == sum(len(s["text"].split()) for s in data["segments"])
    assert data["estimated_seconds"] > 0


def test_engines_lists_each_engine_with_state() -> None:
    code, out, _ = run("engines")
    assert code == 0
    for name in ("hibari", "piper", "espeak-ng", "gtts"):
        assert name in out
    assert "(default)" in out


def test_unknown_engine_names_the_choices(tmp_path: Path) -> None:
    code, _, err = run("build", str(PAGE_TXT), "--engine", "nope", "--output", str(tmp_path / "out"))
    assert code != 0
    assert "hibari" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "feed.xml").exists()


def test_serve_command_prints_its_url_and_serves(tmp_path: Path) -> None:
    """A real `briefing serve` process on 127.0.0.1, asked for its feed over HTTP."""
    import subprocess
    import sys
    import urllib.request

    (tmp_path / "feed.xml").write_text("<rss version='2.0'><channel><title>t</title></channel></rss>")
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "serve", "--output", str(tmp_path), "--port", "0",
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" at ", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/feed.xml")
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.headers.get_content_type() in ("application/rss+xml", "application/xml")
            assert b"<rss" in response.read()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_missing_folder_is_one_line_error(tmp_path: Path) -> None:
    code, _, err = run("serve", "--output", str(tmp_path / "nothing-here"), "--port", "0")
    assert code == 1 and err.startswith("error: nothing to serve") and len(err.strip().splitlines()) == 1
