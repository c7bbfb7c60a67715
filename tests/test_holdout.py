"""Hold-out articles: the issue-3 rules checked on news the writer rules were never tuned on.

tests/fixtures/holdout/ holds ten articles written by the team (invented places, people and organisations,
real wire and newspaper style: datelines, long sentences, quotes, lists, abbreviations) and two copies of
whole news pages around other articles. tests/fixtures/holdout2/ is a second set, written after the rules were
tuned on the first: ten articles in other genres (science feature, press release, first-person review, Q&A
interview, match report, obituary, health explainer with a list, quote-heavy politics, court, economy figures)
and three whole pages (two text copies, one HTML file). tests/fixtures/holdout3/ is a third set, written after
the rules were tuned on the first two: eight articles in shapes neither has (wire crime report with "police said"
attributions, company earnings full of figures, weather forecast, football transfer, AI explainer, council
decisions with a list, live blog with time stamps, first-person opinion column) and two whole pages (an election
result copied as text with its site furniture, and an HTML page whose CMS writes <div> paragraphs with data
attributes, captions, related links and a cookie banner). tests/fixtures/holdout4/ is a fourth set, written after the
rules were tuned on the first three: eight articles in shapes none of them has (product recall, university study
with percentages and a sample size, company merger with conditions, first-person festival review with a star rating,
exam results full of percentages, a numbered "five things to know" explainer, a tennis final with set scores,
a court sentencing) and two whole pages (a rail closure copied as text with menus, share buttons and related
links, and an HTML page with a kicker, a standfirst, an inline list of places and an inline "Read more" box).
tests/fixtures/holdout5/ is a fifth set, written in the genres where real news beats the writer while the first four
sets pass: a bank's press release full of finance jargon, energy trade news with units (MW, MWh, £/kW/year), chip trade
news with a condition in its lead, a charity's first-person-plural blog post, coalition politics with many people and
parties, a market wire report full of figures, a short item under 400 words and a drug trial press release; and two
whole pages (a court fine copied as text with a cookie banner, menus, share buttons, related links and comments, and an
HTML page with navigation, figure captions, a pull quote and related-link asides).
tests/fixtures/holdout6/ is a sixth set, in genres none of the others has: a telescope result checked by a computer
simulation, a feature with a delayed lead (a scene first, the news in paragraph 3), an advice column (letters and
answers), a sponsored lifestyle blog post with a disclosure line and a product list, fishing talks between four
countries, a wildlife survey, a pop star's cancelled tour and a "how to" personal-finance guide; and two whole pages
(an election result copied as text with menus, byline, related links, an author bio, a newsletter box and comments,
and an HTML page with JSON-LD, a cookie banner, figure captions, related links and a pull quote).
tests/fixtures/holdout7/ is a seventh set, in genres none of the others has: a central bank's rate decision with a
split vote and the governor's conditions, a cricket final with scores in runs, wickets and overs, a murder trial's
verdict (cleared of one charge, guilty of another, sentence to come, an appeal considered), an earthquake with a death
toll, an archaeological find told with "may" and "might", a cyber attack on hospitals with an unchecked claim, and a
medical study with its caveat (a link, not a cause); and three whole pages (a planning decision copied as text with a
cookie notice, menus, share buttons, a caption, "READ MORE", a newsletter box and comments; a live blog copied as text
with time stamps, a "Key events" box and entry headings; and an HTML page with a cookie bar, share links, a caption,
an inline "Read more" box, a pull quote, a newsletter box and related links).
tests/fixtures/holdout8/ is an eighth set, in genres none of the others has: a heat record with a health alert and a list
of advice, a house-price data release with a correction notice at its foot, a rocket launch after a called-off first
try, a footballer's injury, university job cuts with a union and a regulator, a police appeal for witnesses after a
hit-and-run (an arrest, bail, a phone number and a reference), and a "what we know so far" explainer with question
headings; and three whole pages (a charity feature copied as text with a long photo caption, a pull quote, a
newsletter box and comments; a product launch copied as text with an affiliate note, prices and comments; and an HTML
page with JSON-LD, a cookie banner, a caption, an inline "Read more" box, a pull quote and a correction notice).
tests/fixtures/holdout9/ is a ninth set, in genres none of the others has: a police and bank warning about a phone scam
(a list of advice, a victim who asked not to be named, arrests and bail), a disease outbreak update with case counts and
deaths, a tariff dispute between two governments (a retaliation, a denial, a meeting to come), a match report with a red
card changed after a video check and a stoppage-time winner, an awards night with a list of winners, a missing walker's
search with a family statement and a description, and a new renting law coming into force (what changes, with conditions
and a list); and three whole pages (a trial adjourned, copied as text with a cookie notice, menus, "Listen to this
article", a photo credit, "Advertisement", "RELATED:", a newsletter box, a "Most read" list and comments; a hospital
waiting-times release copied as text with share buttons, a caption with a credit, "Read more:", a newsletter box and
topics; and an HTML page with a cookie bar, an inline "Key points" aside, a data table, a live-updates list and related
links).
tests/fixtures/holdout10/ is a tenth set, in genres none of the others has: a school inspection report (a grade, attendance
and exam percentages, the trust's apology, what may happen next), a strike ballot result with percentages, a turnout
threshold and notice rules, a fashion chain's collapse into administration (jobs, shops, debts, gift cards, a pension
shortfall), a referendum decided by a recount (two counts, rejected papers, an advisory vote), an inquest's conclusion
(a coroner's finding and her report to prevent future deaths), a cyclist's doping ban (dates, a tribunal's words, an
appeal to come) and a volcanic eruption closing airports (areas, times, a warning); and three whole pages (a minimum wage
rise copied as text with a cookie notice, menus, a byline with "Last modified", share buttons, a photo credit, a "Most
read" box inside the story, related topics, "More on this story", a newsletter box and comments; a wild animal's escape
copied as text from a regional site with breadcrumbs, a video player's words, a newsletter sign-up with its error
messages, "READ MORE:", a WhatsApp box and "Top Stories"; and an HTML page from an old table-layout CMS whose story is one
<div> of text split by <br><br>, with <font> headline and byline, a picture box, a "RELATED STORIES" table inside the
story, print and email links, readers' comments and a "Most popular" column).
tests/fixtures/holdout11/ is an eleventh set, in the Englishes and shapes of real US, Indian, Australian and Canadian news
that the British-style sets lack: a US wire story with a "CITY, St. (AP) —" dateline, party labels ("Sen. Maria Delgado,
D-Nev.,"), "Gov.", dollars, degrees Fahrenheit and mph; an Indian company's quarterly results with a "(PTI)" dateline,
"Rs 452.6 crore", "lakh" and "per cent"; a US local crash report with ages in commas ("Mark Bell, 34, of Westbrook"); a
celebrity divorce; a US basketball trade with contract terms; a county health department's measles exposure advisory with
a list of places and times; and an Australian drought package ("Ms Whitcombe", "per cent", millimetres); and three whole
pages (a US local TV station's fire story copied as text with a video playlist, "ADVERTISEMENT", "RELATED:", a station
copyright line, app banners and "Trending Stories"; an Indian news portal's metro fare story copied as text with a
Hindi menu item, breadcrumbs, "Follow us on Google News", "Also Read |", "(With inputs from PTI)", "Published By:",
"--- Ends", tags and comments; and a Canadian paywalled HTML page whose story is shown only in part, behind a
"subscribers only" box, and is complete only in its JSON-LD articleBody).
tests/fixtures/holdout12/ is a twelfth set, in the shapes and Englishes none of the first eleven has: a Reuters-style market
wire ("LONDON, Nov 24 (Reuters) -", share and metal prices, pence, GMT, an analyst's rating cut, a "(Reporting by ...;
Editing by ...)" credit), a Nigerian state budget ("N412.6bn", "Rt. Hon.", "Hon. ..., representing ... constituency",
"Comrade", "disclosed", "plenary"), a US Supreme Court ruling (6-3, the majority opinion, a dissent and the case name),
a chief executive's resignation after an accounting review (share moves, an interim successor, a bonus claw-back), a zoo
birth of an endangered animal (a naming vote), a weekend box office and streaming chart with many quoted titles and a
numbered top-10 list, and a Philippine rice price cap ("Malacañang", "P45 per kilo", "barangays", a Tagalog quote
glossed in brackets); and three whole pages (a wire agency's page copied as text around a Kenyan story, with photo
"Item 1 of 2" captions, a summary box, "Report This Ad", a currency line "($1 = ... Kenyan shillings)", the credit
line, "Our Standards", an author bio and "Read Next"; a South African local paper copied as text with a weather
line, breadcrumbs, "Listen to this article", "CONTINUE READING BELOW", "READ MORE:", "ALSO ON ...", a newsletter
box and comments; and a Google AMP HTML page with amp-consent, amp-sidebar, amp-img, amp-social-share, amp-ad
inside the story, an inline "READ MORE" list and a "More from ..." block).
tests/fixtures/holdout13/ is a thirteenth set, in the shapes and Englishes none of the first twelve has: an Irish Garda appeal
after a post office raid ("Gardaí", "Co Fennagh", "Det Insp", the Garda Confidential Line, a TD raising it in the Dáil
during Leaders' Questions, the Tánaiste's answer), a Canadian manhunt after an inmate's escape (a description in
centimetres and pounds, "Const.", "two years less a day", an MPP's letter, Crime Stoppers), a bridge collapse with its
rescue figures rising over the hours ("By 8pm ... By midnight ... By 9am on Friday"), a lottery winner's human-interest
story told through her statement, an aid worker's release from prison told in "it is understood" and "according to", a
smog alert full of abbreviations defined in brackets (CVEPA, AQI, PM2.5, COPD, NO2, ppm, RMS) and a science result with
units (km/s, degrees Celsius, parts per million); and three whole pages (a festival cancelled with refunds and their
conditions, copied from an email newsletter whose paragraphs are hard-wrapped at 66 characters, with "View this email in
your browser", a contents list, "Read this story on our website >>", a second short item and unsubscribe lines; a
pollen alert copied from a news app, with "Open in the app", "Follow", "3 min read", "Share this article", "Save", a
line of emoji reactions, "Advertisement", topics, "Comments (48)", a numbered "Most viewed" list and the tab bar; and a
WordPress HTML page with <div class="entry-content">, a Jetpack "Share this:" box and "Related" posts inside the story,
a figure caption, tags, previous/next post links, comments, a reply form and sidebar widgets).
Every assertion here must hold for ANY article; an article that
fails one today because of a known writer weakness is marked xfail (strict=False) with that weakness named,
so the suite stays green and the mark shows what is left to fix. Never weaken an assertion to pass.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import pytest

from briefing import timing
from briefing.checks import check_script, measured_sentences, unsupported
from briefing.config import Settings
from briefing.ingest import read_article
from briefing.models import Article, Script
from briefing.script import estimated_seconds, write_script
from briefing.writers.plain import draft_article

HOLDOUT = Path(__file__).parent / "fixtures" / "holdout"
HOLDOUT2 = Path(__file__).parent / "fixtures" / "holdout2"
HOLDOUT3 = Path(__file__).parent / "fixtures" / "holdout3"
HOLDOUT4 = Path(__file__).parent / "fixtures" / "holdout4"
HOLDOUT5 = Path(__file__).parent / "fixtures" / "holdout5"
HOLDOUT6 = Path(__file__).parent / "fixtures" / "holdout6"
HOLDOUT7 = Path(__file__).parent / "fixtures" / "holdout7"
HOLDOUT8 = Path(__file__).parent / "fixtures" / "holdout8"
HOLDOUT9 = Path(__file__).parent / "fixtures" / "holdout9"
HOLDOUT10 = Path(__file__).parent / "fixtures" / "holdout10"
HOLDOUT11 = Path(__file__).parent / "fixtures" / "holdout11"
HOLDOUT12 = Path(__file__).parent / "fixtures" / "holdout12"
HOLDOUT13 = Path(__file__).parent / "fixtures" / "holdout13"
DATE = dt.date(2021, 7, 5)
ARTICLES = sorted(p.name for p in HOLDOUT.glob("[0-9][0-9]-*.txt"))
PAGES = sorted(p.name for p in HOLDOUT.glob("page-*.txt"))
ARTICLES2 = sorted(p.name for p in HOLDOUT2.glob("[0-9][0-9]-*.txt"))
PAGES2 = sorted(p.name for p in HOLDOUT2.glob("page-*.*"))  # text copies and an HTML page
ARTICLES3 = sorted(p.name for p in HOLDOUT3.glob("[0-9][0-9]-*.txt"))
PAGES3 = sorted(p.name for p in HOLDOUT3.glob("page-*.*"))  # a text copy and an HTML page
ARTICLES4 = sorted(p.name for p in HOLDOUT4.glob("[0-9][0-9]-*.txt"))
PAGES4 = sorted(p.name for p in HOLDOUT4.glob("page-*.*"))  # a text copy and an HTML page
ARTICLES5 = sorted(p.name for p in HOLDOUT5.glob("[0-9][0-9]-*.txt"))
PAGES5 = sorted(p.name for p in HOLDOUT5.glob("page-*.*"))  # a text copy and an HTML page
ARTICLES6 = sorted(p.name for p in HOLDOUT6.glob("[0-9][0-9]-*.txt"))
PAGES6 = sorted(p.name for p in HOLDOUT6.glob("page-*.*"))  # a text copy and an HTML page
ARTICLES7 = sorted(p.name for p in HOLDOUT7.glob("[0-9][0-9]-*.txt"))
PAGES7 = sorted(p.name for p in HOLDOUT7.glob("page-*.*"))  # two text copies and an HTML page
ARTICLES8 = sorted(p.name for p in HOLDOUT8.glob("[0-9][0-9]-*.txt"))
PAGES8 = sorted(p.name for p in HOLDOUT8.glob("page-*.*"))  # two text copies and an HTML page
ARTICLES9 = sorted(p.name for p in HOLDOUT9.glob("[0-9][0-9]-*.txt"))
PAGES9 = sorted(p.name for p in HOLDOUT9.glob("page-*.*"))  # two text copies and an HTML page
ARTICLES10 = sorted(p.name for p in HOLDOUT10.glob("[0-9][0-9]-*.txt"))
PAGES10 = sorted(p.name for p in HOLDOUT10.glob("page-*.*"))  # two text copies and an HTML page
ARTICLES11 = sorted(p.name for p in HOLDOUT11.glob("[0-9][0-9]-*.txt"))
PAGES11 = sorted(p.name for p in HOLDOUT11.glob("page-*.*"))  # two text copies and an HTML page
ARTICLES12 = sorted(p.name for p in HOLDOUT12.glob("[0-9][0-9]-*.txt"))
PAGES12 = sorted(p.name for p in HOLDOUT12.glob("page-*.*"))  # two text copies and an AMP HTML page
ARTICLES13 = sorted(p.name for p in HOLDOUT13.glob("[0-9][0-9]-*.txt"))
PAGES13 = sorted(p.name for p in HOLDOUT13.glob("page-*.*"))  # two text copies and a WordPress HTML page
FOLDER = {**{n: HOLDOUT for n in ARTICLES + PAGES}, **{n: HOLDOUT2 for n in ARTICLES2 + PAGES2},
          **{n: HOLDOUT3 for n in ARTICLES3 + PAGES3}, **{n: HOLDOUT4 for n in ARTICLES4 + PAGES4},
          **{n: HOLDOUT5 for n in ARTICLES5 + PAGES5}, **{n: HOLDOUT6 for n in ARTICLES6 + PAGES6},
          **{n: HOLDOUT7 for n in ARTICLES7 + PAGES7}, **{n: HOLDOUT8 for n in ARTICLES8 + PAGES8},
          **{n: HOLDOUT9 for n in ARTICLES9 + PAGES9}, **{n: HOLDOUT10 for n in ARTICLES10 + PAGES10},
          **{n: HOLDOUT11 for n in ARTICLES11 + PAGES11}, **{n: HOLDOUT12 for n in ARTICLES12 + PAGES12},
          **{n: HOLDOUT13 for n in ARTICLES13 + PAGES13}}
ALL_ARTICLES = (ARTICLES + ARTICLES2 + ARTICLES3 + ARTICLES4 + ARTICLES5 + ARTICLES6 + ARTICLES7 + ARTICLES8
                + ARTICLES9 + ARTICLES10 + ARTICLES11 + ARTICLES12 + ARTICLES13)
FILES = (ARTICLES + PAGES + ARTICLES2 + PAGES2 + ARTICLES3 + PAGES3 + ARTICLES4 + PAGES4 + ARTICLES5 + PAGES5
         + ARTICLES6 + PAGES6 + ARTICLES7 + PAGES7 + ARTICLES8 + PAGES8 + ARTICLES9 + PAGES9
         + ARTICLES10 + PAGES10 + ARTICLES11 + PAGES11 + ARTICLES12 + PAGES12 + ARTICLES13 + PAGES13)
ALL_PAGES = (PAGES + PAGES2 + PAGES3 + PAGES4 + PAGES5 + PAGES6 + PAGES7 + PAGES8 + PAGES9 + PAGES10
             + PAGES11 + PAGES12 + PAGES13)
ORDER = ["intro", "headlines", "story", "glossary", "recap", "outro"]
ENOUGH_TO_SAY = 350  # words of story: enough to fill five minutes through the full format (issue 3)

# Lines of page furniture a reader must never hear: sharing, ads, links, sign-ups, footers, datelines.
FURNITURE = re.compile(
    r"^Share\b|\bShare (?:on|this|by)\b|\bAdvertisement\b|\bRead more\b|©|\bcopyright\b|\bAll rights reserved\b"
    r"|\bSign up\b|\bnewsletter\b|\bSkip to\b|\bCookie\b|\bPrivacy (?:Policy|Notice)\b|\bMost read\b|\(Wire\)",
    re.I)
DATELINE = re.compile(r"^[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+)*, [A-Z][a-z.]+.*?\s[—-]\s")  # "RIVERTON, Ore. — ..."
TITLE_WITHOUT_NAME = re.compile(  # "Dr said ...": a title whose name was cut off
    r"\b(?:Dr|Mr|Mrs|Ms|Gov|Supt|Sen|Rep|Prof|St)\.?(?= (?:said|says|told|added)\b|[.!?]?$)")
# Slips of grammar a rule can make on any article: "carryed", "This are ...", "a asked", "Hutchins said Hutchins".
GRAMMAR_SLIPS = [
    re.compile(r"\b\w*[^aeiouAEIOU\W]yed\b"),  # -y after a consonant takes -ied
    re.compile(r"^(?:This|That) (?:are|were|have)\b"),  # a "This ..." piece must agree with "this"
    re.compile(r"(?<!\ban )(?<!\bAn )\b[Aa] (?!one\b|once\b|U\.)[aeioAEIO]\w*"),  # "a" before a vowel sound (not the
    # letter grade: "an A or A*")
    re.compile(r"\b([A-Z][a-z]+) said (?:that )?(?:if [^,]+, )?\1\b"),  # the speaker reported by name, not "he"
    re.compile(r"\b(?:cannot|can|could|must|should|will|would|may|might)s\b"),  # a modal never takes -s
]
INTERVIEW_LABEL = re.compile(r"^(?:Q|A)\s*:")  # "Q: ..." / "A: ..." marks who speaks in a printed interview
PRONOUN_START = re.compile(r"^(?:He|She|They|It|His|Her|Their|This|That|These|Those)\b")

# The main facts of each story's opening paragraph (who, what, where, when, how many), as the article says them.
LEAD_FACTS = {
    "01-riverton-budget.txt": ["Riverton", "5-2", "$212 million", "4.5%"],
    "02-court-landlord.txt": ["St. Augustin", "$6.3 million", "200", "Thursday"],
    "03-storm-flood.txt": ["Storm Edric", "85mph", "40,000", "Ashby Cross"],
    "04-space-planet.txt": ["48", "water vapor", "rocky planet"],
    "05-measles-vaccine.txt": ["Kessler County", "148", "23", "Monday"],
    "06-factory-closing.txt": ["Velmont", "Grant's Crossing", "1,150"],
    "07-cup-final.txt": ["Harbridge", "Eastmoor", "4-3", "Reilly", "82,400"],
    "08-phone-privacy.txt": ["Orbis", "keyboard", "Friday", "update"],
    "09-school-meals.txt": ["31,000", "Delaware Flats", "August", "Monday"],
    "10-border-refugees.txt": ["14,000", "Karesh", "Valdoria", "five days"],
    "page-11-riverton-levy.txt": ["Riverton", "November", "$38 million", "6-1"],
    "page-12-ashby-cleanup.txt": ["Ashby Cross", "six months", "£40m"],
    # holdout2
    "01-comet-probe.txt": ["Halvorsen-Tey", "water ice", "carbon-based molecules", "Meridian Space Institute",
                           "Wednesday"],
    "02-press-release.txt": ["Brightwell Systems", "CargoMind", "12%", "30%"],
    "03-phone-review.txt": ["Kestrel Nova 3", "£649"],
    "04-qa-interview.txt": ["Tomasz Ellwood", "Sallow River Basin Commission", "January", "drought", "15%"],
    "05-football-report.txt": ["Osei", "89th minute", "Dunmore Athletic", "Castlebridge Rovers", "3-2", "Saturday"],
    "06-obituary.txt": ["Margarethe Quill", "200,000", "Lowenford", "1971", "91"],
    "07-health-explainer.txt": ["38C", "doctors", "heat illness", "hospital"],
    "08-politics-quotes.txt": ["Adela Castellan", "Tuesday", "no-confidence motion", "Reform Alliance", "Harrowgate"],
    "09-court-fraud.txt": ["six years", "Eldermoor Crown Court", "£2.3 million", "racehorses"],
    "10-economy-numbers.txt": ["3.1%", "3.8%", "January", "National Statistics Office", "rents"],
    "page-11-tram-strike.txt": ["Kingsford", "three days", "87%", "May 28"],
    "page-12-wildfire.txt": ["18,000 acres", "3,400", "Dorrance Valley", "Elk Prairie", "900"],
    "page-13-library-fines.html": ["9,000", "Ostrava Bay", "14%", "Tuesday"],
    # holdout3
    "01-wire-crime.txt": ["Corvale", "armed robbery", "$1.7 million", "Friday", "guard"],
    "02-earnings-report.txt": ["Tallis Foods", "18%", "£412 million", "3.2%", "Thursday"],
    "03-weather-forecast.txt": ["amber warning", "heavy snow", "northern hills", "freezing rain", "Friday"],
    "04-transfer-deal.txt": ["Westford City", "Tomas Reyna", "Porto Alban", "£48 million", "£55 million"],
    "05-ai-explainer.txt": ["Millions", "chatbots", "emails"],
    "06-council-decisions.txt": ["Marlbury District Council", "Wednesday", "bus lane", "Victoria Street", "20p"],
    "07-live-blog.txt": ["Harbour Bridge", "Portsea Bay", "cargo ship", "closed"],
    "08-opinion-column.txt": ["Whitcombe's Books", "Stenford", "2003", "Last month"],
    "page-09-election.txt": ["Hollis Brandt", "Green Party", "Carrick", "3,214", "24 years"],
    "page-10-water-notice.html": ["60,000", "Dunhaven", "Monday", "E. coli", "Greaves Hill"],
    # holdout4
    "01-product-recall.txt": ["Brenlow", "410,000", "kettles", "handle", "Wednesday"],
    "02-university-study.txt": ["52 minutes", "1,800", "University of Calder", "Monday"],
    "03-company-merger.txt": ["Northway", "Pellam", "£6.2 billion", "31,000", "Thursday"],
    "04-festival-review.txt": ["Saltmarsh Festival", "Wexley", "Iron Lanterns"],
    "05-exam-results.txt": ["A-level", "26.4%", "27.2%", "Thursday"],
    "06-five-things.txt": ["Lanford", "April", "96,000", "meter"],
    "07-tennis-final.txt": ["Marek Voss", "Luis Aranda", "Harborne Open", "three match points", "Sunday"],
    "08-court-sentencing.txt": ["seven years", "cyclist", "Marden Vale", "phone", "Friday"],
    "page-09-rail-closure.txt": ["Hollin Valley", "Carrow", "Stenbury", "nine days", "Easter"],
    "page-10-flood-evacuation.html": ["2,600", "Brennock", "Tarrow River", "Tuesday"],
    # holdout5
    "01-fintech-release.txt": ["Harwick Bank", "Lumeno", "40,000", "accounts"],
    "02-battery-storage.txt": ["Harlow Energy", "400MW", "Brackmoor", "Tuesday", "1.3GW"],
    "03-chip-plant.txt": ["Tessaro", "$11 billion", "Granville Falls", "Ohio", "$1.4 billion", "Thursday"],
    "04-thinktank-blog.txt": ["Warm Homes Grant", "£300", "1,204"],
    "05-coalition-talks.txt": ["Veldmark", "Liberal Centre", "Tomas Arndt", "finance ministry", "Wednesday"],
    "06-market-wire.txt": ["Corvex 500", "0.8%", "April", "June", "Wednesday"],
    "07-short-fire.txt": ["Dunford", "Brookvale Recycling", "Tuesday", "60", "windows"],
    "08-pharma-release.txt": ["Celvara", "CVT-218", "ARDEN", "psoriasis"],
    "page-09-water-fine.txt": ["Northvale Water", "£4.1m", "River Wend", "sewage", "Thursday"],
    "page-10-port-strike.html": ["1,900", "Strandhaven", "9%", "11-day", "Friday"],
    # holdout6
    "01-telescope-gas.txt": ["Chile", "260,000", "cold gas", "galaxy"],
    "02-ferry-bridge.txt": ["Skarra Island", "bridge", "14 October", "£23 million"],  # the news is in paragraph 3
    "03-advice-column.txt": ["sister", "£8,000", "credit card", "£2,500"],
    "04-sponsored-blog.txt": ["Hollowmere Home", "flat", "autumn"],  # "sponsored by X" is told as "X sponsors ..."
    "05-strait-talks.txt": ["Estmark", "Bralova", "Tirsen", "Lusvania", "Halvar Strait", "June 1", "Thursday",
                            "parliaments"],
    "06-otter-return.txt": ["Otters", "River Calloway", "40 years", "Westmoor Wildlife Trust"],
    "07-singer-tour.txt": ["Delphine Arkwright", "22", "three months", "Sunday"],
    "08-switch-energy.txt": ["supplier", "five working days", "cut off"],
    "page-09-assembly-election.txt": ["Harbour Party", "Calder Bay", "43", "80", "Civic Union"],
    "page-10-airline-outage.html": ["Skylark Air", "640", "90,000", "nine hours", "Saturday"],
    # holdout7
    "01-rate-decision.txt": ["Bank of Estria", "3.75%", "Thursday", "two years"],
    "02-cricket-report.txt": ["Carrowshire", "Westmarsh", "312", "four wickets", "Owen Hartwell", "141", "Saturday"],
    "03-court-verdict.txt": ["27-year-old", "not guilty", "manslaughter", "Kelsham", "Brantford Crown Court"],
    "04-earthquake.txt": ["37", "400", "6.4", "Korvan", "Monday"],
    "05-archaeology-find.txt": ["200", "Ashcombe", "Bronze Age", "Tuesday"],
    "06-hospital-cyberattack.txt": ["three hospitals", "Eastvale Health Trust", "operations", "cyber attack", "Tuesday"],
    "07-medical-study.txt": ["7,000", "25%", "dementia", "nine years", "Wednesday"],
    "page-08-planning-appeal.txt": ["1,400", "Fallowfield", "Denholm", "housing minister", "public inquiry"],
    "page-09-storm-liveblog.txt": ["red warning", "Dunmore", "Selby Coast", "1pm", "9pm"],
    "page-10-crash-report.html": ["Castle Street", "Harlow", "31", "February", "Tuesday"],
    # holdout8
    "01-heatwave-record.txt": ["41.2C", "Tarvin", "Wednesday", "red heat alert", "National Weather Office"],
    "02-house-prices.txt": ["0.6%", "March", "£268,400", "Crestway", "Friday"],
    "03-rocket-launch.txt": ["Corvane Aerospace", "satellites", "Harrowby", "Saturday", "valve"],
    "04-injury-blow.txt": ["Danny Oyelaran", "nine months", "knee", "2-1", "Halden Town", "Monday"],
    "05-university-cuts.txt": ["Calderbrook University", "380", "£31 million", "music", "overseas students",
                               "Tuesday"],
    "06-police-appeal.txt": ["34-year-old", "Ridgeway Road", "Elmstead", "Sunday", "19-year-old"],
    "07-tunnel-fire-explainer.txt": ["Kessock", "lorry", "Thursday", "200"],
    "page-08-food-bank.txt": ["Hilltop", "1,200", "Greywater", "two years"],
    "page-09-console-launch.txt": ["Pixelforge", "Nova", "14 November", "£329", "Tuesday"],
    "page-10-bus-fares.html": ["£2", "Eastmere", "1 June", "£41 million", "Monday"],
    # holdout9
    "01-bank-scam-warning.txt": ["640", "Wendmoor", "£3.8 million", "January", "Thursday"],
    "02-dengue-outbreak.txt": ["2,341", "11", "Selvia", "40", "Tuesday"],
    "03-tariff-row.txt": ["Ardania", "25%", "Morvenia", "1 March", "steel", "Monday"],
    "04-red-card-winner.txt": ["Kofi Asante", "2-1", "Ashgrove United", "Bellfield Rangers", "Liam Dorsey", "Saturday"],
    "05-screen-awards.txt": ["The Long Harbour", "Norvik Screen Awards", "Mira Castell", "best actress", "Sunday"],
    "06-missing-walker.txt": ["Carn Eddar", "58-year-old", "third day", "60", "Friday"],
    "07-renting-law.txt": ["Caldria", "Monday", "Fair Renting Act", "once a year", "two months"],
    "page-08-court-adjourned.txt": ["Victor Harrowgate", "Lowmoor", "Thursday", "20 November", "jury"],
    "page-09-waiting-times.txt": ["212,600", "August", "three years", "9,400", "Northbridge"],
    "page-10-job-cuts.html": ["Castleford Motors", "1,450", "Redbank", "Tuesday", "next year"],
    # holdout10
    "01-school-inspection.txt": ["Harwell Road Academy", "Dunmarsh", "inadequate", "not kept safe", "bullying",
                                 "Wednesday"],
    "02-strike-ballot.txt": ["Kelmore", "strike", "pay", "Care Workers United", "Monday"],
    "03-retailer-collapse.txt": ["Pellow & Finch", "administration", "2,300", "94", "Tuesday"],
    "04-referendum-recount.txt": ["Ostry", "Calder District", "57", "recount", "Friday"],
    "05-inquest-conclusion.txt": ["lifeguards", "12-year-old", "Saltby", "rules"],
    "06-doping-ban.txt": ["Matteo Rinaldi", "four years", "national championship title", "Tuesday"],
    "07-volcano-ash.txt": ["Mount Skarn", "Hekra Island", "11 kilometres", "four airports", "900", "Wednesday"],
    "page-08-minimum-wage.txt": ["5.1%", "£12.85", "1 April", "£1,300", "Wednesday"],
    "page-09-lynx-escape.txt": ["Cressbrook Wildlife Park", "lynx", "Friday", "Saturday", "cats"],
    "page-10-museum-theft.html": ["Dunmere Museum", "three paintings", "Edith Carrow", "£2.4 million", "Monday"],
    # holdout11
    "01-wire-heat-senate.txt": ["$2.4 billion", "cooling centers", "115 degrees", "ninth straight day", "Tuesday"],
    "02-india-crore-results.txt": ["Suryodaya Textiles", "38 per cent", "Rs 452.6 crore", "September quarter",
                                   "Wednesday"],
    "03-crash-ages.txt": ["two people", "three others", "wrong-way", "Interstate 70", "Carlow Mills", "Saturday"],
    "04-celebrity-split.txt": ["Jordan Vance", "Kira Solis", "six years", "Thursday"],
    "05-sports-trade.txt": ["Carver City Comets", "Darius Penn", "Harbor City Mariners", "two first-round", "Monday"],
    "06-health-advisory.txt": ["Ashford County Health Department", "measles", "three", "Lakeview"],
    "07-australia-drought.txt": ["Murrundi", "$50,000", "$85 million", "Friday"],
    "page-08-tv-apartment-fire.txt": ["family of five", "Sunday", "Brookfield", "firefighter"],
    "page-09-india-metro-fares.txt": ["Devnagar Metro Rail Corporation", "Rs 10", "December 1", "2019", "Monday"],
    "page-10-paywall-jsonld.html": ["RCMP", "60,000 litres", "Kestrel Bay", "two years"],
    # holdout12
    "01-wire-reuters-copper.txt": ["Corvane Mining", "14%", "Monday", "three years", "Tessaly"],
    "02-nigeria-state-budget.txt": ["Oyala State House of Assembly", "Tuesday", "N412.6 billion", "N381.2 billion",
                                    "Adebayo Olutunde"],  # (the writer says "bn" as "billion", as in every set)
    "03-supreme-court-ruling.txt": ["Supreme Court", "6-3", "Thursday", "warrant", "drones"],
    "04-ceo-resigns.txt": ["Halberd Foods", "Simon Achterberg", "two years", "9%", "Wednesday"],
    "05-zoo-birth.txt": ["snow leopard cubs", "Brackenford Zoo", "15 years"],
    "06-box-office-weekend.txt": ["Iron Meridian", "$74.2 million", "4,120", "Sunday"],
    "07-philippines-rice.txt": ["Malacañang", "P45", "three provinces", "Typhoon Kalayaan", "Monday"],
    "page-08-kenya-wire-tea.txt": ["640,000", "6.4 billion shillings", "18%", "Mombara", "two years", "Monday"],
    "page-09-south-africa-water.txt": ["85,000", "Karoo Ridge", "36 hours", "Thursday", "four times"],
    "page-10-amp-hawker.html": ["National Hawker Board", "$1,800", "April 1, 2026", "tender system"],
    # holdout13
    "01-garda-post-office-raid.txt": ["Gardaí", "Co Fennagh", "two men", "post office", "Tuesday"],
    "02-prison-escape-manhunt.txt": ["Hartwell", "Sunday", "Darren Sauvé", "medical appointment"],
    "03-bridge-collapse-rescue.txt": ["nine", "34", "Meran", "Thursday", "320", "14 vehicles", "25 metres"],
    "04-lottery-nurse.txt": ["Rimuhaven", "nurse", "$12.3 million", "almost a month", "Monday"],
    "05-prisoner-release.txt": ["Tamsin Okafor", "14 months", "Brennick", "Saturday", "Lusandra", "34"],
    "06-smog-alert-abbreviations.txt": ["Calder Vale", "ten years", "Tuesday", "240", "8am"],
    "07-ice-lake-units.txt": ["two kilometres", "Ardeny", "100,000 years", "Lake Hollis", "2.3 km", "160 square"],
    "page-08-newsletter-festival.txt": ["Harbour Lights", "Port Esker", "48 hours", "18,000", "Tidewater Events"],
    "page-09-app-pollen-alert.txt": ["Northvale", "Thursday", "thunderstorm asthma", "142", "Ashgrove", "Tuesday"],
    "page-10-wordpress-community.html": ["£186,000", "six weeks", "Millbrook", "community centre"],
}

# The page copies: the headline, the story's first and last paragraph (their opening words), and furniture
# lines from the page that must not reach the article body.
PAGE_STORY = {
    "page-11-riverton-levy.txt": (
        "Riverton asks voters to back $38 million parks levy after budget fight",
        "Riverton voters will decide in November",  # the cleaner takes the dateline off
        "The measure needs a simple majority to pass.",
        ["Children play at the splash pad", "Jenna Ortiz", "Marcus Bell", "Gift this article",
         "Pool hours cut again", "Bridge closure will last", "Terms of Use", "Riverton Courier. All rights"],
    ),
    "page-12-ashby-cleanup.txt": (
        "Ashby Cross flood victims face months out of their homes as clean-up begins",
        "Families in Ashby Cross whose homes were flooded by Storm Edric",
        "The Northern Flood Authority said it would publish",
        ["Volunteers carry ruined furniture", "Tom Ellery", "Rachel Hughes", "Comments (48)",
         "Join the conversation", "Christmas market to go ahead", "Cookie Notice", "Evening Post. All rights"],
    ),
    "page-11-tram-strike.txt": (
        "Tram drivers in Kingsford vote to strike for three days over pay and night shifts",
        "Tram drivers in Kingsford will walk out for three days",
        "The last tram strike in Kingsford",
        ["We and our 214 partners", "Listen to this article", "more than 1 year old", "Ellen Marsh",
         "Trams queue at the Gorse Street depot", "Kingsford night trams to run", "Bus drivers accept pay deal",
         "trambore_88", "Load more comments", "Registered in England"],
    ),
    "page-12-wildfire.txt": (
        "Pine Hollow fire grows to 18,000 acres as 3,400 residents ordered to leave Dorrance Valley",
        "A wind-driven wildfire that started in a campground",  # the cleaner takes the dateline off
        "For Lorraine Eckhart, 72,",
        ["A firefighter watches flames", "Grant Ybarra", "Story continues below", "What to pack in a wildfire",
         "Marco Lesh covers", "Lake levels drop", "Wildfire Watch", "Tags:", "Do Not Sell", "Herald-Star Media"],
    ),
    "page-13-library-fines.html": (
        "Ostrava Bay libraries end late fines and see thousands of books come home",
        "More than 9,000 overdue books, DVDs and audiobooks",  # the cleaner takes the dateline off
        "The library will report to the council again in December",
        ["Returned books wait to be shelved", "Leo Santangelo", "Nadia Ferreira-Holt", "We use cookies",
         "Library branches to open on Sundays", "Ferry timetable", "Sign up for our newsletter", "Bayside Gazette."],
    ),
    "page-09-election.txt": (
        "Greens win Carrick mayoral race in upset as turnout climbs to 48%",
        "Hollis Brandt of the Green Party has been elected mayor of Carrick",
        "Brandt will be sworn in on Monday.",
        ["Green Party candidate Hollis Brandt celebrates", "Samira Quaid", "Live results map", "ADVERTISEMENT",
         "READ MORE", "What the new mayor can", "Carrick council approves road widening", "Motorway closed",
         "greenfan_77", "Northern Ledger Media"],
    ),
    "page-10-water-notice.html": (
        "Boil-water notice for 60,000 Dunhaven homes after bacteria found in supply",
        "About 60,000 homes and businesses in Dunhaven",  # the cleaner takes the dateline off
        "The drinking water regulator said it would investigate",
        ["Workers take samples", "Mina Sorensen", "Terrence Alcott", "This site uses cookies",
         "Dunhaven reservoir upgrade delayed", "Water bills to rise", "Volunteers hand out bottled water",
         "Get local news", "High school football", "Valley Courier. All rights"],
    ),
    "page-09-rail-closure.txt": (
        "Easter rail closure: Hollin Valley line shut for nine days as bridge is rebuilt",
        "Trains will not run on the Hollin Valley line between Carrow and Stenbury",
        "Full details of the replacement bus timetable",
        ["Elise Harcourt", "Listen to this article", "The old railway bridge over the River Hollin at Dunsley",
         "READ MORE", "Western Rail fares to rise", "what went wrong with the flood repairs", "Rail travel",
         "Man rescued from cliff", "railfan_jo", "Western Courier Media"],
    ),
    "page-10-flood-evacuation.html": (
        "Evacuation order for 2,600 Brennock residents as Tarrow River heads for record",
        "Emergency services say the river could peak",  # the standfirst is the article's, as published
        "Residents can check whether their street is in the evacuation area",
        ["Joel Whitaker", "Share on Facebook", "spills over Quay Road", "Breaking:", "How to prepare your home",
         "the 1974 Tarrow flood", "Get the Coastal Daily", "Council votes on new skate park", "Coastal Daily Pty"],
    ),
    "page-09-water-fine.txt": (
        "Northvale Water fined record £4.1m for thousands of sewage spills into River Wend",
        "Northvale Water has been fined a record £4.1m",
        "A spokesperson for Northvale said",
        ["We value your privacy", "Harriet Quennell", "Sewage overflow pipe", "ADVERTISEMENT", "RELATED",
         "Regulator to review water bills", "What is a storm overflow", "Council tax to rise", "wendwatcher",
         "Midland Echo Media"],
    ),
    "page-10-port-strike.html": (
        "Strandhaven dockers end 11-day strike after accepting 9% pay deal",
        "About 1,900 dock workers at the Port of Strandhaven",
        "The government had come under pressure",
        ["This website uses cookies", "Tobias Wren", "Cranes stood idle", "Ships waited at anchor",
         "Strandhaven dockers walk out", "Shipping costs rise", "Seafront hotel", "Sign up to our newsletter",
         "Topics:", "Coastline Post Ltd"],
    ),
    "page-09-assembly-election.txt": (
        "Harbour Party wins Calder Bay assembly majority as Civic Union vote collapses",
        "The Harbour Party has won an overall majority",
        "Counting was delayed for about two hours",
        ["THE BAYLINE TRIBUNE", "Rowan Achterberg", "thanks supporters at the count", "ADVERTISEMENT", "RELATED",
         "Five things the new assembly", "About the author", "Morning Briefing", "Carraway faces calls to quit",
         "baywatcher_71", "Bayline Tribune Media"],
    ),
    "page-10-airline-outage.html": (
        "Skylark Air cancels 640 flights after computer failure",  # the page's own title; its <h1> is not said twice
        "Thousands sleep at airports",  # the standfirst is the article's, as published
        "The airline said it expected to run a full timetable",
        ["We use cookies", "Priya Vandermeer", "Travel chaos", "Passengers queue at Skylark", "A departure board",
         "Your rights when a flight", "Skylark profits soar", "Heatwave warning", "Travel Brief", "Topics:",
         "Meridian Herald Group", "schema.org"],
    ),
    "page-08-planning-appeal.txt": (
        "Minister blocks 1,400-home Fallowfield estate after two-year planning fight",
        "Plans to build 1,400 homes on farmland at Fallowfield",
        "Greyhaven has two other large schemes",
        ["We care about your privacy", "Harriet Colquhoun", "Protesters outside the Fallowfield inquiry", "READ MORE",
         "ADVERTISEMENT", "Share this article", "Local Democracy Reporter for Denholm", "Advertiser Daily newsletter",
         "Denholm bypass", "tane_valley_resident", "Load more comments", "Denholm Advertiser Ltd"],
    ),
    "page-09-storm-liveblog.txt": (
        "Storm Orla live: red warning for wind in coastal areas as 90mph gusts forecast",
        "The Met Service has issued a red warning for wind",  # the blog's "thank you for following" line is not story
        "Good morning and welcome to our live coverage of Storm Orla",  # the first entry, at the foot of a live blog
        ["This site uses cookies", "Callum Reyes", "Waves break over the sea wall", "Key events", "11:26", "07:10",
         "ADVERTISEMENT", "READ MORE", "Weather Alerts newsletter", "Price of heating oil", "Back to top",
         "Northern Post Media"],
    ),
    "page-10-crash-report.html": (
        "Worn brake part caused Harlow tram crash, report finds",  # the page's og:title, the shorter of its titles
        "Report says warning signs were missed",  # the standfirst is the article's, as published
        "The Office of Rail Regulation said it would check",
        ["We use cookies", "Nadia Fairbanks", "Share on Facebook", "The damaged tram at the Castle Street stop",
         "Harlow tram crash: what we know so far", "Chronicle Commute", "Topics:", "Tram fares to rise",
         "Westbury Chronicle Ltd"],
    ),
    "page-08-food-bank.txt": (
        '"We never thought we\'d need it": Hilltop food bank now feeds 1,200 families a week as demand doubles',
        "The Hilltop Community Food Bank in Greywater is now giving food",
        "Donations can be left at the collection points",
        ["Subscribe from", "Your cookie choices", "Bethan Okonjo", "Volunteer Rosa Ntim, 67, sorts tins",
         "a former carpet warehouse on Dock Road", "Photograph: Sam Adeyemi", "READ MORE", "ADVERTISEMENT",
         "Gazette Daily newsletter", "School uniform bank", "Two hurt in Dock Road crash", "valleygirl_83",
         "Load more comments", "Greywater Gazette Media Ltd"],
    ),
    "page-09-console-launch.txt": (
        "Pixelforge unveils Nova handheld console at £329, with cheaper model to follow next year",
        "Pixelforge will start selling its first handheld games console",
        "Some fans were disappointed",
        ["TECHWIRE", "Daniel Mbeki", "affiliate commission", "Image credit: Pixelforge", "READ MORE",
         "ADVERTISEMENT", "TechWire Daily", "Best handheld consoles 2025", "pixelpete", "Show more comments",
         "Brightline Media Group"],
    ),
    "page-10-bus-fares.html": (
        "Eastmere bus fares capped at £2 from June",  # the page's og:title, the shorter of its titles
        "Passengers on some long routes will save more than £5 a trip",  # the standfirst is the article's
        "The cap will not apply to weekly or monthly passes",
        ["We and our partners use cookies", "Owen Castellano", "Share on Facebook", "A number 42 bus leaves",
         "Photograph: Lucy Fenwick", "Eight rural bus routes to be cut", "Evening News Briefing",
         "An earlier version of this article", "Topics:", "New rail timetable", "Eastmere Evening News Ltd",
         "schema.org"],
    ),
    "page-08-court-adjourned.txt": (
        "Trial of former Lowmoor mayor adjourned for six weeks after juror falls ill",
        "The fraud trial of former Lowmoor mayor Victor Harrowgate was adjourned",
        "Outside the court, Lowmoor council leader Jenna Pike",
        ["We and our 186 partners", "Priya Castellane", "Listen to this article", "Image: Daniel Rooke",
         "Advertisement", "RELATED:", "Lowmoor market hall to reopen", "Sign up to our Courts newsletter",
         "Dog rescued from quarry", "LowmoorLad", "Lowmoor Chronicle Ltd", "Former mayor Victor Harrowgate arrives"],
    ),
    "page-09-waiting-times.txt": (
        "Hospital waiting list in Northbridge falls for first time in three years, but 9,400 patients still wait more"
        " than a year",
        "The number of people waiting for planned hospital treatment in the Northbridge region",
        "The health board said it expected the waiting list to grow again",
        ["NORTHBRIDGE DAILY POST", "Tom Ferreira", "Listen to this article", "Share on WhatsApp", "89 comments",
         "A patient is wheeled along", "Hannah Lee", "Advertisement", "Read more:", "Saturday appointments",
         "Health Check newsletter", "Winter flu jabs", "Storm warning for coast", "Northbridge Daily Post 2025"],
    ),
    "page-10-job-cuts.html": (
        "Castleford Motors to cut 1,450 jobs and close Redbank plant",
        "Carmaker Castleford Motors will cut 1,450 jobs",
        "The company said the first jobs would go in January",
        ["This site uses cookies", "Hannah Obi", "5 min read", "LinkedIn", "Workers leave the Redbank engine plant",
         "Photo: Martin Kerr", "Key points", "Where the jobs will go", "Westhall headquarters", "---",
         "Latest updates", "12:40", "Ellisford electric motor factory opens", "Morning Briefing", "Most read",
         "Midland Business Journal Ltd"],
    ),
    "page-08-minimum-wage.txt": (
        "Minimum wage to rise to £12.85 an hour from April, lifting pay for 2.9 million workers",
        "The minimum wage for workers aged 21 and over will rise",
        "The new rates will be confirmed in law",
        ["Jump to main content", "Subscribe from", "Cookies on the Northern Standard", "Accept additional cookies",
         "Tom Whitlock", "Last modified", "Gift article", "A worker stacks shelves", "Photograph: Ellie Barnes",
         "Most read", "Train fares to rise", "Pensioners to get", "Related topics", "More on this story",
         "Explore more on these topics", "Money Matters", "realist_jen", "Reply | Report", "Load more comments",
         "Northern Standard Media Ltd"],
    ),
    "page-09-lynx-escape.txt": (
        "Residents told to keep pets inside as lynx escapes from Cressbrook Wildlife Park",
        "People living near Cressbrook Wildlife Park have been told",
        "Anyone who sees the lynx should call 999",
        ["Westmoor Live", "Home > News", "Sam Devlin", "Local Democracy Reporter", "Video Loading", "Tap to play",
         "Play now", "Tova the lynx at Cressbrook Wildlife Park last year", "Get the biggest daily stories",
         "Thank you for subscribing", "Invalid email", "Something went wrong", "WhatsApp", "READ MORE",
         "4,000 homes without power", "Got a story?", "Top Stories", "Man charged after crash", "Northmedia Group"],
    ),
    "page-10-museum-theft.html": (
        "Thieves take three paintings from Dunmere Museum in night raid",
        "Thieves broke into Dunmere Museum early on Monday",  # the first word set in capitals, as print does
        "Anyone with information should call Dunmere Police",
        ["Announcements", "Advertise with us", "light rain", "Graham Oduya", "Crime Reporter",
         "Police outside the east wing", "Picture by Leanne Shaw", "RELATED STORIES", "Museum repairs to take a year",
         "Carrow exhibition draws", "Printer-friendly", "Email this story", "Readers' comments", "dunmere_dave",
         "Add your comment", "Most popular", "Roadworks on Quay Street", "daily email", "Dunmere Evening Courier."],
    ),
    "page-08-tv-apartment-fire.txt": (
        "Brookfield family of five displaced after apartment fire; firefighter hurt",
        "A family of five lost almost everything they owned",  # the cleaner takes the dateline off
        "A GoFundMe has been set up to help the Gonzales family.",
        ["KWTN 6 News at 6", "Carla Jennings", "Posted: Nov 23", "Now Playing", "Firefighters battle apartment blaze",
         "Police chase ends", "ADVERTISEMENT", "RELATED:", "Larkspur Broadcasting",
         "Download the KWTN", "Trending Stories", "Brookfield ISD", "EEO Report", "Do Not Sell"],
    ),
    "page-09-india-metro-fares.txt": (
        "Devnagar Metro fares to go up by up to Rs 10 from December 1; daily passes scrapped",
        "The Devnagar Metro Rail Corporation (NMRC) on Monday announced",
        "Officials said the corporation is also planning to open",
        ["Live TV", "Web Stories", "Gold Rate Today", "Home / Cities", "Rohit Deshpande", "Follow us on Google News",
         "Listen to this article", "Advertisement", "File photo", "Also Read", "electric buses", "With inputs from PTI",
         "Published By", "Ankita Sharma", "Ends", "Download the Bharat", "Tags", "Watch Live TV", "Wardha Road",
         "Yellow metal", "Comments (14)", "Rakesh K", "improve frequency", "Load more comments", "Bharat Samachar Media"],
    ),
    "page-10-paywall-jsonld.html": (
        "RCMP charge two in Kestrel Bay ferry fuel theft as province orders safety review",
        "RCMP have charged two men",  # the cleaner takes the dateline off
        "The Coast Spirit is one of the oldest ships in the fleet",
        ["Skip to content", "Subscribe for $1", "Sign in", "Jenna Whitlock", "Local Journalism Initiative",
         "3 minute read", "Share this Story", "Photo by Tom Reyes", "for subscribers only", "Unlimited online access",
         "crossword", "Support local journalism", "Tags:", "Trending", "School board votes", "Hawks edge Rivermen",
         "Pacific Rim Media", "Privacy Policy"],
    ),
    "page-08-kenya-wire-tea.txt": (
        "Kenyan tea farmers to get KSh 6.4 billion bonus payout as auction prices rise",
        "About 640,000 small-scale tea farmers in Kenya",  # the cleaner takes the wire dateline off
        "The agency said it would also spend",
        ["Exclusive news, data", "Sign In", "Item 1 of 2", "[1/2]", "Purchase Licensing Rights", "Payout up 18%",
         "Farmers say bonus still not enough", "Report This Ad", "Kenyan shillings)", "Reporting by Wanjiru Kamau",
         "Our Standards", "Suggested Topics", "covers East African economies", "Ethiopia's central bank",
         "Five ways to protect", "All quotes delayed", "Global Wire. All rights"],
    ),
    "page-09-south-africa-water.txt": (
        "Taps to run dry for 36 hours as Karoo Ridge municipality fixes burst main",
        "More than 85,000 households in Karoo Ridge",
        "The municipality has been under pressure",
        ["Subscribe from R49", "Crime & Courts", "Weather: Karoo Ridge", "Home / News", "Thandiwe Mokoena",
         "Published 2 hours ago", "Listen to this article", "Residents queue to fill containers", "ADVERTISEMENT",
         "CONTINUE READING BELOW", "READ MORE", "ALSO ON HERALD LIVE", "Two arrested after cable theft",
         "Sign up to our newsletter", "Comments (23)", "KarooDad", "Load more comments", "Most Read",
         "Petrol price to drop", "PAIA Manual", "Karoo Ridge Media"],
    ),
    "page-10-amp-hawker.html": (
        "Hawker stall rents to be capped at $1,800 from April, bidding system scrapped",
        "Rents for cooked food stalls",  # the cleaner takes the dateline off
        "The changes will cost the board",
        ["We use cookies", "Menu", "Lim Wei Ting", "Published Nov 24", "Diners at the Sennett Hill", "ADVERTISEMENT",
         "READ MORE", "Young hawkers struggle", "Topics:", "Telegram channel", "More from Singapore", "MRT fault",
         "Straits Courier Media", "Data Protection Notice"],
    ),
    "page-08-newsletter-festival.txt": (
        "Harbour Lights festival cancelled two days before gates open as storm forecast and ticket shortfall hit"
        " organisers",
        "The Harbour Lights music festival in Port Esker has been cancelled",
        "This is the second year in a row",
        ["View this email in your browser", "THE ESKER DAILY BRIEF", "Issue 412", "Good morning", "In today's edition",
         "Ferry timetable", "Your letters", "TOP STORY", "Rhona MacAulay", "Read this story on our website",
         "ALSO TODAY", "CalMar Ferries", "Enjoying the Daily Brief", "Forwarded this email", "Unsubscribe",
         "12 Quay Street"],
    ),
    "page-09-app-pollen-alert.txt": (
        "Pollen alert: doctors warn of 'thunderstorm asthma' risk as grass pollen count soars",
        "Health officials in the Northvale region have issued",
        "The pollen season in the region",
        ["9:41", "Open in the app", "Back", "Northvale News", "Follow", "Priya Raman", "Health reporter", "3 min read",
         "Share this article", "Save", "A man walks past", "👍", "Advertisement", "Topics", "Copy link",
         "Comments (48)", "Most viewed", "Ashgrove council to vote", "Two men charged", "Road closures", "Latest",
         "Saved"],
    ),
    "page-10-wordpress-community.html": (
        "Residents raise £186,000 in six weeks to save Millbrook community centre",
        "Residents of Millbrook have raised £186,000",
        "The Friends of Hollins Hall will hold a thank-you party",
        ["Skip to content", "Independent news for Millbrook", "Support us", "Posted on", "Gwen Pryce", "14 Comments",
         "A cake sale in the car park", "Share this:", "Facebook", "Print", "Related", "Appeal launched to save",
         "Methodist circuit to sell three", "In \"News\"", "Tagged", "Previous post", "Bus cuts will leave",
         "Christmas lights", "Brilliant news", "Pat H", "Leave a Reply", "Post Comment", "Recent Posts",
         "Millbrook FC cup run", "Support local news", "Donate now", "Proudly powered by WordPress"],
    ),
}

# Known writer and cleaner weaknesses, found by running these files; each mark names what goes wrong.
LEAD_DROPPED = ("the opening sentence (40+ words after a dateline) rewrites to nothing, and often the second one too,"
                " so the main facts of the lead are lost")
SHORT_SCRIPT = "too few sentences survive the rewrite: the plan stays under 4:30 for an article with enough to say"
RARE_WORDS = "too many uncommon words kept (legal, weather or page words with no plain replacement)"
LIST_ITEMS_LOWERED = ('the items complete the lead-in\'s sentence, so their first word is lowered ("Key features of'
                      ' CargoMind include a mobile app that ...") where this check wants each item exactly as printed')

KNOWN: dict[str, dict[str, str]] = {
    # 04-space and 06-factory keep their leads: a long lead is told in short sentences (briefing/compress*.py)
    "lead_facts": {f: LEAD_DROPPED for f in ["02-court-landlord.txt", "09-school-meals.txt",
                                               "page-12-ashby-cleanup.txt"]},
    "title_cut": {},  # "Dr. Helena Moravec" stays whole (briefing/sentences.py)
    "shape": {},  # a list's items are said after their lead-in (briefing/clean_lists.py)
    "grammar": {},  # a speaker named as their own subject is flagged by briefing.checks and never said
    "dateline": {},  # the cleaner takes wire datelines off (briefing/dateline.py)
    "pronoun_first": {},  # fixed with the dateline: the first sentence is no longer lost
    # 04-space fills the five minutes since long sentences with "Evacuation orders, which mean ..., cover ..."
    # shapes are cut into whole sentences (briefing/relatives.py)
    "five_minutes": {f: SHORT_SCRIPT for f in ["page-11-riverton-levy.txt"]},
    "offline_checks": {f: RARE_WORDS for f in ["02-court-landlord.txt"]},
    "common": {f: RARE_WORDS for f in ["02-court-landlord.txt"]},
    "fk": {},  # every hold-out script is at grade 6 or under today
    "page_clean": {},  # captions with a "(Name / Outlet)" credit go; the upper of two title lines is the headline
    "list_items": {},  # a list's lead-in and items reach the body (briefing/clean_lists.py)
}


# The same for the second hold-out set (tests/fixtures/holdout2), kept apart so each set's marks read together.
LEAD_LOST = ("the long opening sentence (35+ words) is dropped or cut to its first clause, so who/where/when/how many"
             " of the lead are lost")
LEAD_OPENER = ('a lead that opens with a subordinate clause or "I" ("As temperatures climb ..., doctors are'
               ' urging ..."; "I have tested ...") is dropped whole')
RARE_JARGON = "too many uncommon words kept (science, corporate or medical words with no plain replacement)"
HARD_RELEASE = "corporate jargon (optimization, leverage, efficiencies) keeps the grade above 6"

POLITICS_GRADE = ("the seat counts, the compromise talks and what a lost vote means are told now (five minutes reached), "
                  "and their long words (coalition, assembly, Lieutenant Governor) put the grade at 6.6; the script is "
                  "too close to 4:30 for the grade pass to trade lines")

POINTER_LINE_OUT = ('a line that points back from inside ("Do not give them anything to drink ...") is said only right'
                    ' after its article line, which is not said here: the script falls 3 s under 4:30')
KNOWN2: dict[str, dict[str, str]] = {
    "headline": {},  # a headline may open with a quotation (briefing/clean.py)
    "cut_off": {},  # the quoted headline is the title, so no cut first sentence stands in for it
    "labels": {},  # the writer reads a printed interview without its labels (briefing/clean_interview.py)
    # the speaker-last lead, the ", and <long subject> ..." clause, the "after <members of X> voted ..." event and
    # "X told a packed session of Y on Tuesday that ..." are told by briefing/compress.py (comet, library fines,
    # tram strike, politics)
    "lead_facts": {
        "02-press-release.txt": LEAD_LOST, "03-phone-review.txt": LEAD_OPENER,
        "07-health-explainer.txt": LEAD_OPENER, "09-court-fraud.txt": LEAD_LOST,
    },
    "grammar": {},  # a speaker named as their own subject is flagged by briefing.checks and never said
    "pronoun_first": {},  # the obituary lead "Name, a <trade> who ..., died ..." is kept (briefing/compress_asides.py)
    # 09-court, page-11-tram fill five minutes: "X, who earned ..., approved ..." inside a report and "About
    # 180,000 passengers use ..., and the authority warned ..." are told whole (briefing/relatives.py, grammar.py)
    # 07-health, page-13 and 02-press pass again after the merges of this session (the health quote told whole,
    # plainer words in the library lead, the release's lead said)
    # 03-phone fills five minutes: the reviewer's "me" and "my" inside a sentence are told as the writer's
    # (briefing/writer_self.py)
    # page-12 fills five minutes again: "The fire began around 2:40 p.m. ..., officials said." is told (a clock time is
    # no colon, grammar.has_colon)
    # 01-comet fills five minutes (278.8 s): its recap repeats a longer point (writers/longer_points.py)
    "five_minutes": {"07-health-explainer.txt": POINTER_LINE_OUT,
                     **{f: SHORT_SCRIPT for f in ["page-13-library-fines.html"]},
                     "04-qa-interview.txt": ("235.8 s since lean16: the answer 'They will carry a large share, yes.' opens"
                                             " its quote on 'They' and leans on the interviewer's question, which is never"
                                             " said (writers/unsaid_referents.QUOTE_OPENS_ON_POINTER); the five Ellwood"
                                             " lines after it lean on it in turn")},
    "offline_checks": {f: RARE_JARGON for f in ["01-comet-probe.txt", "02-press-release.txt"]},
    "common": {f: RARE_JARGON for f in ["01-comet-probe.txt", "02-press-release.txt"]},
    "fk": {"02-press-release.txt": HARD_RELEASE, "08-politics-quotes.txt": POLITICS_GRADE},
    "page_clean": {},  # "Photo by X for The Y" captions and closing author notes go (briefing/clean_furniture.py)
    "list_items": {"02-press-release.txt": LIST_ITEMS_LOWERED},
}


# The same for the third hold-out set (tests/fixtures/holdout3), marks set from its first reading.
SHORT_PAGE = ("many lines of the page are left out as broken after splitting (quotes with a speech tag before them,"
              " colons, 'as' clauses), so the plan stays under 4:30")

KNOWN3: dict[str, dict[str, str]] = {
    # 07-live-blog: the cleaner takes a live blog's "Key points:" label and time stamps off (clean_furniture.py);
    # 08-opinion-column: "Last month I locked the door ..." is told as the writer's (plain_english.writer_voice)
    # 03-weather: its lead is said since "..., saying A and B" keeps its speaker (faithful.SPEECH_VERB): the
    # unattributed "Some rural communities could be cut off" is refused and the main-fact cutter tells both
    # 01-wire-crime, 06-council and page-10 say their leads: a closing ", in which ...", three acts of one
    # subject and a passive "were told to" before a speaker tag are told as short sentences (briefing/compress*.py)
    "lead_facts": {},
    # page-10: the MP's letter and what it asked are told (long_clauses.asked_in_writing): 4:35
    # 08-opinion-column fills five minutes: the writer's "My rent rose ..." is told as the writer's (writer_voice),
    # and the short script says a line it had room for (writers/room.py: "The fund sets rents by a formula ..."): 4:43
    "five_minutes": {"page-09-election.txt": SHORT_PAGE},
    "offline_checks": {},  # 01-wire-crime: with its broken lines left out, 96 % common words
    "common": {},
    "page_clean": {},  # a short closing sentence above the related links stays (clean_furniture.is_closing_sentence)
    "grammar": {},  # "the cafe cannot", never "cannots" (reported.PAST_OR_MODAL)
    "said_twice": {},  # a long title is named rather than the story's first line said twice (writers/recap.py)
}


# The same for the fourth hold-out set (tests/fixtures/holdout4), marks set from its first reading.
LEAD_STUDY_DROPPED = ('the study\'s lead ("Teenagers who ... slept on average 52 minutes longer ... than those who ...,'
                      ' according to a study of more than 1,800 pupils published on Monday by researchers at the'
                      ' University of Calder") is dropped whole: the finding, the sample, the day and the university'
                      ' are lost')
LEAD_TAIL_CUT = ('the lead\'s tail after its main clause ("..., with about 31,000 staff", "... on a country road in'
                 ' Marden Vale was jailed ... on Friday", "... in the final ... on Sunday") is cut off, so a figure,'
                 ' a place or the day is lost')
LEAD_FIRST_PERSON = ('a review\'s scene-setting lead ("There is a moment on the Saturday night of every good festival'
                     ' ... At this year\'s Saltmarsh Festival, on the edge of the estuary at Wexley, ...") keeps its'
                     ' general first sentence and drops the one that says where')
LEAD_FRONTED_TIME = ('a lead that opens with its time ("From April, every home in Lanford will be charged ...") is'
                     ' dropped, so when the change starts is lost')
SHORT_REVIEW = ("a review's lines with a fronted clause ('Earlier, the young Bristol singer ...') break when split and"
                " are left out, so the plan stays under 4:30")
RARE_PRODUCT = "too many uncommon words kept (product and safety words: kettle, refund, prepaid, batches)"

KNOWN4: dict[str, dict[str, str]] = {
    "lead_facts": {"02-university-study.txt": LEAD_STUDY_DROPPED, "03-company-merger.txt": LEAD_TAIL_CUT,
                   "04-festival-review.txt": LEAD_FIRST_PERSON, "06-five-things.txt": LEAD_FRONTED_TIME,
                   "07-tennis-final.txt": LEAD_TAIL_CUT},  # 08's lead is told in pieces (writers/lead_subjects.py)
    "five_minutes": {"04-festival-review.txt": SHORT_REVIEW},
    "offline_checks": {"01-product-recall.txt": RARE_PRODUCT},
    "common": {"01-product-recall.txt": RARE_PRODUCT},
    "page_clean": {},  # the kicker and the headline repeated under it go (clean_html.without_decks, headline_position)
}


# The same for the fifth hold-out set (tests/fixtures/holdout5), marks set from its first reading.
LEAD_RELEASE_DATELINE = ('a release\'s lead after a "CITY, 9 April 2025 --" dateline (the date before the month) keeps'
                         ' its dateline and, 70 words long, is dropped whole: who partners with whom, for 40,000'
                         ' merchants, is never said')
LEAD_CONDITION_LOST = ('the lead ("X said on Thursday it plans to build an $11 billion plant near Granville Falls, ...,'
                       ' provided state lawmakers approve a $1.4 billion package ...") is dropped whole: the plan, the'
                       ' place, the sum and its condition are never said')
LEAD_BLOG = ('a first-person-plural blog post: its opening ("When the government announced the Warm Homes Grant ...,'
             ' we welcomed it") and most "we" sentences are dropped, so the grant, the £300 and the survey are lost')
LEAD_PAGE_DROPPED = ('the page\'s long lead ("About 1,900 dock workers ... will return to work on Friday ... after'
                     ' voting to accept a two-year pay deal worth 9%, ending an 11-day strike ...", "... after admitting'
                     ' it allowed raw sewage to pour into the River Wend ...") is dropped or cut to its first clause')
SHORT_JARGON = ("most sentences of a release (long, with jargon, lists of figures and 'respectively') are dropped or"
                " break when split, so the plan stays under 4:30")
SHORT_BLOG = "most 'we' sentences of a charity's blog post are not said, so the plan stays under 4:30"
SHORT_ITEM = ("a short item (372 words) is told in about 23 sentences: nothing pads it, so the plan stays under 4:30"
              " (a script may rightly be shorter when the article has little to say)")
SHORT_PAGE5 = "the page's lead and several quoted lines are dropped, so the plan stays under 4:30"
RARE_FINANCE = ("too many uncommon words kept (finance and drug-trial words: merchants, underwriting, onboarding,"
                " placebo, psoriasis, inhibitor)")
HARD_TRADE = "trade jargon and long words (tolling, ancillary, biopharmaceutical, investigational) keep the grade above 6"
LEAD_APPOSITIVE = ("the lead's final appositive ('ARDEN, its Phase 2b ... trial evaluating CVT-218, ..., in adults with"
                   " moderate-to-severe plaque psoriasis') was said as the fragment 'Its Phase 2b ... trial judging"
                   " ...'; no longer said (session 12), the disease goes with it")

KNOWN5: dict[str, dict[str, str]] = {
    "list_items": {"01-fintech-release.txt": LIST_ITEMS_LOWERED,
                   "08-pharma-release.txt": ("the release's summary bullets above its dateline are dropped by the"
                                             " cleaner (they repeat the body)")},
    # (02-battery-storage's "in a move that ..." tail is told: writers/lead_tails.py; 07-short-fire's "... told to
    # keep their doors and windows closed after a large fire broke out ... on Tuesday night" keeps its time:
    # "This was after a large fire broke out ...")
    "lead_facts": {"01-fintech-release.txt": LEAD_RELEASE_DATELINE,
                   "03-chip-plant.txt": LEAD_CONDITION_LOST, "04-thinktank-blog.txt": LEAD_BLOG,
                   "08-pharma-release.txt": LEAD_APPOSITIVE,
                   "page-09-water-fine.txt": LEAD_PAGE_DROPPED,
                   "page-10-port-strike.html": LEAD_PAGE_DROPPED},
    "five_minutes": {"01-fintech-release.txt": SHORT_JARGON, "08-pharma-release.txt": SHORT_JARGON,
                     "04-thinktank-blog.txt": SHORT_BLOG, "07-short-fire.txt": SHORT_ITEM,
                     "page-09-water-fine.txt": SHORT_PAGE5},
    "offline_checks": {"08-pharma-release.txt": RARE_FINANCE},
    "common": {"08-pharma-release.txt": RARE_FINANCE},
    "fk": {f: HARD_TRADE for f in ["01-fintech-release.txt", "08-pharma-release.txt"]},
}


# The sixth set (tests/fixtures/holdout6): marks found by the first run, each naming what goes wrong.
LEAD6_DROPPED = ('the long lead ("Astronomers using the Cordillera Submillimetre Array in northern Chile say they have'
                 ' found a stream of cold gas about 260,000 light years long flowing into ...") is dropped whole')
LEAD6_TAIL = ('the lead\'s tail is cut: "... will open on 14 October, eleven months later than planned and about £23'
              ' million over its original budget", "..., a survey by the Westmoor Wildlife Trust has found, in a sign'
              ' that ..."')
LEAD6_LETTERS = ("an advice column's letters (the question: a loan of £8,000 after one of £2,500 was not paid back) are"
                 " not told, only the answers")
RARE_WILDLIFE = ("at the edge of 96 % common words (the story's own wildlife words: otters, cubs, droppings, trout,"
                 " sewage, underpasses); 95.9 % once the whole team's changes meet")
TITLE_NAMED6 = ("at the edge of 96 % common words (95.9 %): the top story is the page's title ('Five cosy autumn"
                " upgrades ...'), not 'one day the writer is eating dinner by an open window', a later line that"
                " tells none of its news")
KNOWN6: dict[str, dict[str, str]] = {
    "lead_facts": {"01-telescope-gas.txt": LEAD6_DROPPED, "02-ferry-bridge.txt": LEAD6_TAIL,
                   "03-advice-column.txt": LEAD6_LETTERS, "06-otter-return.txt": LEAD6_TAIL},
    # (07's "... after doctors told her to rest her voice ..., her management said" is told: lead_tails' "after" piece
    # may follow a comma and open on a plural noun, lead16)
    # "X has cancelled ..., her management said" opens "X's management said that she has ..." (attribution.py)
    "pronoun_first": {},
    # 04-sponsored-blog fills five minutes: the blogger's "me" and "my" inside a sentence, and twice in one, are told as
    # the writer's (briefing/writer_self.py)
    "five_minutes": {},
    # 04-sponsored-blog kept 96 % common words (96.4 %) once the blogger's plain first-person lines were said; since
    # session 12 its top story names the page's title, with two of the post's own words (cosy, upgrades)
    "offline_checks": {"06-otter-return.txt": RARE_WILDLIFE, "04-sponsored-blog.txt": TITLE_NAMED6},
    "common": {"06-otter-return.txt": RARE_WILDLIFE, "04-sponsored-blog.txt": TITLE_NAMED6},
}


# The seventh set (tests/fixtures/holdout7): marks found by the first run, each naming what goes wrong.
LEAD7_STUDY = ('the study\'s lead ("Adults who walked at least 7,000 steps a day were 25% less likely to develop dementia'
               ' ... than those who walked fewer than 3,000, according to a large study published on Wednesday") is'
               ' dropped whole, as in holdout4\'s study')
RARE_TRAM = ("at the edge of 96 % common words (95.99 %): the lead, now told (a tram crashed ..., 31 people were hurt,"
             " accident investigators said ...), brings the story's own words (tram, investigators, braking), which the"
             " words pass may not trade away")
RARE_HOARD = ("too many uncommon words kept (the find's own words: hoard, bronze, axe, swords, coroner, detectorists,"
              " ritual)")
RARE_QUAKE = ("at the edge of 96 % common words (95.97 %): the story's own words (aftershocks, quake, rubble, rescuers,"
              " seismology, mourning), and \"newer\" since it is said in lower case, no longer taken for a name")
KNOWN7: dict[str, dict[str, str]] = {
    # the quake, find, planning and tram leads are told in pieces of their own words (writers/lead_pieces.py)
    "lead_facts": {"07-medical-study.txt": LEAD7_STUDY},
    "five_minutes": {},  # 07-medical-study: its caveat and a report after a job and a name are told (4:42)
    "offline_checks": {"05-archaeology-find.txt": RARE_HOARD, "04-earthquake.txt": RARE_QUAKE,
                       "page-10-crash-report.html": RARE_TRAM},
    "common": {"05-archaeology-find.txt": RARE_HOARD, "04-earthquake.txt": RARE_QUAKE,
               "page-10-crash-report.html": RARE_TRAM},
    "page_clean": {},  # a live blog's "Thank you for following our live coverage" line goes (clean_lines.py)
}


# The eighth set (tests/fixtures/holdout8): marks found by the first run, each naming what goes wrong.
LEAD8_INJURY = ('the lead\'s "after" part is too long to say with its speaker ("... after a scan confirmed that he tore a'
                ' ligament in his right knee during Saturday\'s 2-1 win over Halden Town, the club said on Monday"): the'
                ' knee, the score and the match are lost')
RARE_POLICE = ('at the edge of 96 % common words: the family\'s statement lines are said as "The family said ..."'
               ' (briefing/statements.py), and the budget takes the car\'s description (hatchback, windscreen) that'
               ' "a car matching that description" points at')
KNOWN8: dict[str, dict[str, str]] = {
    # the other leads are told in pieces (writers/lead_tails.py: a speaker in the middle with a tail after it)
    "lead_facts": {"04-injury-blow.txt": LEAD8_INJURY},
    # page-08's long photo caption, the pull quotes and page-10's correction notice go (clean_lines.caption_like,
    # clean_furniture.without_pull_quotes, is_correction_notice)
    "page_clean": {},
    # page-10's lead, told in pieces, fills the five minutes
    "five_minutes": {},
    "offline_checks": {"06-police-appeal.txt": RARE_POLICE},
    "common": {"06-police-appeal.txt": RARE_POLICE},
}


# The ninth set (tests/fixtures/holdout9): marks found by the first run, each naming what goes wrong.
LEAD9_DROPPED = ('the long lead is dropped whole ("The number of people waiting ... fell for the first time in three years in August, to 212,600, ..., but more than'
                 ' 9,400 patients ...")')
LEAD9_TAIL = ('the lead\'s tail or its speaker is cut: "..., detectives said on Thursday as they launched ...", "...,'
              ' its trade minister said on Monday, in retaliation for ...", "..., after captain Liam Dorsey had been sent'
              ' off ..." (with "on Saturday"), "..., when the Fair Renting Act comes into force, ..."')
RARE_TRADE = ("at the edge of 96 % common words (96.1 % since 'impose' is said 'bring in' and 'welcomed the decision'"
              " 'praised ...'): the dispute's own words (tariff, aluminium, duties, subsidies, retaliation)")
RARE_RENT = ("at the edge of 96 % common words (96.0 % since 'Tenant groups praised the law'): the law's own words"
             " (tenants, landlords, evictions, tenancy, tribunal)")
SHORT_RENT = ('the lines with "tenants" and "landlords" are passed over for the words check, the list\'s two last items'
              ' and the tribunal condition are not said: the plan stays near 3:35')
LEAD9_WHEN_LOST = ('the lead\'s "in Redbank by the end of next year" is cut from the told lead, and the later line'
                   ' "the plant would stop making engines in the autumn of next year" is left out by the budget once the'
                   ' lead\'s tail and the chamber\'s estimate are told with their speakers')
TARIFF_GRADE = ('at the edge of grade 6 (5.93): the ministry\'s statement is told with its owner, the steel'
                ' federation\'s head and the trade expert are introduced, and the dispute\'s own words are long')
SHORT_MATCH = ("at the edge: with the red card cut from the lead (LEAD9_TAIL) the plan falls a few seconds under 4:30"
               " (267.8 s once Liam Dorsey is named in full and the recap takes a shorter point)")
KNOWN9: dict[str, dict[str, str]] = {
    # (05's lead, "The Long Harbour, a low-budget drama ..., won ...", is told in pieces: writers/lead_subjects.py)
    # (06's search lead is told in pieces: writers/lead_search.py, lead16)
    "lead_facts": {"page-09-waiting-times.txt": LEAD9_DROPPED, "01-bank-scam-warning.txt": LEAD9_TAIL,
                   "03-tariff-row.txt": LEAD9_TAIL, "04-red-card-winner.txt": LEAD9_TAIL,
                   "07-renting-law.txt": LEAD9_TAIL, "page-10-job-cuts.html": LEAD9_WHEN_LOST},
    "offline_checks": {"03-tariff-row.txt": RARE_TRADE, "07-renting-law.txt": RARE_RENT},
    "fk": {"03-tariff-row.txt": TARIFF_GRADE},
    "common": {"03-tariff-row.txt": RARE_TRADE, "07-renting-law.txt": RARE_RENT},
    # (page-09-waiting-times reaches 4:34 with its recap's longer points: writers/longer_points.py)
    "five_minutes": {"07-renting-law.txt": SHORT_RENT, "04-red-card-winner.txt": SHORT_MATCH},
    # the headline ending on "£3.8m", the advice item with "share" and the HTML table's rule lines are cleaned
    # (clean_lines._SENTENCE_END, clean_lines._FURNITURE, clean_html.TABLE_RULE)
    "page_clean": {},
}


# The tenth set (tests/fixtures/holdout10): marks found by the first run, each naming what goes wrong.
LEAD10_TAIL = ('the lead\'s tail is cut: "... have chosen to leave Calder District and form their own council by just 57'
               ' votes, after a recount that lasted until almost 3 a.m. on Friday confirmed ..." (the margin and the day'
               ' are lost), "..., with more than 900 flights cancelled across the north of the region by the evening,'
               ' officials said" (the 900 flights are lost)')
SHORT10 = ("at the edge of 4:30 (262-270 s): a figures paragraph (attendance and exam percentages; the young workers'"
           " rate) and the pieces of a long recount sentence are left out, and nothing else fills the gap")
RARE_INQUEST = ("the inquest's own words (coroner, inquest, lido, lifeguards, misadventure, swimmer) keep common words at"
                " 95 %")
RARE_VOLCANO = ("at the edge of 96 % common words (95.9 %): the eruption's own words (volcano, eruption, lava, ash,"
                " airports, kilometres)")
KNOWN10: dict[str, dict[str, str]] = {
    # (05-inquest-conclusion's lead, "A coroner has ruled that ... a 12-year-old boy who drowned ..., and has written
    # to ...", is told in pieces: writers/lead_acts.py)
    "lead_facts": {"04-referendum-recount.txt": LEAD10_TAIL, "07-volcano-ash.txt": LEAD10_TAIL},
    # 01-school and page-08 fill five minutes: a chief executive's or chair's "we" after "Its chief executive, X," is told
    # for the body named before (briefing/speakers.py), and "can be fined ..., and are named" is cut (clauses.py)
    "five_minutes": {f: SHORT10 for f in ["04-referendum-recount.txt"]},
    "offline_checks": {"05-inquest-conclusion.txt": RARE_INQUEST, "07-volcano-ash.txt": RARE_VOLCANO},
    "common": {"05-inquest-conclusion.txt": RARE_INQUEST, "07-volcano-ash.txt": RARE_VOLCANO},
    # the table-layout page, the "Most read" box inside page-08's story and page-09's headline over its standfirst
    # are cleaned (clean_layout.without_layout_tables, clean._select_body, clean._find_title)
    "page_clean": {},
}


# The eleventh set (tests/fixtures/holdout11): marks found by the first run, each naming what goes wrong.
LEAD11_TAIL = ('a detail of the lead is cut to fit a line: "for the September quarter" (02, the 24-word result line is cut'
               ' to its main facts), "along with ... two first-round draft picks" (05)')
SHORT11 = ("too few sentences survive: sentences with two people and their ages in commas (\"Maria Gonzales, 38, her"
           " husband, Daniel Gonzales, 41, and their three children, were not home ...\"), the advisory's lead and its"
           " list of symptoms are dropped, and the metro page's fare table sentence (\"Under the new fare structure,"
           " the minimum fare will go up from Rs 10 to Rs 15, while ...\")")
RARE_INDIA = ("Indian English business and city words (crore, lakh, dividend, headquartered, fare, fares, commuters,"
              " convener) keep common words under 96 %")
KNOWN11: dict[str, dict[str, str]] = {
    # 06's lead is told: "... is warning people who visited ..." + "The warning is that ..." (compress_cuts.warning_split)
    # (07's "... under an $85 million support package announced by ..." and page-10's "A, 52, of X, and B, 47, ..., each
    # face one count of ... and one count of ..., Cpl. ... of the ... detachment said ..." are told: writers/lead_under.py,
    # compress_pairs.py, lead16)
    "lead_facts": {"02-india-crore-results.txt": LEAD11_TAIL,
                   "05-sports-trade.txt": LEAD11_TAIL},
    # 06 fills five minutes: its lead and the "The person, ..., arrived ... and visited ..., the department said in a
    # health advisory issued Monday" sentence are told (compress_cuts.warning_split, compress._speech_frame)
    "five_minutes": {f: SHORT11 for f in ["page-08-tv-apartment-fire.txt", "page-09-india-metro-fares.txt"]},
    "offline_checks": {"02-india-crore-results.txt": RARE_INDIA, "page-09-india-metro-fares.txt": RARE_INDIA},
    "common": {"02-india-crore-results.txt": RARE_INDIA, "page-09-india-metro-fares.txt": RARE_INDIA},
    "fk": {"07-australia-drought.txt": ("grade 6.5: the drought's own long words (fodder, landholders, storages,"
                                           " millimetres, Meteorology) in the lines that are told"),
           # (people15: the family's sentence with the ages is told now, so the lines after it are no longer held
           # back as after a lost new person; the story is said almost whole at 4:28 and its fire-service lines
           # hold the grade over 6 with no easier line left to trade)
           "page-08-tv-apartment-fire.txt": ("grade 6.6: the story said almost whole (investigators, electrical, "
                                             "temperatures, Arredondo, Brookfield Memorial) at 4:28, no easier line to trade"),
           "06-health-advisory.txt": ("at the edge of grade 6 (6.05): the lead is told now (long15's warning_split) and"
                                      " each exposure place is a whole sentence (lines15), in the advisory's own long"
                                      " words (unvaccinated, contagious, diagnosed, immune), and the writer's own"
                                      " syllable count puts the script under 6, so the grade pass trades nothing"),
           "02-india-crore-results.txt": ("at the edge of grade 6 (6.02): a figure's \"during the quarter, up from 54 per"
                                          " cent a year ago\" is now told in its own line, never as the broken \"This"
                                          " was during the quarter, up from ...\" (lines15), and the room filler takes"
                                          " the long line of the firm's plants in three states")},
    # the check's modal pattern ("cans" as "can" + s) reads the noun in "a few jerry cans going missing"
    "grammar": {"page-10-paywall-jsonld.html": 'the noun "cans" ("jerry cans") matches the check for a modal with -s'},
    # 03: the line that first names the driver ("a pickup driven by Travis Lee Hoyt, 27, of Greenfield Township, was
    # heading west ...") is dropped, so "Hoyt was pronounced dead" is said with his full name, not as printed
    "shared_cut": {"holdout11": "03 ends on a line whose name is said in full because the line that first named him"
                                " (ages in commas inside a report) is dropped"},
}


# The twelfth set (tests/fixtures/holdout12): marks found by the first run, each naming what goes wrong.
LEAD12_LONG = ('the lead\'s main clause is longer than a line and no cut keeps it: "About 640,000 small-scale tea farmers in Kenya will share a bonus payout of 6.4 billion shillings ($49.6'
               ' million) next month, 18% more than last year, after ..., the agency ... said on Monday." (page-08: told'
               ' now, but "$49.6 million" and the auction\'s "after" piece are left out), "Rents for cooked food stalls in hawker centres run by the National Hawker'
               ' Board will be capped at $1,800 a month from April 1, 2026, and the tender system ..." (page-10)')
LEAD12_TAIL = ('a detail of the lead is cut to fit a line: "about N31.4bn higher than the N381.2bn estimate presented by'
               ' Governor Adebayo Olutunde in October" (02), the "taking in an estimated $74.2 million from 4,120'
               ' theaters" tail (06)')
SHORT12 = ("too few sentences survive: long sentences with no safe cut are dropped (the leads above, \"Under the price"
           " cap, retailers who sell above P45 per kilo may be fined P5,000 to P1 million and may lose their business"
           " permits, according to the order.\"), and the planner leaves out lines whose pronoun points at a dropped one")
RARE12 = ("the story's own trade words, each glossed or common in its field: tonnes, pence, filings, miners (01); cubs,"
          " leopard, keepers, endangered (05); shillings, fertiliser, payout, pickers (page-08); municipality,"
          " reservoirs, taps, councillors (page-09); hawker, stalls, stallholders, rents, bidding (page-10)")
KNOWN12: dict[str, dict[str, str]] = {
    # (01's, page-09's and 03's leads are told, lead16: "its copper mine" is no narrator's "mine", "... while the
    # municipality replaces ..." is "This will be while ...", and "It ruled that ..." follows the court's vote)
    "lead_facts": {**{f: LEAD12_LONG for f in ["page-08-kenya-wire-tea.txt", "page-10-amp-hawker.html"]},
                   **{f: LEAD12_TAIL for f in ["02-nigeria-state-budget.txt", "06-box-office-weekend.txt"]}},
    # (page-10-amp-hawker reaches 4:44 with its recap's longer points: writers/longer_points.py)
    # (01 and page-08 fill five minutes since their leads are told: 294.8 s and 277.8 s, lead16)
    "five_minutes": {**{f: SHORT12 for f in ["07-philippines-rice.txt", "page-09-south-africa-water.txt"]},
                     "02-nigeria-state-budget.txt": ("266.8 s since lean16: 'She added that the government would not"
                                                     " introduce any new taxes.' and 'She said every naira ...' are left out"
                                                     " (said after the Speaker's 'He noted ...' lines, the commissioner"
                                                     " never heard: unsaid_referents.pronoun_of_no_one_heard)")},
    "offline_checks": {f: RARE12 for f in ["01-wire-reuters-copper.txt", "05-zoo-birth.txt", "page-08-kenya-wire-tea.txt",
                                            "page-09-south-africa-water.txt", "page-10-amp-hawker.html"]},
    "common": {f: RARE12 for f in ["01-wire-reuters-copper.txt", "05-zoo-birth.txt", "page-08-kenya-wire-tea.txt",
                                    "page-09-south-africa-water.txt", "page-10-amp-hawker.html"]},
    "fk": {"page-09-south-africa-water.txt": ("grade 6.5: the shutdown's own long words (municipality, reservoirs,"
                                              " councillors, Cooperative Governance) in the lines that are told"),
           # (the lead's broken "... said the increase was to make room." is no longer said, compress_trim.ROOM_OR_WAY;
           # the two lines the plan takes in its place are longer)
           "02-nigeria-state-budget.txt": ("at the edge of grade 6 (6.12): the Speaker's lines that replace a broken"
                                           " one (rehabilitation, primary health centres, communities)")},
}


# The thirteenth set (tests/fixtures/holdout13): marks found by the first run, each naming what goes wrong.
LEAD13_LONG = ('the lead\'s long sentence is lost whole or cut short: "A Rimuhaven nurse who left a winning Lotto ticket in'
               ' the glovebox of her car for almost a month has claimed a $12.3 million Powerball prize, and says ..."'
               ' (04, the story opens on its second paragraph), "Ms Okafor, 34, landed at Brennick City Airport shortly'
               ' after 11pm on a Lusandran government plane, according to the Foreign Ministry." (05), the day'
               ' "on Tuesday" of 06\'s first line, "Scientists have found a lake of liquid water about the size of a small'
               ' city hidden more than two kilometres beneath the Ardeny ice sheet, and say ..." (07)')
SHORT13 = ("too few sentences survive: the festival's reasons (\"because a storm forecast for Saturday made it unsafe"
           " ...\", \"admitted that ticket sales had been ...\") and its refund conditions are long sentences with no safe"
           " cut (page-08); the pollen alert's advice and history lines lean on dropped ones (page-09)")
RARE13 = ("the alert's own words: pollen, asthma, thunderstorm(s), hay, grains, cubic, gusts, classed, crews (page-09)")
KNOWN13: dict[str, dict[str, str]] = {
    "lead_facts": {f: LEAD13_LONG for f in ["04-lottery-nurse.txt", "05-prisoner-release.txt",
                                            "06-smog-alert-abbreviations.txt", "07-ice-lake-units.txt"]},
    "five_minutes": {f: SHORT13 for f in ["page-08-newsletter-festival.txt", "page-09-app-pollen-alert.txt"]},
    "offline_checks": {"page-09-app-pollen-alert.txt": RARE13},
    "common": {"page-09-app-pollen-alert.txt": RARE13},
}


def cases(names: list[str], check: str) -> list[object]:
    """The files as pytest params, xfail (not strict) where the check is known to fail today."""
    known = {**KNOWN.get(check, {}), **KNOWN2.get(check, {}), **KNOWN3.get(check, {}), **KNOWN4.get(check, {}),
             **KNOWN5.get(check, {}), **KNOWN6.get(check, {}), **KNOWN7.get(check, {}), **KNOWN8.get(check, {}),
             **KNOWN9.get(check, {}), **KNOWN10.get(check, {}), **KNOWN11.get(check, {}),
             **KNOWN12.get(check, {}), **KNOWN13.get(check, {})}
    return [pytest.param(n, marks=pytest.mark.xfail(strict=False, reason=known[n])) if n in known else n
            for n in names]


@lru_cache(maxsize=None)
def article(name: str) -> Article:
    return read_article(str(FOLDER[name] / name))


@lru_cache(maxsize=None)
def script(name: str) -> Script:
    return write_script([article(name)], settings=Settings(), date=DATE)


def story_sentences(s: Script) -> list[str]:
    return [x for seg in s.segments if seg.kind == "story" for x in seg.sentences]


def has_fact(fact: str, text: str) -> bool:
    return re.search(r"(?<![\w.,$£])" + re.escape(fact) + r"(?![\w])", text) is not None


def test_the_holdout_set_is_all_there() -> None:
    assert len(ARTICLES) == 10 and len(PAGES) == 2
    assert len(ARTICLES2) == 10 and len(PAGES2) == 3
    assert len(ARTICLES3) == 8 and len(PAGES3) == 2
    assert len(ARTICLES4) == 8 and len(PAGES4) == 2
    assert len(ARTICLES5) == 8 and len(PAGES5) == 2
    assert len(ARTICLES6) == 8 and len(PAGES6) == 2
    assert len(ARTICLES7) == 7 and len(PAGES7) == 3
    assert len(ARTICLES8) == 7 and len(PAGES8) == 3
    assert len(ARTICLES9) == 7 and len(PAGES9) == 3
    assert len(ARTICLES10) == 7 and len(PAGES10) == 3
    assert len(ARTICLES11) == 7 and len(PAGES11) == 3
    assert len(ARTICLES12) == 7 and len(PAGES12) == 3
    assert len(ARTICLES13) == 7 and len(PAGES13) == 3
    assert set(LEAD_FACTS) == set(FILES)
    assert set(PAGE_STORY) == set(ALL_PAGES)
    for name in ALL_ARTICLES:
        words = len((FOLDER[name] / name).read_text(encoding="utf-8").split())
        assert 350 <= words <= 750, name


@pytest.mark.parametrize("name", cases(ALL_ARTICLES, "headline"))
def test_an_article_keeps_its_headline(name: str) -> None:
    """A plain article file starts with its headline line; the cleaner keeps it whole as the title."""
    first_line = (FOLDER[name] / name).read_text(encoding="utf-8").lstrip().partition("\n")[0].strip()
    assert article(name).title == first_line


def list_lines(text: str) -> list[str]:
    """A plain article's bulleted items ("- item;") and the line that introduces each list ("... include:")."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    items = [ln[2:].strip() for ln in lines if ln.startswith("- ")]
    lead_ins = [prev for prev, ln in zip(lines, lines[1:]) if ln.startswith("- ") and prev.endswith(":")]
    return lead_ins + items


