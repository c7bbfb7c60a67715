from __future__ import annotations

import datetime as dt
import email.utils
import os
import re
from pathlib import Path

import feedparser
import podcastparser
import pytest
from lxml import etree

from briefing.catalogue import Catalogue
from briefing.errors import FeedError
from briefing.feed import (
    PODCAST_NS,
    install_cover,
    list_episodes,
    podcast_guid,
    rebuild_feed,
    render_feed,
    transcript_html,
    write_feed,
)
from briefing.models import Episode

from .publish_fixtures import add_episode, make_mp3, make_png, make_settings

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
NS = {"itunes": ITUNES, "podcast": PODCAST_NS, "atom": "http://www.w3.org/2005/Atom",
      "content": "http://purl.org/rss/1.0/modules/content/"}
D1, D2 = dt.date(2026, 3, 1), dt.date(2026, 3, 2)
SITE = "http://127.0.0.1:8000/podcast"
GOLDEN = Path(__file__).parent / "fixtures" / "feed" / "two_episodes.xml"


@pytest.fixture(scope="module")
def tone(tmp_path_factory):
    return make_mp3(tmp_path_factory.mktemp("tone") / "tone.mp3")


@pytest.fixture
def two_dates(tmp_path, tone):
    """An output folder with a cover and episodes on two dates, and its feed written."""
    settings = make_settings(tmp_path, site_url=SITE + "/")
    settings.output.mkdir(parents=True)
    make_png(settings.output / "cover.png")
    add_episode(settings, D1, "River floods close roads", tone)
    add_episode(settings, D2, "New bridge opens in the city", tone)
    path = rebuild_feed(settings)
    return settings, path


def test_podcast_guid_matches_the_podcasting20_spec_example():
    # The example given in the podcast namespace's documentation of <podcast:guid>.
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    assert podcast_guid("http://mp3s.nashownotes.com/pc20rss.xml/") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"


def test_channel_has_every_tag(two_dates):
    settings, path = two_dates
    root = etree.parse(str(path)).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    assert root.nsmap["podcast"] == PODCAST_NS
    ch = root.find("channel")
    text = lambda xp: ch.findtext(xp, namespaces=NS)
    assert text("title") == settings.show
    assert text("description") == settings.description
    assert text("link") == SITE + "/"  # not the self link: the last link() call wins in feedgen
    assert text("language") == "en"
    assert text("copyright")
    self_link = ch.find("atom:link[@rel='self']", NS)
    assert self_link.get("href") == SITE + "/feed.xml" and self_link.get("type") == "application/rss+xml"
    assert ch.find("itunes:image", NS).get("href") == SITE + "/cover.png"
    category = ch.find("itunes:category", NS)
    assert category.get("text") == "News" and category.find("itunes:category", NS).get("text") == "Daily News"
    assert text("itunes:explicit") == "false"
    assert text("itunes:author") == settings.author
    assert text("itunes:owner/itunes:name") == "Test Owner"
    assert text("itunes:owner/itunes:email") == "owner@example.org"
    assert text("itunes:type") == "episodic"
    assert text("podcast:guid") == podcast_guid(SITE + "/feed.xml")
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", text("podcast:guid"))
    assert text("podcast:locked") == "no" and ch.find("podcast:locked", NS).get("owner") == "owner@example.org"
    assert text("podcast:medium") == "podcast"
    assert len(ch.findall("itunes:explicit", NS)) == 1


