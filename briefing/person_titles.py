"""Titles written before a person's name, kept in one place: the rules that find a speaker, fill in a surname,
tell a title's full stop from a sentence's end, or spot a name cut off after its title all read the same lists,
so a title added for one ("Cpl.") is known to all of them."""

from __future__ import annotations

# courtesy titles, written with or without a full stop: "Dr. Ann Lee", "Mr Julian Assange", "Prof Lena Moravia";
# each with the words the audio reads for it
COURTESY_SAID = {"Dr": "Doctor", "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Prof": "Professor"}
COURTESY = tuple(COURTESY_SAID)
# honours, never shortened: "Sir Keir", "Dame Kelly"
HONOURS = ("Sir", "Dame")
# ranks and offices shortened before a name: "Sen. Maria Delgado", "Cpl. Amrit Sandhu", "Supt Jo Hart"
RANKS_SAID = {"Sen": "Senator", "Rep": "Representative", "Gov": "Governor", "Gen": "General", "Lt": "Lieutenant",
              "Col": "Colonel", "Capt": "Captain", "Sgt": "Sergeant", "Cpl": "Corporal", "Rev": "Reverend",
              "Det": "Detective", "Insp": "Inspector", "Supt": "Superintendent",
              # Canadian police write a constable "Const." or "Cst." ("Const. Mia Roy told reporters ...")
              "Const": "Constable", "Cst": "Constable"}
RANKS = tuple(RANKS_SAID)
# ranks and offices written out: "Inspector Neil Garvie". No "General": "General Electric Company" is a firm.
WRITTEN_OUT = ("Professor", "Inspector", "Sergeant", "Constable", "Superintendent", "Detective", "Judge", "Senator",
               "Governor", "Mayor", "Councillor", "Councilor", "Bishop", "Reverend", "Corporal", "Lieutenant",
               "Captain", "Commissioner")


def either(*groups: tuple[str, ...]) -> str:
    """The words of the groups as one regex alternation (plain words, nothing to escape)."""
    return "|".join(word for group in groups for word in group)
