"""One error family for the whole tool.

Stage code catches the errors of the libraries it calls and raises one of these
with a message a user can act on; only the CLI turns them into output.
"""
from __future__ import annotations


class BriefingError(Exception):
    """Base of every error the user should see as a one-line message."""

    exit_code = 1


class ConfigError(BriefingError):
    """Bad option values or a bad config file."""

    exit_code = 2


class IngestError(BriefingError):
    """A source could not be read (missing file, network down, not an article)."""


class ExtractError(BriefingError):
    """A page was read but no article text could be found in it."""


class ScriptError(BriefingError):
    """The script writer could not produce a script."""


class EngineUnavailable(BriefingError):
    """A speech or writer engine cannot run on this machine; the message names the fix."""


class SpeechError(BriefingError):
    """Speech synthesis failed while running."""


class AudioError(BriefingError):
    """Joining, loudness processing or encoding the audio failed."""


class TagError(BriefingError):
    """Writing the MP3 tags failed."""


class FeedError(BriefingError):
    """Publishing the feed or the catalogue failed."""