@pytest.mark.parametrize("name", cases(ALL_ARTICLES, "list_items"))
def test_list_items_of_an_article_reach_the_body(name: str) -> None:
    """A list is part of the story: its lead-in and every item stay (the bullet and end mark may go)."""
    body = article(name).body
    wanted = list_lines((FOLDER[name] / name).read_text(encoding="utf-8"))
    assert [w for w in wanted if w.rstrip(";.:") not in body and agreeing(w.rstrip(":")) not in body] == []


def agreeing(lead_in: str) -> str:
    """A plural lead-in as it is said before one item: "The main decisions were" -> "One of the main decisions was"."""
    m = re.match(r"(The|Their|Its|His|Her|Our) (.+) (are|were)$", lead_in)
    return f"One of {m.group(1).lower()} {m.group(2)} {'is' if m.group(3) == 'are' else 'was'}" if m else lead_in


@pytest.mark.parametrize("name", FILES)
def test_segments_come_in_the_issue_order(name: str) -> None:
    kinds = [seg.kind for seg in script(name).segments]
    assert [k for i, k in enumerate(kinds) if i == 0 or k != kinds[i - 1]] == ORDER


@pytest.mark.parametrize("name", FILES)
def test_names_and_numbers_come_from_the_article(name: str) -> None:
    assert unsupported(measured_sentences(script(name)), [article(name)]) == []


