"""The optional LLM writer: any OpenAI-compatible chat endpoint (Ollama, llama.cpp server, vLLM, hosted).

Set llm_base_url (e.g. http://127.0.0.1:11434/v1), llm_model and, if needed, llm_api_key in briefing.toml
or BRIEFING_LLM_* variables. The answer must pass the same checks as the plain writer (briefing/checks.py);
when it does not, or the endpoint is down or slow, the plain writer writes the script instead and
Script.writer says why, e.g. "plain (llm fallback: timed out after 60s)".
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import socket
import urllib.error
import urllib.request
from typing import Any

from .. import timing
from ..checks import check_script
from ..models import Article, Script, Segment
from .base import ScriptWriter, estimated_seconds, intro_segment, outro_segment
from .plain import PlainWriter

log = logging.getLogger(__name__)

SYSTEM_PROMPT = """\
You rewrite news for English learners at CEFR level A2-B1, for a five-minute audio news show.
Rules:
- Use only facts from the articles. Never add a name, number, date or fact that is not in them.
- Short sentences: 8 to 12 words on average, never more than 20 words. One idea per sentence.
- Common, everyday words. Active voice. No idioms. Say "X said ..." for quotes, in plain words.
- Explain a hard word that must stay (like a group's name) in plain words the first time.
- About {story_words} words of story in total, most important story first.
Answer with one JSON object only, no other text:
{{"headlines": ["one or two sentences"],
  "stories": [["sentence", "sentence", ...] one list per article, in the same order],
  "words": [{{"word": "a harder word used in the stories", "meaning": "a short plain meaning"}}] (3 to 6 items),
  "recap": ["three to five sentences with the main points"]}}"""


class LLMError(Exception):
    """The endpoint did not give a usable answer; the message becomes the fallback reason."""


class LLMWriter(ScriptWriter):
    name = "llm"

    def write(self, articles: list[Article], *, date: dt.date, title: str | None = None) -> Script:
        try:
            script = self._write(articles, date=date, title=title)
        except LLMError as exc:
            return self._fallback(articles, date, title, str(exc))
        result = check_script(script, articles)
        if not result.ok:
            return self._fallback(articles, date, title, f"failed checks: {result}")
        return script

    def _fallback(self, articles: list[Article], date: dt.date, title: str | None, reason: str) -> Script:
        log.warning("LLM writer not used (%s); writing the script with the plain writer", reason)
        script = PlainWriter(self.settings).write(articles, date=date, title=title)
        script.writer = f"plain (llm fallback: {reason})"
        return script

    def _write(self, articles: list[Article], *, date: dt.date, title: str | None) -> Script:
        s = self.settings
        if not s.llm_base_url or not s.llm_model:
            raise LLMError("set llm_base_url and llm_model (or BRIEFING_LLM_BASE_URL and BRIEFING_LLM_MODEL)")
        story_words = int((timing.TARGET_SECONDS - 60) * s.wpm / 60 * 0.7)
        messages = [
            {"role": "system", "content": SYSTEM_PROMPT.format(story_words=story_words)},
            {"role": "user", "content": "\n\n".join(
                f"ARTICLE {i + 1}\nTitle: {a.title}\n\n{a.body}" for i, a in enumerate(articles))},
        ]
        answer = parse_answer(self._chat(messages), len(articles))
        segments = [intro_segment(s.show, date), Segment("headlines", "Headlines", answer["headlines"])]
        for article, sentences in zip(articles, answer["stories"]):
            segments.append(Segment("story", f"Story: {article.title.strip()}", sentences))
        if answer["words"]:
            segments.append(Segment("glossary", "Words in this story", ["Here are some words from the news today."]
                                    + [f'"{w}" means {m.rstrip(".")}.' for w, m in answer["words"]]))
        segments += [Segment("recap", "Recap", answer["recap"]), outro_segment(s.show)]
        script = Script(title or articles[0].title.strip(), s.show, date, segments, list(articles), s.wpm,
                        f"llm ({s.llm_model})")
        if estimated_seconds(script) > timing.MAX_SECONDS + 30:
            raise LLMError(f"answer too long ({estimated_seconds(script):.0f} s planned)")
        return script

    def _chat(self, messages: list[dict[str, str]]) -> str:
        s = self.settings
        base = s.llm_base_url.rstrip("/")
        url = base + ("/chat/completions" if base.endswith("/v1") else "/v1/chat/completions")
        body = json.dumps({"model": s.llm_model, "messages": messages, "temperature": 0.2}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if s.llm_api_key:
            headers["Authorization"] = f"Bearer {s.llm_api_key}"
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        timeout = float(s.llm_timeout)  # a value from the environment arrives as text
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                data = json.loads(response.read().decode("utf-8"))
        except (TimeoutError, socket.timeout):
            raise LLMError(f"timed out after {timeout:g}s") from None
        except urllib.error.HTTPError as exc:
            raise LLMError(f"endpoint answered HTTP {exc.code}") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                raise LLMError(f"timed out after {timeout:g}s") from None
            raise LLMError(f"cannot reach {url}: {exc.reason}") from None
        except (OSError, ValueError) as exc:
            raise LLMError(f"bad answer from {url}: {exc}") from None
        try:
            return str(data["choices"][0]["message"]["content"])
        except (KeyError, IndexError, TypeError):
            raise LLMError("answer has no choices[0].message.content") from None


def parse_answer(content: str, n_articles: int) -> dict[str, Any]:
    """The model's JSON (code fences and chatter around it tolerated) -> checked lists of sentences."""
    m = re.search(r"\{.*\}", content, re.DOTALL)
    if not m:
        raise LLMError("answer is not JSON")
    try:
        data = json.loads(m.group(0))
    except ValueError:
        raise LLMError("answer is not valid JSON") from None

    def sentences(value: Any, what: str) -> list[str]:
        if not isinstance(value, list) or not value or not all(isinstance(x, str) and x.strip() for x in value):
            raise LLMError(f"answer has no list of sentences for {what}")
        return [x.strip() for x in value]

    stories = data.get("stories")
    if not isinstance(stories, list) or len(stories) != n_articles:
        raise LLMError(f"answer has {len(stories) if isinstance(stories, list) else 'no'} stories, "
                       f"expected {n_articles}")
    words = []
    for item in data.get("words") or []:
        if isinstance(item, dict) and isinstance(item.get("word"), str) and isinstance(item.get("meaning"), str):
            words.append((item["word"].strip(), item["meaning"].strip()))
    return {
        "headlines": sentences(data.get("headlines"), "headlines"),
        "stories": [sentences(st, f"story {i + 1}") for i, st in enumerate(stories)],
        "words": words[:6],
        "recap": sentences(data.get("recap"), "recap"),
    }
