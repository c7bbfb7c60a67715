"""Draw the default podcast cover: briefing/assets/cover.png (1400 x 1400, RGB PNG).

The image is original: flat shapes and the show name in DejaVu Sans Bold (its licence lets anyone
use text rendered with it). Apple asks for a square 1400-3000 px JPEG or PNG in RGB; 1400 px keeps the
file small because the MP3 tagger embeds it in every episode.

Pillow is needed only to run this script, not to use briefing:

    pip install pillow
    python scripts/make_cover.py            # writes briefing/assets/cover.png
    python scripts/make_cover.py out.png    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

try:
    from PIL import Image, ImageDraw, ImageFont
except ImportError:  # pragma: no cover - dev-only tool
    sys.exit("make_cover.py needs Pillow: pip install pillow")

SIZE = 1400
SCALE = 2  # draw at twice the size and shrink, so edges are smooth
SHOW = ("Briefing", "in Plain English")
TAGLINE = "The news, slowly and clearly"

NAVY = (16, 33, 64)
YELLOW = (255, 200, 40)
WHITE = (255, 255, 255)
SOFT = (170, 190, 225)

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/Library/Fonts")]
OUT = Path(__file__).resolve().parent.parent / "briefing" / "assets" / "cover.png"


def font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    # Pillow >= 10.1 bundles a scalable font; good enough when DejaVu is missing.
    return ImageFont.load_default(size=size)


def fit_font(draw: ImageDraw.ImageDraw, text: str, width: int, start: int, bold: bool = True):
    """The largest font size (from start down) at which text fits in width."""
    size = start
    while size > 10:
        f = font(size, bold)
        left, _, right, _ = draw.textbbox((0, 0), text, font=f)
        if right - left <= width:
            return f
        size -= 4
    return font(size, bold)


def centred(draw: ImageDraw.ImageDraw, y: int, text: str, f, fill) -> int:
    """Draw text centred horizontally with its top at y; return the y below it."""
    left, top, right, bottom = draw.textbbox((0, 0), text, font=f)
    x = (draw.im.size[0] - (right - left)) // 2 - left
    draw.text((x, y - top), text, font=f, fill=fill)
    return y + int(bottom - top)


def speech_bubble(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int]) -> None:
    """A rounded speech bubble with sound-wave bars inside: someone talking."""
    x0, y0, x1, y1 = box
    radius = (y1 - y0) // 4
    draw.rounded_rectangle(box, radius=radius, fill=YELLOW)
    # The tail points down-left, towards the words below.
    tail_x = x0 + (x1 - x0) // 4
    draw.polygon([(tail_x, y1 - 5), (tail_x + radius, y1 - 5), (tail_x - radius // 3, y1 + radius * 3 // 4)], fill=YELLOW)
    heights = [0.22, 0.42, 0.68, 0.9, 0.6, 0.78, 0.46, 0.3, 0.55, 0.36, 0.2]
    bar = (x1 - x0) // (len(heights) * 2 + 3)
    inner_h = (y1 - y0) * 0.62
    mid = (y0 + y1) // 2
    span = bar * (len(heights) * 2 - 1)
    x = x0 + ((x1 - x0) - span) // 2
    for h in heights:
        half = int(inner_h * h / 2)
        draw.rounded_rectangle((x, mid - half, x + bar, mid + half), radius=bar // 2, fill=NAVY)
        x += bar * 2


def make_cover(path: Path = OUT) -> Path:
    big = SIZE * SCALE
    image = Image.new("RGB", (big, big), NAVY)
    draw = ImageDraw.Draw(image)
    margin = big // 10

    speech_bubble(draw, (margin + big // 8, margin, big - margin - big // 8, margin + big // 3))

    y = margin + big // 3 + big // 9
    title = fit_font(draw, SHOW[0], big - 2 * margin, start=big // 4)
    y = centred(draw, y, SHOW[0], title, WHITE) + big // 28
    subtitle = fit_font(draw, SHOW[1], big - 2 * margin, start=big // 9)
    y = centred(draw, y, SHOW[1], subtitle, YELLOW) + big // 16
    tagline = fit_font(draw, TAGLINE, big - 3 * margin, start=big // 20, bold=False)
    centred(draw, y, TAGLINE, tagline, SOFT)

    cover = image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    path.parent.mkdir(parents=True, exist_ok=True)
    cover.save(path, format="PNG", optimize=True)
    return path


if __name__ == "__main__":
    out = make_cover(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"{out}  {out.stat().st_size // 1024} KB")