@pytest.mark.parametrize("name", cases(FILES, "offline_checks"))
def test_offline_checks_pass(name: str) -> None:
    result = check_script(script(name), [article(name)])
    assert result.ok, str(result)


@pytest.mark.parametrize("name", FILES)
def test_sentences_are_short(name: str) -> None:
    lengths = [len(s.split()) for s in measured_sentences(script(name))]
    assert max(lengths) <= 22
    assert sum(lengths) / len(lengths) <= 14


@pytest.mark.parametrize("name", FILES)
def test_no_page_furniture_is_read_out(name: str) -> None:
    spoken = [s for seg in script(name).segments for s in seg.sentences]
    assert [s for s in spoken if FURNITURE.search(s)] == []


@pytest.mark.parametrize("name", cases(FILES, "cut_off"))
def test_no_cut_off_text_is_read_out(name: str) -> None:
    """A title or sentence cut short with an ellipsis ("... session of…") is not something to say aloud."""
    spoken = [s for seg in script(name).segments for s in seg.sentences]
    assert [s for s in spoken if "…" in s or "..." in s] == []


@pytest.mark.parametrize("name", cases(FILES, "labels"))
def test_no_interview_labels_are_read_out(name: str) -> None:
    spoken = [s for seg in script(name).segments for s in seg.sentences]
    assert [s for s in spoken if INTERVIEW_LABEL.match(s)] == []