def test_items_have_every_tag(two_dates):
    settings, path = two_dates
    items = etree.parse(str(path)).getroot().findall("channel/item")
    assert [i.findtext("title") for i in items] == ["New bridge opens in the city", "River floods close roads"]
    for item, date in zip(items, (D2, D1)):
        stem = f"{SITE}/episodes/{date.isoformat()}-"
        mp3 = next((settings.output / "episodes").glob(f"{date.isoformat()}-*.mp3"))
        assert item.findtext("description").startswith("Headlines for")
        html = item.findtext("content:encoded", namespaces=NS)
        assert "<h2>Transcript</h2>" in html and "The river rose after three days of rain." in html
        assert '<a href="https://news.example.org/river-floods">' in html
        assert item.findtext("link") == SITE + "/"
        enclosure = item.find("enclosure")
        assert enclosure.get("url") == f"{SITE}/episodes/{mp3.name}"
        assert enclosure.get("length") == str(mp3.stat().st_size)
        assert enclosure.get("type") == "audio/mpeg"
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false" and guid.text
        pub = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
        assert pub.tzinfo is not None and pub.date() == date
        assert re.search(r"[+-]\d{4}$|GMT$", item.findtext("pubDate"))
        assert item.findtext("itunes:duration", namespaces=NS) == "2"  # 1.5 s, whole seconds
        assert item.findtext("itunes:explicit", namespaces=NS) == "false"
        assert item.findtext("itunes:episode", namespaces=NS) == ("2" if date == D2 else "1")
        transcripts = {t.get("type"): t for t in item.findall("podcast:transcript", NS)}
        assert set(transcripts) == {"text/vtt", "application/x-subrip", "text/plain"}
        assert transcripts["text/vtt"].get("rel") == "captions"
        vtt_url = transcripts["text/vtt"].get("url")
        assert vtt_url.startswith(stem) and vtt_url.endswith(".vtt")
        assert transcripts["application/x-subrip"].get("url").endswith(".srt")
        assert transcripts["text/plain"].get("url").endswith(".txt")
        chapters = item.find("podcast:chapters", NS)
        assert chapters.get("type") == "application/json+chapters"
        assert chapters.get("url").startswith(stem) and chapters.get("url").endswith(".chapters.json")


def test_feedparser_reads_it(two_dates):
    settings, path = two_dates
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == settings.show
    assert parsed.feed.image.href == SITE + "/cover.png"
    assert len(parsed.entries) == 2
    for entry in parsed.entries:
        assert entry.enclosures[0].type == "audio/mpeg"
        assert int(entry.enclosures[0].length) > 1000
        assert entry.published_parsed
        assert entry.itunes_duration == "2"
        assert entry.guidislink is False


def test_podcastparser_reads_it(two_dates):
    settings, path = two_dates
    with open(path, "rb") as fh:
        parsed = podcastparser.parse(SITE + "/feed.xml", fh)
    assert parsed["title"] == settings.show
    assert parsed["cover_url"] == SITE + "/cover.png"
    assert len(parsed["episodes"]) == 2
    for ep in parsed["episodes"]:
        (enclosure,) = ep["enclosures"]
        assert enclosure["mime_type"] == "audio/mpeg" and enclosure["file_size"] > 1000
        assert enclosure["url"].startswith(SITE + "/episodes/")
        assert ep["total_time"] == 2 and ep["guid"] and ep["published"] > 0
        assert "Transcript" in ep["description_html"]
    assert parsed["explicit"] is False and parsed["type"] == "episodic"
    assert [ep["number"] for ep in parsed["episodes"]] == [2, 1]
    assert all(ep["explicit"] is False for ep in parsed["episodes"])
    # podcastparser maps only the old GitHub URI of the podcast namespace to "podcast:", so our
    # podcast:transcript / podcast:chapters tags are checked with lxml in test_items_have_every_tag.


def test_feed_lists_only_the_newest_max_episodes(tmp_path, tone):
    settings = make_settings(tmp_path, max_episodes=2)
    for day in (1, 2, 3):
        add_episode(settings, dt.date(2026, 3, day), f"Story number {day}", tone)
    root = etree.parse(str(rebuild_feed(settings))).getroot()
    assert [i.findtext("title") for i in root.findall("channel/item")] == ["Story number 3", "Story number 2"]


def test_feed_is_byte_identical_when_nothing_changed_and_leaves_no_temp_files(two_dates):
    settings, path = two_dates
    before = path.read_bytes()
    rebuild_feed(settings)
    assert path.read_bytes() == before
    assert sorted(p.name for p in settings.output.iterdir() if p.name.startswith(".")) == [".lock"]
    assert oct(path.stat().st_mode & 0o777) == oct(0o644)


def test_rebuild_without_a_catalogue_says_what_to_do(tmp_path):
    with pytest.raises(FeedError, match="briefing build"):
        rebuild_feed(make_settings(tmp_path))
    assert list_episodes(make_settings(tmp_path)) == []


def test_list_episodes_newest_first(two_dates):
    settings, _ = two_dates
    assert [e.date for e in list_episodes(settings)] == [D2, D1]


