"""When an "-ing" result after a clause is the event's, not its subject's: "A lorry caught fire in the tunnel,
closing the road" (the fire closed it: "This closed the road."), "Shares closed at 842 pence, wiping 1.9 billion
pounds off its value" (the fall wiped it off, not the shares). Read by participles._participle.
"""
from __future__ import annotations

import re

# what happens to a thing rather than what it does: the "-ing" result after it is the event's
EVENT_VERBS = re.compile(r"\b(?:caught fire|broke out|collapsed|exploded|crashed|overturned|derailed|erupted|"
                         r"caught light|went up in flames|broke down|sank|capsized)\b")
# a figure that moved: its move, not the thing counted, did what the "-ing" says ("shares closed at 842 pence, wiping
# 1.9 billion pounds off its value": the fall wiped it off, and "They wiped ..." gives the shares the act)
FIGURE_MOVED = re.compile(r"\b(?:shares|stock|stocks|prices?|rates?|index|pound|dollar|euro|yen|currency|bonds?|yields?)"
                          r"(?: [a-z]+){0,2} (?:closed|ended|finished|fell|rose|dropped|slumped|jumped|surged|tumbled"
                          r"|plunged|climbed|slid|soared|plummeted|dipped|gained|lost)\b", re.IGNORECASE)