@pytest.mark.parametrize("name", cases(FILES, "shape"))
def test_every_sentence_starts_and_ends_like_a_sentence(name: str) -> None:
    spoken = [s for seg in script(name).segments for s in seg.sentences]
    bad = [s for s in spoken if not re.match(r"[A-Z0-9]", s) or not re.search(r"[.!?][\"')]?$", s)]
    assert bad == []


@pytest.mark.parametrize("name", cases(FILES, "said_twice"))
def test_no_sentence_is_said_twice(name: str) -> None:
    spoken = measured_sentences(script(name))
    assert len(set(spoken)) == len(spoken)


@pytest.mark.parametrize("name", cases(FILES, "grammar"))
def test_no_slips_of_grammar(name: str) -> None:
    spoken = measured_sentences(script(name))
    assert [s for s in spoken if any(slip.search(s) for slip in GRAMMAR_SLIPS)] == []


@pytest.mark.parametrize("name", cases(FILES, "dateline"))
def test_no_dateline_is_read_out(name: str) -> None:
    assert [s for s in story_sentences(script(name)) if DATELINE.match(s)] == []


@pytest.mark.parametrize("name", cases(FILES, "title_cut"))
def test_titles_keep_their_names(name: str) -> None:
    assert [s for s in measured_sentences(script(name)) if TITLE_WITHOUT_NAME.search(s)] == []


