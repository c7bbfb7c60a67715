"""A lead whose main fact happens under a plan that someone announced: "Farmers will be able to apply for grants of
up to $50,000 each under an $85 million package announced by the state government on Friday, as ...". Said whole it
is too long, and the rules cut the "under ..." phrase, so the plan, its size, who announced it and when are lost.
Here the plan is told first, in the active ("The state government announced an $85 million package on Friday."),
then the main clause with the rest of the sentence ("Farmers will be able to apply for grants ... under the
package, as ..."), which the rules may cut as they cut any sentence. The announcement is the same fact the
participle told ("a package announced by X on Friday": X announced it on Friday); both pieces are checked like
every lead piece (lead_core.told_in_pieces).
"""
from __future__ import annotations

import re

from ..grammar import cap, finish

PLAN = r"package|plan|scheme|deal|programme|program|agreement|policy|fund|bill|law"
UNDER_ANNOUNCED = re.compile(
    rf"^(?P<clause>[A-Z].{{20,}}?) under (?P<det>a|an) (?P<what>(?:[\w$£€.,'-]+ ){{0,4}}?(?P<head>{PLAN})) "
    r"(?P<verb>announced|unveiled|approved|passed|agreed|signed|launched) by (?P<agent>(?:the |a |an )?[^,]{3,60}?)"
    r"(?P<when> (?:on|last|this|in|earlier this) [A-Za-z0-9][^,]{1,25}?)?(?P<rest>, .+)?$")


def plan_announced(s: str) -> list[str] | None:
    """ "A under an $85 million package announced by X on Friday, as B" -> "X announced an $85 million package on
    Friday." + "A under the package, as B." """
    m = UNDER_ANNOUNCED.match(s)
    if not m or re.search(r"\b(?:who|which|that|and)\b", m["agent"]):
        return None  # ("announced by the minister who ...", "by A and B": whose act it was needs the whole phrase)
    told = finish(f"{cap(m['agent'])} {m['verb']} {m['det']} {m['what']}{m['when'] or ''}")
    return [told, finish(f"{m['clause']} under the {m['head']}{m['rest'] or ''}")]
