"""The command line: each command is a short adapter over the library; errors become one line here."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import traceback
from importlib import resources
from pathlib import Path
from typing import Any

import click

from . import __version__, pipeline
from .config import Settings, load_settings
from .errors import BriefingError

SAMPLE_HINT = "the bundled sample article"


def sample_source() -> str:
    return str(resources.files("briefing").joinpath("assets", "sample.txt"))


class BriefingGroup(click.Group):
    """Turns BriefingError (and anything unexpected) into one line on stderr and a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BriefingError as exc:
            self._fail(exc, f"error: {exc}", exc.exit_code)
        except KeyboardInterrupt as exc:
            self._fail(exc, "interrupted: nothing was published", 130)
        except Exception as exc:  # a bug: still one line, the traceback on demand
            self._fail(exc, f"internal error: {type(exc).__name__}: {exc} (set BRIEFING_DEBUG=1 for the traceback)", 70)

    @staticmethod
    def _fail(exc: BaseException, message: str, code: int) -> None:
        if os.environ.get("BRIEFING_DEBUG"):
            traceback.print_exception(exc)
        click.echo(message.splitlines()[0] if message else "error", err=True)
        sys.exit(code)


def config_option(fn: Any) -> Any:
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
        help="Config file (TOML). Default: ./briefing.toml if present, or $BRIEFING_CONFIG.",
    )(fn)


def output_option(fn: Any) -> Any:
    return click.option(
        "--output", "-o", type=click.Path(file_okay=False, path_type=Path),
        help="Output folder (feed.xml, episodes/). Default: ./output.",
    )(fn)


def settings_for(config_path: Path | None, **options: Any) -> Settings:
    return load_settings(config_path).replace(**options)


def writer_option(fn: Any) -> Any:
    return click.option(
        "--writer", help="Script writer: plain (offline, default) or llm (an OpenAI-compatible endpoint from config).",
    )(fn)


def date_option(fn: Any) -> Any:
    return click.option(
        "--date", type=click.DateTime(formats=["%Y-%m-%d"]),
        help="Episode date, YYYY-MM-DD. Default: today.",
    )(fn)


def sources_or_sample(sources: tuple[str, ...], settings: Settings) -> list[str]:
    return list(sources) or list(settings.sources) or [sample_source()]