@pytest.mark.parametrize("name", cases(FILES, "pronoun_first"))
def test_a_story_does_not_open_with_a_pronoun(name: str) -> None:
    first = story_sentences(script(name))[0]
    assert not PRONOUN_START.match(first), first


@pytest.mark.parametrize("name", cases(FILES, "lead_facts"))
def test_main_facts_of_the_lead_are_kept(name: str) -> None:
    story = " ".join(story_sentences(script(name)))
    assert [f for f in LEAD_FACTS[name] if not has_fact(f, story)] == []


@pytest.mark.parametrize("name", cases(FILES, "five_minutes"))
def test_an_article_with_enough_to_say_fills_five_minutes(name: str) -> None:
    assert len(article(name).body.split()) >= ENOUGH_TO_SAY
    assert timing.MIN_SECONDS <= estimated_seconds(script(name)) <= timing.MAX_SECONDS


@pytest.mark.parametrize("name", cases(ALL_PAGES, "page_clean"))
def test_page_copy_is_cleaned_to_the_story(name: str) -> None:
    headline, first, last, furniture = PAGE_STORY[name]
    cleaned = article(name)
    assert cleaned.title == headline
    assert cleaned.paragraphs[0].startswith(first)
    assert cleaned.paragraphs[-1].startswith(last)
    assert [f for f in furniture if f in cleaned.title or f in cleaned.body] == []


