"""Whose statement: a quote the article gives to "the statement" is told as its owner's words.

News often names a statement's owner once ("In a statement released through police, the cyclist's family said
...") and then quotes it as "the statement's" ('"He is a kind man," the statement said.'). The sentence that
named the owner is often too long to say, and the listener then hears "The statement said ..." about a
statement never mentioned. So before the quotes are reported, "the statement said" is put back as the owner the
paragraph (or the one before it) named: "the cyclist's family said". An owner that is only a pronoun, or a
statement whose owner no sentence names, is left as it is.
"""
from __future__ import annotations

import re

# "In a statement released through police, the cyclist's family said": the owner is the subject of "said"
IN_A_STATEMENT = re.compile(r"\b[Ii]n an? (?:[\w-]+ )?statement\b[^,.\"]{0,80}, (?P<owner>[^.\"]{2,80}?),? "
                            r"(?:said|says|added)\b")
# "Brookvale Recycling said in a statement that ...", '"...," the firm's head, Ann Lee, said in a statement.'
SAID_IN_A_STATEMENT = re.compile(r"(?:^|\" |, )(?P<owner>(?:[Tt]he |[A-Z])[^.\"]{1,80}?),? (?:said|says) in an? "
                                 r"(?:[\w-]+ )?statement\b")
# '"...," the statement said.': the quote's attribution to the statement itself
STATEMENT_SAID = re.compile(r"(\",? )the statement (?:said|says|read|reads|continued|concluded|added|went on)\b")
PRONOUNS = {"he", "she", "it", "they", "we", "i"}
# paragraphs after the one naming the owner in which "the statement" is still taken to be theirs
REACH = 2


def statement_owner(paragraph: str) -> str | None:
    """The owner a paragraph names for "a statement", as a subject to put before "said"."""
    m = IN_A_STATEMENT.search(paragraph) or SAID_IN_A_STATEMENT.search(paragraph)
    if not m:
        return None
    parts = m.group("owner").strip(" ,").split(", ")
    # "by his brother, Imran, the family": a part that opens with a determiner is the subject; "Pereira's
    # husband, Tomás": a name after its job, both said
    owner = parts[-1] if re.match(r"(?:the|his|her|its|their)\b", parts[-1]) else ", ".join(parts)
    if owner.lower() in PRONOUNS or not re.search(r"[A-Za-z]{3}", owner) or re.search(r",? and ", owner):
        return None  # ("his wife, Alison, and their two sons": a list of owners is too long to say before each quote)
    # "the cyclist's family" is "the family": the story is about the cyclist, and the words stay common
    owner = re.sub(r"^[Tt]he [\w-]+'s (family|relatives|parents)$", r"the \1", owner)
    return owner[0].lower() + owner[1:] if owner.startswith("The ") else owner


def statements_given_owners(paragraphs: list[str]) -> list[str]:
    """The paragraphs with each quote's "the statement said" told as the words of the statement's owner."""
    out: list[str] = []
    owner: str | None = None
    since = 0
    for paragraph in paragraphs:
        named = statement_owner(paragraph)
        if named:
            owner, since = named, 0
        elif owner:
            since += 1
            if since > REACH:
                owner = None
        if owner and STATEMENT_SAID.search(paragraph):
            who = owner
            paragraph = STATEMENT_SAID.sub(lambda m: f"{m.group(1)}{who} said", paragraph)
        out.append(paragraph)
    return out
