"""Pacing constants shared by the script writer (to plan five minutes) and the audio stage (to lay it out).

Pace is defined as the issue defines it: spoken words over the time from the first to the last caption
cue, so the pauses between sentences count as speaking time. The speech stage picks the engine's speed
so that a segment with these pauses lands on the wanted words per minute.
"""
from __future__ import annotations

DEFAULT_WPM = 120
SENTENCE_PAUSE = 0.4  # seconds of silence between sentences inside a segment
SECTION_PAUSE = 1.0  # between segments (headlines -> story, story -> words, ...)
STORY_CHIME = 1.2  # a short chime between two stories, pauses included
INTRO_JINGLE = 4.0  # length of the bundled intro jingle, seconds (music before the welcome)
OUTRO_JINGLE = 4.0  # after the goodbye
JINGLE_GAP = SENTENCE_PAUSE  # silence between a jingle and the voice
TARGET_SECONDS = 300.0  # five minutes
MIN_SECONDS = 270.0  # 4:30
MAX_SECONDS = 330.0  # 5:30
