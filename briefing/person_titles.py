"""Titles written before a person's name, kept in one place: the rules that find a speaker, fill in a surname,
tell a title's full stop from a sentence's end, or spot a name cut off after its title all read the same lists,
so a title added for one ("Cpl.") is known to all of them."""

from __future__ import annotations

# courtesy titles, written with or without a full stop: "Dr. Ann Lee", "Mr Julian Assange", "Prof Lena Moravia"
COURTESY = ("Dr", "Mr", "Mrs", "Ms", "Prof")
# honours, never shortened: "Sir Keir", "Dame Kelly"
HONOURS = ("Sir", "Dame")
# ranks and offices shortened before a name: "Sen. Maria Delgado", "Cpl. Amrit Sandhu", "Supt Jo Hart"
RANKS = ("Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Cpl", "Rev", "Det", "Insp", "Supt")
# ranks and offices written out: "Inspector Neil Garvie". No "General": "General Electric Company" is a firm.
WRITTEN_OUT = ("Professor", "Inspector", "Sergeant", "Constable", "Superintendent", "Detective", "Judge", "Senator",
               "Governor", "Mayor", "Councillor", "Councilor", "Bishop", "Reverend", "Corporal", "Lieutenant",
               "Captain", "Commissioner")


def either(*groups: tuple[str, ...]) -> str:
    """The words of the groups as one regex alternation (plain words, nothing to escape)."""
    return "|".join(word for group in groups for word in group)
