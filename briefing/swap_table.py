"""The plain-word table: every form of each line of assets/plain_words.tsv and the conditions of its use.

The table is written in base forms with a part of speech; this module makes the -s, -ed, -ing and plural
forms of both sides (briefing.inflect) and records, per form, where the swap fits (briefing.words.choose
decides at each use).
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from .inflect import adverb, compare, hard_variants, hard_verb_forms, inflect_phrase, plural, plural_phrase
from .swap_objects import fit_nouns


# --- the table --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Swap:
    plain: str  # the replacement in the right form; for a verb's -ed form, its past tense
    participle: str = ""  # the plain past participle when it differs from the past ("shown", "given")
    pos: str = ""  # "n", "v", "adj" or "" (a phrase or a word used only one way)
    intransitive: bool = False  # the plain words take no object ("get worse"): swap only without one
    transitive: bool = False  # the plain verb needs an object ("show"): swap only with one
    before_noun: bool = False  # a phrase that is a preposition ("due to"): not before a bare verb
    form: str = ""  # which form of a verb this is: "base", "s", "ed" or "ing"
    active_only: bool = False  # "was obtained by" -> "was got by" is wrong: swap only the active verb
    person_object: bool = False  # "urged them to" -> "asked them to", but not "urged new rules"
    thing_object: bool = False  # "tackled the problem" -> "dealt with the problem", but not "tackled him"
    no_to: bool = False  # "requires a permit" -> "needs a permit", but not "requires drivers to get one"
    after_det: bool = False  # only right after "the", "a", "its" ...: "the pandemic", not "the Black Death pandemic"
    before_noun_only: bool = False  # an adjective that is also a noun: "incumbent Gov. Smith", not "the incumbent"
    alone: bool = False  # a noun swapped only when no noun follows ("information" but not "information technology")
    title: bool = False  # a job said as a title before a name: "goalie Ann Lee" -> "player Ann Lee", not "the goalie"
    after_name: bool = False  # only right after a name: "the Trump administration", not "a university's administration"
    no_comparative: bool = False  # "relatively small" -> "fairly small", but not "fairly smaller"
    clause_start: bool = False  # only first in a sentence or after a comma ("Following the storm, ...")
    keep: bool = False  # a set phrase kept as written ("initial public offering"), so no shorter swap applies
    objects: frozenset[str] = frozenset()  # "!fits:": only of these things ("called off" trains, not a charge)
    comparative: str = ""  # for a one-word plain adjective: "harder", so "more difficult" -> "harder"
    superlative: str = ""  # "hardest"


def _add(table: dict[str, list[Swap]], key: str, swap: Swap) -> None:
    swaps = table.setdefault(key, [])
    if all(s.pos != swap.pos or s.plain != swap.plain or s.keep != swap.keep for s in swaps):
        swaps.append(swap)


def _entry_swaps(hard: str, plain: str, kind: str) -> dict[str, Swap]:
    """All forms of one table line. kind: "" (as written), "n", "v", "vi" (a verb whose plain words take
    no object), "vt" (one that needs an object), "nv" (the same plain word for noun and verb), "adj", "="
    (a set phrase kept as written); then ":" and the forms to make ("v:base,s,ing", "n:pl"), and "!" and
    one condition: active, person, noto, clause, alone, afterdet, beforenoun, title, aftername, nocomp, or for a verb
    "fits:" and the things it is said of (see the Swap fields and briefing.swap_objects)."""
    kind, _, flag = kind.partition("!")
    pos, _, only = kind.partition(":")
    objects = fit_nouns(flag[len("fits:"):]) if flag.startswith("fits:") else frozenset()
    wanted = set(only.split(",")) if only else None
    out: dict[str, Swap] = {}
    if pos in ("v", "vi", "vt", "nv"):
        intransitive, transitive = pos == "vi", pos == "vt"
        hard_first, _, hard_rest = hard.partition(" ")  # "crack down" -> "cracked down"
        tail = f" {hard_rest}" if hard_rest else ""
        for form, spellings in hard_verb_forms(hard_first).items():
            if wanted is not None and form not in wanted:
                continue
            said, part = inflect_phrase(plain, form)
            for spelling in spellings:
                out[spelling + tail] = Swap(said, part if part != said else "", pos="" if pos == "nv" else "v",
                                            intransitive=intransitive, transitive=transitive, form=form,
                                            active_only=flag == "active", person_object=flag == "person",
                                            thing_object=flag == "thing", no_to=flag == "noto", objects=objects)
    elif pos == "n":
        alone, after_det, title, after_name = flag == "alone", flag == "afterdet", flag == "title", flag == "aftername"
        if wanted is None or "sg" in wanted:
            for spelling in hard_variants(hard):
                out[spelling] = Swap(plain, pos="n", alone=alone, after_det=after_det, title=title, after_name=after_name)
        if (wanted is None or "pl" in wanted) and " " not in hard:
            for spelling in hard_variants(plural(hard)):
                out.setdefault(spelling, Swap(plural_phrase(plain), pos="n", alone=alone, after_det=after_det,
                                              title=title, after_name=after_name))
    elif pos == "=":
        out[hard] = Swap(hard, keep=True)
    elif flag == "clause":
        out[hard] = Swap(plain, clause_start=True)
    elif flag == "nocomp":
        out[hard] = Swap(plain, no_comparative=True)
    elif pos == "adj":
        out[hard] = Swap(plain, pos="adj", comparative=compare(plain, "er"), superlative=compare(plain, "est"),
                         before_noun_only=flag == "beforenoun")
        if " " not in plain and plain:
            out.setdefault(adverb(hard), Swap(adverb(plain)))  # dropped below when that adverb is rare
    elif pos == "p":
        out[hard] = Swap(plain, before_noun=True)
    else:
        # "playing awfully." but not "awfully good"; "pleaded guilty" (!noto) but not "pleaded guilty last year to"
        out[hard] = Swap(plain, pos=pos, alone=flag == "alone", no_to=flag == "noto")
    return out


def parse_line(line: str) -> tuple[str, str, str] | None:
    cols = [c.strip() for c in line.split("\t")]
    if not cols[0]:
        return None
    return cols[0].lower(), cols[1] if len(cols) > 1 else "", cols[2] if len(cols) > 2 else ""


def _all_common(plain: str, common: AbstractSet[str]) -> bool:
    return all(w in common for w in re.findall(r"[a-z]+(?:'[a-z]+)?", plain.lower()))


def swap_table(lines: tuple[str, ...], common: AbstractSet[str]) -> dict[str, list[Swap]]:
    """Every hard form -> its possible swaps. A form written out in the table wins over a generated one,
    and a generated plain form that is not a common word ("eased", "jailed") is not used: the swap would
    trade one rare word for another."""
    table: dict[str, list[Swap]] = {}
    written = [p for p in map(parse_line, lines) if p]
    explicit = {hard for hard, _, _ in written}
    for hard, plain, kind in written:
        for form, swap in _entry_swaps(hard, plain, kind).items():
            if form in explicit and form != hard:
                continue
            if not swap.keep and not (_all_common(swap.plain, common) and _all_common(swap.participle, common)):
                continue
            if swap.comparative and not _all_common(swap.comparative + " " + swap.superlative, common):
                swap = replace(swap, comparative="", superlative="")  # keeps its conditions ("benchmark")
            _add(table, form, swap)
    return table