@click.group(cls=BriefingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefing")
def cli() -> None:
    """Turn news articles into a plain-English audio news briefing and a podcast feed."""
    # stages report fallbacks (an LLM writer that failed its checks, say) as logging warnings
    logging.basicConfig(format="warning: %(message)s", level=logging.WARNING)


@cli.command()
@click.argument("sources", nargs=-1)
@output_option
@click.option("--engine", "-e", help="Speech engine (see `briefing engines`). Default: the best offline engine.")
@click.option("--voice", help="Engine voice: for piper, the path of a downloaded .onnx voice file.")
@writer_option
@date_option
@click.option("--title", help="Episode title. Default: made from the main story's headline.")
@click.option("--site-url", help="Public URL where the output folder is served (enclosure links start with it).")
@click.option("--wpm", type=click.IntRange(60, 220), help="Speaking pace in words per minute. Default: 120.")
@click.option("--intro", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Your own intro audio file.")
@click.option("--outro", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Your own outro audio file.")
@config_option
def build(sources: tuple[str, ...], output: Path | None, engine: str | None, voice: str | None,
          writer: str | None, date: dt.datetime | None,
          title: str | None, site_url: str | None, wpm: int | None, intro: Path | None, outro: Path | None,
          config_path: Path | None) -> None:
    """Build today's episode from SOURCE(s) and publish it to the feed.

    SOURCE is a .txt page copy, an .html file, an http(s) URL, or - for stdin.
    With no SOURCE it builds the sources in the config file, else a bundled sample article.
    """
    settings = settings_for(config_path, output=output, engine=engine, voice=voice, writer=writer,
                            site_url=site_url, wpm=wpm,
                            intro=intro, outro=outro)
    day = date.date() if date else dt.date.today()
    episode = pipeline.build(sources_or_sample(sources, settings), settings, day, title)
    minutes, seconds = divmod(round(episode.duration), 60)
    click.echo(f"{episode.mp3}  {minutes}:{seconds:02d}")


@cli.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: title, body, url, published, byline.")
def extract(source: str, as_json: bool) -> None:
    """Print the article the pipeline keeps from SOURCE: the title, a blank line, then the body."""
    article = pipeline.read_articles([source])[0]
    if as_json:
        published = article.published.isoformat() if article.published else None
        click.echo(json.dumps({"title": article.title, "body": article.body, "url": article.url,
                               "published": published, "byline": article.byline}, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{article.title}\n\n{article.body}")


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: title, segments, words, estimated_seconds.")
@writer_option
@date_option
@click.option("--title", help="Episode title.")
@click.option("--wpm", type=click.IntRange(60, 220), help="Planned pace in words per minute. Default: 120.")
@config_option
def script(sources: tuple[str, ...], as_json: bool, writer: str | None, date: dt.datetime | None,
           title: str | None, wpm: int | None, config_path: Path | None) -> None:
    """Print the spoken script for SOURCE(s) without making audio."""
    from .script import estimated_seconds

    settings = settings_for(config_path, wpm=wpm, writer=writer)
    day = date.date() if date else dt.date.today()
    result = pipeline.make_script(sources_or_sample(sources, settings), settings, day, title)
    if as_json:
        segments = [{"kind": s.kind, "title": s.title, "text": s.text} for s in result.segments]
        click.echo(json.dumps({"title": result.title, "segments": segments, "words": result.words,
                               "estimated_seconds": round(estimated_seconds(result), 1)},
                              ensure_ascii=False, indent=2))
    else:
        click.echo("\n\n".join(f"[{s.title}]\n{s.text}" for s in result.segments))


@cli.command()
@config_option
def engines(config_path: Path | None) -> None:
    """List the speech engines, whether each works on this machine, and how to fix it if not."""
    from .speech import list_engines

    for status in list_engines(settings_for(config_path)):
        state = "ready" if status.usable else "not available"
        default = " (default)" if status.default else ""
        where = "offline" if status.offline else "online"
        click.echo(f"{status.name}{default}: {state}; {where}; licence {status.licence}")
        if status.detail:
            click.echo(f"    {status.detail}")


@cli.command()
@output_option
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log each request.")
@config_option
def serve(output: Path | None, port: int, host: str, quiet: bool, config_path: Path | None) -> None:
    """Serve the output folder for podcast apps (byte ranges, HEAD, the right types) until Ctrl-C."""
    from urllib.parse import urlsplit

    from . import serve as serving

    settings = settings_for(config_path, output=output)
    server = serving.make_server(settings.output, port, host, quiet)
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    click.echo(f"Serving {settings.output} at http://{bound_host}:{bound_port}/feed.xml (Ctrl-C to stop)")
    site = urlsplit(settings.site_url)
    if site.hostname in ("127.0.0.1", "localhost") and site.port != bound_port:
        click.echo(f"warning: the feed's links use {settings.site_url}; build with --site-url "
                   f"http://{bound_host}:{bound_port} so podcast apps can fetch the episodes", err=True)
    serving.run_until_interrupted(server)


@cli.command()
@output_option
@click.option("--site-url", help="Public URL where the output folder is served.")
@config_option
def feed(output: Path | None, site_url: str | None, config_path: Path | None) -> None:
    """Rebuild feed.xml from the episode catalogue alone."""
    from .feed import rebuild_feed

    click.echo(rebuild_feed(settings_for(config_path, output=output, site_url=site_url)))


@cli.command()
@output_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@config_option
def episodes(output: Path | None, as_json: bool, config_path: Path | None) -> None:
    """List the published episodes, newest first."""
    from .feed import list_episodes

    found = list_episodes(settings_for(config_path, output=output))
    if as_json:
        click.echo(json.dumps([{"date": e.date.isoformat(), "title": e.title, "duration": round(e.duration, 1),
                                "mp3": str(e.mp3), "size": e.size, "guid": e.guid} for e in found], indent=2))
        return
    for e in found:
        minutes, seconds = divmod(round(e.duration), 60)
        click.echo(f"{e.date.isoformat()}  {minutes}:{seconds:02d}  {e.title}")


def main() -> None:
    cli(prog_name="briefing")
