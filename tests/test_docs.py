"""The README's promises: two one-line commands, the CI command identical to the test command, every command documented."""
from __future__ import annotations

import re

from .conftest import ROOT


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line.startswith("python3 ")]
    assert len(ci_lines) == 1
    assert ci_lines[0] in readme()


def test_quick_start_is_two_one_line_commands() -> None:
    start = readme().split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", start, re.S)
    commands = [line for block in blocks for line in block.splitlines() if line.strip()]
    assert len(commands) == 2
    assert "briefing build" in commands[0]
    assert "pytest" in commands[1]


def test_every_command_is_documented() -> None:
    from briefing.cli import cli

    text = readme()
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"briefing {name}" in text, name
