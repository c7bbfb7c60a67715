"""The "-ing" words of what a subject does as it speaks or acts: "..., blaming a shortfall", "..., citing costs".

A participle borrows its tense from the clause it hangs on ("They fled, fearing ..." -> "They feared ...").
These do not: "The council said it would close the library, blaming a shortfall" blames it now, as it speaks,
so "would blame" would turn the reason into a promise. participles.participle_verb, clause_reports._speakers_act
and faithful.tense_changed read them.
"""
from __future__ import annotations

# what a subject does while it speaks or acts, at that time: "would close the library, blaming a shortfall" blames
# it now (the reason for the plan), so under "will" or "would" it never becomes a promise ("would blame ...")
STANCE = {"blaming", "citing", "saying", "adding", "arguing", "warning", "insisting", "noting", "claiming", "accusing",
          "pointing", "describing", "calling", "urging", "promising", "predicting", "explaining", "stressing",
          "acknowledging", "admitting", "denying", "complaining", "praising", "criticising", "criticizing", "pledging",
          "vowing", "hoping", "fearing", "stating", "announcing", "confirming", "reporting", "referring", "highlighting",
          "pleading"}
# the ones that are always said or felt now, whatever the modal: "will cut jobs, blaming weak sales" blames them
# today ("will launch a campaign, urging people to ..." may urge them later: that one follows "will")
SPEAKING_NOW = {"blaming", "citing", "saying", "adding", "arguing", "insisting", "noting", "claiming", "accusing",
                "pointing", "describing", "explaining", "stressing", "acknowledging", "admitting", "denying",
                "complaining", "stating", "referring", "fearing", "hoping"}
