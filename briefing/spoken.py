"""Written sentence -> the words a newsreader says: numbers, money, units, times, abbreviations, symbols.

Every engine gets this spoken form, so all voices read "$5bn" as "five billion dollars" whatever their own
text front end does. Captions keep the written sentence. The number reader is our own (num2words is LGPL).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .person_titles import COURTESY_SAID, RANKS_SAID

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}


def cardinal(n: int) -> str:
    """44 -> "forty-four", 1_250 -> "one thousand two hundred and fifty" (British "and")."""
    if n < 0:
        return "minus " + cardinal(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {cardinal(rest)}" if rest else "")
    for value, word in _SCALES:
        if n >= value:
            high, rest = divmod(n, value)
            words = f"{cardinal(high)} {word}"
            if rest:
                words += (" and " if rest < 100 else " ") + cardinal(rest)
            return words
    raise AssertionError(n)  # unreachable: every n >= 1000 has a scale


def ordinal(n: int) -> str:
    """3 -> "third", 21 -> "twenty-first", 100 -> "one hundredth"."""
    words = cardinal(n)
    head, sep, last = words.rpartition("-" if "-" in words.split()[-1] else " ")
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def year(n: int) -> str:
    """2021 -> "twenty twenty-one", 1905 -> "nineteen oh five", 2005 -> "two thousand and five"."""
    if 2000 <= n <= 2009 or n % 1000 == 0:
        return cardinal(n)
    high, low = divmod(n, 100)
    if low == 0:
        return f"{cardinal(high)} hundred"
    return f"{cardinal(high)} {'oh ' + _ONES[low] if low < 10 else cardinal(low)}"


def decimal(text: str) -> str:
    """"2.5" -> "two point five", "1,000" -> "one thousand", "0.75" -> "zero point seven five"."""
    whole, _, frac = text.replace(",", "").partition(".")
    words = cardinal(int(whole or "0"))
    if frac:
        words += " point " + " ".join(_ONES[int(d)] for d in frac)
    return words


def _plural(word: str) -> str:
    return word if word.endswith("s") else word + "s"


_CURRENCY = {"$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros"), "¥": ("yen", "yen")}
_MAGNITUDE = {
    "bn": "billion", "b": "billion", "billion": "billion", "m": "million", "mn": "million",
    "million": "million", "k": "thousand", "thousand": "thousand", "tn": "trillion", "trillion": "trillion",
}
_UNITS = {
    "km": "kilometres", "kms": "kilometres", "m": "metres", "cm": "centimetres", "mm": "millimetres",
    "kg": "kilograms", "g": "grams", "t": "tonnes", "mph": "miles per hour", "km/h": "kilometres per hour",
    "kph": "kilometres per hour", "ft": "feet", "mi": "miles", "ha": "hectares", "l": "litres",
    "mw": "megawatts", "gw": "gigawatts", "kw": "kilowatts", "kwh": "kilowatt hours", "sq km": "square kilometres",
    "mwh": "megawatt hours", "gwh": "gigawatt hours",
}
_SINGULAR_UNITS = {"feet": "foot", "miles per hour": "mile per hour", "kilometres per hour": "kilometre per hour"}
_TITLES = {
    **COURTESY_SAID, **RANKS_SAID, "Pres": "President", "Jr": "Junior", "Sr": "Senior",
    "Hon": "Honourable", "Rt": "Right",  # "Rt. Hon. Kehinde Adeyemi": the Right Honourable
}
# Initialisms that are spelled letter by letter; an all-capital word with no vowel is spelled too (BBC, CNN).
_SPELLED = {
    "US", "UK", "UN", "EU", "USA", "UAE", "IMF", "WHO", "NHS", "ABC", "SBS", "AFP", "AP", "ID", "CEO", "GDP",
    "MP", "MPs", "PM", "TV", "AI", "FBI", "CIA", "IS", "ISIS", "EV", "UNHCR", "ICC", "ICJ", "IOC", "WTO", "OPEC",
}
_NOT_SPELLED = {"OPEC", "NATO", "NASA", "ISIS", "COVID", "UNESCO", "UNICEF", "AIDS", "OK"}
_SYMBOLS = {"&": " and ", "+": " plus ", "=": " equals ", "@": " at ", "~": " about ", "±": " plus or minus "}
_MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
_YEAR_CONTEXT = {m.lower() for m in _MONTHS} | {"in", "since", "by", "of", "from", "until", "till", "before", "after", "during", "year", "early",
                 "late", "mid", "between", "and", "to", "summer", "winter", "spring", "autumn", "fall"}

# Words that make a bare four-digit number a count ("2000 people") rather than a year.
_COUNTED = {"people", "men", "women", "children", "police", "staff", "troops", "more", "of", "new", "other"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _money(m: re.Match[str]) -> str:
    one, many = _CURRENCY[m["cur"]]
    amount, mag = m["num"], (m["mag"] or "").lower()
    if mag:
        return f"{decimal(amount)} {_MAGNITUDE[mag]} {many}"
    whole, _, cents = amount.replace(",", "").partition(".")
    words = f"{cardinal(int(whole))} {one if whole == '1' else many}"
    if cents and int(cents) and m["cur"] in "$€£":
        words += f" {cardinal(int(cents.ljust(2, '0')[:2]))}" + (" pence" if m["cur"] == "£" else " cents")
    return words


# Money written with a letter before the figure, as Nigerian, Kenyan, South African, Philippine and Indian news
# writes it: "N412.6bn" (naira), "KSh 6.4 billion", "R14.8 million" (rand), "P45" (pesos), "Rs 10" (rupees). Read
# as it is, "N412.6bn" is "N four hundred ...". A bare "N", "R" or "P" counts only before a big amount ("R49",
# "P45" may be a road or a form), the other marks always.
_LETTERS = {"KSh": "shillings", "Ksh": "shillings", "Rs": "rupees", "Rs.": "rupees", "₦": "naira", "₱": "pesos",
            "N": "naira", "R": "rand", "P": "pesos"}
_LETTER_MONEY = re.compile(r"(?<![\w$£€])(?:(?P<mark>KSh|Ksh|Rs\.?|₦|₱)\s?(?P<num>" + _NUM + r")"
                           r"(?:\s?(?P<mag>bn|mn|m|billion|million|trillion|crore|lakh)\b)?"
                           r"|(?P<letter>[NRP])(?P<big>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=\s?(?:bn|mn|m|billion|million|"
                           r"trillion)\b))(?:\s?(?P<mag2>bn|mn|m|billion|million|trillion)\b)?)")


def _letter_money(m: re.Match[str]) -> str:
    mark, num, mag = (m["mark"], m["num"], m["mag"]) if m["mark"] else (m["letter"], m["big"], m["mag2"])
    mag = (mag or "").lower()
    return f"{decimal(num)}{' ' + _MAGNITUDE.get(mag, mag) if mag else ''} {_LETTERS[mark]}"


def _time(m: re.Match[str]) -> str:
    groups = m.groupdict()
    hour, minute, ampm = int(m["h"]), m["min"], (groups.get("ampm") or "").lower().replace(".", "")
    words = cardinal(hour)
    if minute and minute != "00":
        words += " " + ("oh " + _ONES[int(minute)] if minute.startswith("0") else cardinal(int(minute)))
    elif not ampm:
        words += " hundred" if hour > 12 else " o'clock"
    if ampm:
        words += " " + " ".join(ampm)
        if m[0].endswith(".") and not m.string[m.end():].strip():
            words += "."  # "p.m." ended the sentence: keep its full stop
    return words


def _unit(m: re.Match[str]) -> str:
    unit = _UNITS[m["unit"].lower()]
    number = decimal(m["num"])
    if m["num"] == "1":
        unit = _SINGULAR_UNITS.get(unit, unit.removesuffix("s"))
    return f"{number} {unit}"


def _spell(m: re.Match[str]) -> str:
    word = m[0]
    plural = word.endswith("s") and word[:-1].isupper()
    letters = word[:-1] if plural else word
    if letters in _NOT_SPELLED or word in _NOT_SPELLED:
        return word
    if not (word in _SPELLED or letters in _SPELLED or not re.search("[AEIOUY]", letters)):
        return word
    spelled = " ".join(f"{c}." for c in letters)
    return spelled + "s" if plural else spelled


_FULL_MONTHS = {m[:3]: m for m in _MONTHS[:12]} | {"Sept": "September"}


def _month(name: str) -> str:
    return _FULL_MONTHS.get(name, name)


def _day_of_month(m: re.Match[str]) -> str:
    day = int(m[1])
    if not 1 <= day <= 31:
        return m[0]
    before = m.string[: m.start()].rstrip().lower()
    article = "" if before.endswith("the") else "the "
    return f"{article}{ordinal(day)} of {_month(m[2])}"


def _degrees(m: re.Match[str]) -> str:
    number = m["num"]
    words = ("minus " if number.startswith("-") else "") + decimal(number.lstrip("-"))
    return f"{words} degrees {'Celsius' if m['scale'] == 'C' else 'Fahrenheit'}"


def _decade(n: int) -> str:
    """1990 -> "nineteen nineties", 2000 -> "two thousands"."""
    words = year(n)
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _bare_number(m: re.Match[str]) -> str:
    text, before, after = m["num"], m.string[: m.start()], m.string[m.end():]
    plain = text.replace(",", "")
    if re.fullmatch(r"\d{4}", text) and 1100 <= int(text) <= 2099:
        prev = re.findall(r"[A-Za-z]+", before[-20:])
        nxt = re.match(r"\s*([A-Za-z]+)", after)
        counted = nxt and (nxt[1] in _COUNTED or (nxt[1].endswith("s") and len(nxt[1]) > 3 and nxt[1].islower()))
        if (prev and prev[-1].lower() in _YEAR_CONTEXT) or not counted:
            return year(int(text))
    if plain.startswith("0") and len(plain) > 1 and "." not in plain:
        return " ".join(_ONES[int(d)] for d in plain)  # codes and phone numbers: digit by digit
    return decimal(text)


_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"U\.S\.A\.|U\.S\.|U\.K\.|U\.N\.|E\.U\."), lambda m: " ".join(c + "." for c in m[0] if c.isalpha())),
    (re.compile(r"\b(" + "|".join(_TITLES) + r")\.?(?= [A-Z])"), lambda m: _TITLES[m[1]]),
    # dates: "March 20" -> "March twentieth", "5 July" -> "the fifth of July"
    (re.compile(r"\b(" + "|".join(_MONTHS) + r")\.? (\d{1,2})(?:st|nd|rd|th)?\b(?!:|,\d|\.\d)"),
     lambda m: f"{_month(m[1])} {ordinal(int(m[2]))}" if 1 <= int(m[2]) <= 31 else m[0]),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? (" + "|".join(_MONTHS) + r")\b"),
     _day_of_month),
    (re.compile(r"(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s?(?P<ampm>[ap]\.?m\.?)(?![a-z])", re.I), _time),
    (re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b"), _time),
    (re.compile(r"(?P<cur>[$£€¥])\s?(?P<num>" + _NUM + r")(?:\s?(?P<mag>bn|tn|mn|m|b|k|billion|million|trillion|thousand)\b)?"),
     _money),
    (_LETTER_MONEY, _letter_money),
    (re.compile(r"(?P<num>" + _NUM + r")\s?(?:%|per ?cent\b)"), lambda m: f"{decimal(m['num'])} per cent"),
    (re.compile(r"(?P<num>-?\d+(?:\.\d+)?)\s?°\s?(?P<scale>[CF])\b"), _degrees),
    (re.compile(r"(?P<num>" + _NUM + r")(?P<mag>bn|tn|mn|m|k)\b"), lambda m: f"{decimal(m['num'])} {_MAGNITUDE[m['mag']]}"),
    (re.compile(r"(?P<num>" + _NUM + r")\s?(?P<unit>km/h|sq km|kms|km|cm|mm|kg|mph|kph|ft|mi|ha|MWh|GWh|MW|GW|kW|kWh)\b"), _unit),
    (re.compile(r"(?<=watts|hours)/(?=[a-z])"), " and "),  # "400MW/1,600MWh": the power and the energy stored
    (re.compile(r"\b(\d{4})s\b"), lambda m: _decade(int(m[1]))),
    (re.compile(r"\b(\d+)(st|nd|rd|th)\b"), lambda m: ordinal(int(m[1]))),
    (re.compile(r"\b(\d{4})\s?[-–]\s?(\d{2,4})\b"), lambda m: f"{m[1]} to {m[2] if len(m[2]) == 4 else m[1][:2] + m[2]}"),
    (re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?[-–]\s?(\d+(?:\.\d+)?)(?=\s|$|[,.;])"), lambda m: f"{m[1]} to {m[2]}"),
    (re.compile(r"(?<=\d)-(?=[A-Za-z])"), " "),  # "900-kilometre" -> "900 kilometre"
    (re.compile(r"(?<![\w.])-(?=\d)"), "minus "),
    (re.compile(r"(?<![\w.])(?P<num>" + _NUM + r")(?![\w]|\.\d)"), _bare_number),
    (re.compile(r"\b[A-Z]{2,6}s?\b"), _spell),
    (re.compile(r"[&+=@~±]"), lambda m: _SYMBOLS[m[0]]),
    (re.compile(r"\s*[–—]\s*|\s+-\s+"), ", "),
    (re.compile(r"(?<=\.)-(?=[A-Za-z])"), " "),
    (re.compile(r"(?<=\b[A-Z])\.\.(?!\.)"), "."),  # "the US." spelled "U. S." keeps one full stop
    (re.compile(r"[ \t]{2,}"), " "),
]




def spoken_form(sentence: str) -> str:
    """The sentence as a newsreader reads it aloud: only words, spaces and ordinary punctuation left."""
    text = sentence
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    text = text.strip()
    if sentence[:1].isdigit() or sentence[:1] in _CURRENCY:
        text = text[:1].upper() + text[1:]  # "2021 saw..." -> "Twenty twenty-one saw..."
    return text