@pytest.mark.parametrize("name", cases(ALL_PAGES, "page_keep"))
def test_page_copy_keeps_the_story_and_drops_the_links_and_footer(name: str) -> None:
    """The part of the cleaning that works today, pinned strictly."""
    _, first, last, _ = PAGE_STORY[name]
    body = article(name).body
    assert first in body and any(p.startswith(last) for p in article(name).paragraphs)
    assert not FURNITURE.search(body)


@pytest.mark.parametrize("name", cases(FILES, "fk"))
def test_grade_is_at_most_six(name: str) -> None:
    pytest.importorskip("textstat")
    from briefing.readability import measure

    assert measure(script(name), [article(name)]).fk_grade <= 6


@pytest.mark.parametrize("name", cases(FILES, "common"))
def test_common_words_are_at_least_96_percent(name: str) -> None:
    pytest.importorskip("wordfreq")
    from briefing.readability import measure

    assert measure(script(name), [article(name)]).common >= 0.96


def story_ends_on_a_whole_sentence(sentences: list[str], a: Article) -> bool:
    """The last sentence told is the last piece of its article sentence: the story is not cut mid-way."""
    lines = draft_article(a).lines
    last = sentences[-1]
    # (a line may say a person's first name the draft left out: "Nwosu led the trial." told as "Ann Nwosu led ...")
    def told_as(text: str) -> bool:
        return text == last or (last.endswith(" " + text) and re.fullmatch(r"[A-Z][a-z]+", last[:-len(text) - 1]) is not None)

    groups = [ln.group for ln in lines if told_as(ln.text)]
    if not groups and len(sentences) > 1 and len(last.split()) <= 16 \
            and last.split()[0] in sentences[-2] and re.match(r"\S+(?: \S+)? (?:is|was|runs|heads|leads) ", last):
        # "Mira Sandoval is the chief expert at Northbridge Bank.": who the person of the line before is (roles.py),
        # said after that whole article sentence
        return story_ends_on_a_whole_sentence(sentences[:-1], a)
    if not groups:
        return False
    later = [ln for ln in lines if ln.group == groups[-1]]
    return told_as(later[-1].text)