def test_install_cover_mirrors_the_configured_cover(tmp_path):
    asset = make_png(tmp_path / "asset.png", size=16)
    output = tmp_path / "output"
    output.mkdir()
    assert install_cover(output, asset) == output / "cover.png"
    assert (output / "cover.png").read_bytes() == asset.read_bytes()
    jpeg = tmp_path / "photo.jpeg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    assert install_cover(output, jpeg) == output / "cover.jpg"
    assert not (output / "cover.png").exists()  # no stale cover of the other type
    assert install_cover(output, None) == output / "cover.jpg"  # nothing configured: keep what is there
    with pytest.raises(FeedError, match="png or .jpg"):
        install_cover(output, tmp_path / "cover.gif")


def _golden_episodes() -> list[Episode]:
    base = Path("/nonexistent/episodes")
    out = []
    for number, (date, title) in enumerate([(D1, "River floods close roads"), (D2, "New bridge opens")], 1):
        stem = f"{date.isoformat()}-{title.lower().replace(' ', '-')}"
        out.append(Episode(
            guid=f"guid-{number}", date=date, slug=stem[11:], title=title, description=f"About {title} & more.",
            mp3=base / f"{stem}.mp3", duration=301.6, size=2_400_000 + number,
            transcript_vtt=base / f"{stem}.vtt", transcript_srt=base / f"{stem}.srt",
            transcript_txt=base / f"{stem}.txt", chapters_json=base / f"{stem}.chapters.json",
            script_hash="f" * 64, sources=["https://news.example.org/a?b=1&c=2"],
            published=dt.datetime(date.year, date.month, date.day, 6, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            number=number,
        ))
    return out


def test_golden_feed(tmp_path):
    """The whole feed for two fixed episodes; regenerate with UPDATE_GOLDEN=1 after a deliberate change."""
    settings = make_settings(tmp_path, site_url=SITE)
    settings.output.mkdir(parents=True)
    make_png(settings.output / "cover.png", size=8)
    xml = render_feed(_golden_episodes(), settings, settings.output).decode("utf-8")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(xml, encoding="utf-8")
    assert xml == GOLDEN.read_text(encoding="utf-8")


def test_write_feed_sorts_newest_first_whatever_the_input_order(tmp_path):
    settings = make_settings(tmp_path, site_url=SITE)
    path = write_feed(_golden_episodes(), settings, tmp_path / "feed.xml")
    items = etree.parse(str(path)).getroot().findall("channel/item")
    assert [i.findtext("guid") for i in items] == ["guid-2", "guid-1"]


def test_transcript_html_has_headings_prose_and_lists(tmp_path):
    episode = _golden_episodes()[0]
    episode.transcript_txt = tmp_path / "e.txt"
    episode.chapters_json = tmp_path / "e.chapters.json"
    episode.transcript_txt.write_text(
        "River floods close roads\n\nTest Show, Sunday 1 March 2026\n\nThe headlines\n\n"
        "Floods close two roads.\nA school stays shut.\n\nStory: Floods\n\nThe river rose after three days\n"
        "of rain, and <people> moved.\n", encoding="utf-8")
    episode.chapters_json.write_text(
        '{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "The headlines"},'
        ' {"startTime": 5, "title": "Story: Floods"}]}', encoding="utf-8")
    page = transcript_html(episode)
    assert "<p>River floods close roads</p>" not in page  # the item title is not repeated
    assert "<p>Test Show, Sunday 1 March 2026</p>" in page
    assert "<h3>The headlines</h3>" in page and "<h3>Story: Floods</h3>" in page
    assert "<p>Floods close two roads.<br/>A school stays shut.</p>" in page
    assert "<p>The river rose after three days of rain, and &lt;people&gt; moved.</p>" in page


def test_control_characters_are_dropped_and_a_bad_site_url_is_refused(tmp_path):
    episode = _golden_episodes()[0]
    episode.title = "Floods\x0b close\x00 roads"
    xml = render_feed([episode], make_settings(tmp_path), tmp_path)
    assert etree.fromstring(xml).findtext("channel/item/title") == "Floods close roads"
    with pytest.raises(FeedError, match="site-url"):
        render_feed([episode], make_settings(tmp_path, site_url="example.org/briefing"), tmp_path)


def test_naive_pubdate_is_a_feed_error(tmp_path):
    episode = _golden_episodes()[0]
    episode.published = dt.datetime(2026, 3, 1, 6, 0)
    with pytest.raises(FeedError, match="timezone"):
        render_feed([episode], make_settings(tmp_path), tmp_path)


def test_catalogue_rows_round_trip_into_the_same_feed(two_dates):
    settings, path = two_dates
    with Catalogue(settings.output) as cat:
        assert render_feed(cat.all(), settings, settings.output) == path.read_bytes()
