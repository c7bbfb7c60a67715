"""The optional LLM writer against a small OpenAI-compatible server on 127.0.0.1 (no other network)."""
from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing.checks import check_script
from briefing.config import Settings
from briefing.models import Article
from briefing.script import write_script

DATE = dt.date(2021, 7, 5)
ARTICLE = Article(
    "Harbour City win the cup",
    "Harbour City won the national cup on Saturday, beating Redfield 2-1 with a goal in the last minute.\n\n"
    "More than 30,000 fans watched the final at the National Stadium.\n\n"
    "Coach Anna Weiss said she was proud of her players.",
)
GOOD = {
    "headlines": ["Harbour City won the national cup on Saturday."],
    "stories": [[
        "Harbour City won the national cup on Saturday.",
        "They beat Redfield 2-1.",
        "The winning goal came in the last minute.",
        "More than 30,000 fans watched the final at the National Stadium.",
        "Coach Anna Weiss said she was proud of her players.",
    ]],
    "words": [{"word": "cup", "meaning": "a prize for the winner of a contest"},
              {"word": "final", "meaning": "the last and most important game"},
              {"word": "coach", "meaning": "a person who trains a team"}],
    "recap": ["Harbour City won the cup.", "They beat Redfield 2-1 in the final."],
}
# Invents a number (45,000) and a name (Paris): the checks must catch it.
BAD = json.loads(json.dumps(GOOD).replace("More than 30,000 fans", "About 45,000 fans in Paris"))


class FakeLLM(BaseHTTPRequestHandler):
    answer: str = ""
    delay: float = 0.0
    requests: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", 0))
        type(self).requests.append({"path": self.path, "auth": self.headers.get("Authorization"),
                                    "body": json.loads(self.rfile.read(length))})
        time.sleep(self.delay)
        payload = json.dumps({"id": "x", "object": "chat.completion", "choices": [
            {"index": 0, "message": {"role": "assistant", "content": self.answer}, "finish_reason": "stop"}]})
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(payload.encode())
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the slow-endpoint test)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[FakeLLM]]]:
    handler = type("Handler", (FakeLLM,), {"answer": "", "delay": 0.0, "requests": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def settings(url: str, timeout: float = 5.0) -> Settings:
    return Settings(writer="llm", llm_base_url=url, llm_model="tiny", llm_api_key="k123", llm_timeout=timeout)


def test_good_answer_is_used(server: tuple[str, type[FakeLLM]]) -> None:
    url, handler = server
    handler.answer = "Here you are:\n```json\n" + json.dumps(GOOD) + "\n```"
    script = write_script([ARTICLE], settings=settings(url), date=DATE)
    assert script.writer == "llm (tiny)"
    assert [s.kind for s in script.segments] == ["intro", "headlines", "story", "glossary", "recap", "outro"]
    assert script.segments[2].sentences == GOOD["stories"][0]
    assert '"coach" means a person who trains a team.' in script.segments[3].sentences
    assert check_script(script, [ARTICLE]).ok
    request = handler.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["auth"] == "Bearer k123"
    assert request["body"]["model"] == "tiny"
    assert "Harbour City" in request["body"]["messages"][-1]["content"]


def test_answer_failing_checks_falls_back(server: tuple[str, type[FakeLLM]], caplog: pytest.LogCaptureFixture) -> None:
    url, handler = server
    handler.answer = json.dumps(BAD)
    with caplog.at_level(logging.WARNING):
        script = write_script([ARTICLE], settings=settings(url), date=DATE)
    assert script.writer.startswith("plain (llm fallback: failed checks")
    assert "45,000" not in script.text and "Paris" not in script.text
    assert "plain writer" in caplog.text


def test_answer_that_is_not_json_falls_back(server: tuple[str, type[FakeLLM]]) -> None:
    url, handler = server
    handler.answer = "Sorry, I cannot help with that."
    script = write_script([ARTICLE], settings=settings(url), date=DATE)
    assert script.writer == "plain (llm fallback: answer is not JSON)"


def test_down_endpoint_falls_back() -> None:
    import socket

    with socket.socket() as s:  # a port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    script = write_script([ARTICLE], settings=settings(f"http://127.0.0.1:{port}/v1"), date=DATE)
    assert script.writer.startswith("plain (llm fallback: cannot reach")
    assert "Harbour City" in script.text


def test_slow_endpoint_times_out_and_falls_back(server: tuple[str, type[FakeLLM]]) -> None:
    url, handler = server
    handler.answer = json.dumps(GOOD)
    handler.delay = 3.0
    started = time.monotonic()
    script = write_script([ARTICLE], settings=settings(url, timeout=0.5), date=DATE)
    assert time.monotonic() - started < 2.5
    assert script.writer == "plain (llm fallback: timed out after 0.5s)"


def test_unconfigured_llm_falls_back() -> None:
    script = write_script([ARTICLE], settings=Settings(writer="llm"), date=DATE)
    assert script.writer.startswith("plain (llm fallback: set llm_base_url")