# each set's articles, most important first
SETS = {"holdout": ARTICLES, "holdout2": ARTICLES2, "holdout3": ARTICLES3, "holdout4": ARTICLES4,
        "holdout5": ARTICLES5, "holdout6": ARTICLES6, "holdout7": ARTICLES7, "holdout8": ARTICLES8,
        "holdout9": ARTICLES9, "holdout10": ARTICLES10, "holdout11": ARTICLES11,
        "holdout12": ARTICLES12, "holdout13": ARTICLES13}


@lru_cache(maxsize=None)
def shared_episode(folder: str) -> Script:
    return write_script([article(n) for n in SETS[folder]], settings=Settings(), date=DATE)


def told_articles(s: Script, folder: str) -> list[Article]:
    by_title = {f"Story: {article(n).title.strip()}": article(n) for n in SETS[folder]}
    return [by_title[seg.title] for seg in s.segments if seg.kind == "story"]


@pytest.mark.parametrize("folder", cases(list(SETS), "shared_order"))
def test_all_ten_articles_share_five_minutes_in_the_given_order(folder: str) -> None:
    s = shared_episode(folder)
    assert timing.MIN_SECONDS <= estimated_seconds(s) <= timing.MAX_SECONDS
    told = told_articles(s, folder)
    assert len(told) >= 2, "several stories share the five minutes"
    assert told == [article(n) for n in SETS[folder]][:len(told)], "the given order, most important first"


@pytest.mark.parametrize("folder", cases(list(SETS), "shared_cut"))
def test_no_story_in_a_shared_episode_is_cut_mid_way(folder: str) -> None:
    s = shared_episode(folder)
    stories = [seg for seg in s.segments if seg.kind == "story"]
    cut = [seg.sentences[-1] for seg, a in zip(stories, told_articles(s, folder))
           if not story_ends_on_a_whole_sentence(seg.sentences, a)]
    assert cut == []


@pytest.mark.parametrize("folder", cases(list(SETS), "shared_recap"))
def test_recap_of_a_shared_episode_reads_in_order(folder: str) -> None:
    recap = next(seg for seg in shared_episode(folder).segments if seg.kind == "recap").sentences
    assert len(recap) >= 3, "a point from several stories"
    assert "also" not in recap[1].split()[:3]
