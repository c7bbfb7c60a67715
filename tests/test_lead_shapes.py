"""Long news leads of shapes the clause rules used to drop whole, told as two or three short sentences that keep
the lead's who, what, where and when (briefing/compress*.py, clauses.py); invented sentences."""
from __future__ import annotations

from briefing.compress import compress
from briefing.compress_cuts import _second_object, _verb_series
from briefing.compress_frames import speaker_first
from briefing.compress_grammar import _whole
from briefing.participles import clause_tense
from briefing.plain_english import rewrite

NAMES = {"Halden", "Borough", "Council", "Tuesday", "Market", "Lane", "May", "Orrin", "Friday", "Sunday", "Wexley",
         "Ann", "Lode", "Tom", "Pike", "Brenmouth", "Route", "Chief", "Nora", "Vale", "Police", "Saturday", "Calder",
         "Water", "Thursday"}


def test_three_acts_of_one_subject_are_told_one_a_sentence() -> None:
    s = ("Halden Borough Council on Tuesday night approved a new cycle path along the river, put off a vote on "
         "selling the Market Lane library for six months, and agreed to raise bin charges by 5% from May, after a "
         "meeting that lasted more than four hours.")
    assert rewrite(s, NAMES) == [
        "Halden Borough Council on Tuesday night approved a new cycle path along the river.",
        "Halden Borough Council also put off a vote on selling the Market Lane library for six months.",
        "Halden Borough Council also agreed to raise bin charges by 5% from May."]


def test_a_list_of_things_is_no_series_of_acts() -> None:
    # "approved" then nouns: one act with a list in it, and two verbs are too few to call a series
    assert _verb_series("The board approved a new roof, a bigger car park, and a playground for the school") is None
    assert _verb_series("The board approved a new roof for the hall, and agreed to sell the old depot") is None


def test_two_things_of_one_kind_are_told_one_a_sentence() -> None:
    s = ("Forecasters have issued an orange warning for strong winds along the coast and a yellow warning for heavy "
         "rain in the Orrin valley from Friday until Sunday, saying trees could come down and some roads could flood.")
    out = rewrite(s, NAMES)
    assert out[:2] == [  # "forecasters" is said "experts" (assets/plain_words.tsv), a subject said again
        "Experts have issued an orange warning for strong winds along the coast.",
        "Experts have also issued a yellow warning for heavy rain in the Orrin valley from Friday until Sunday."]
    assert out[2].startswith("Experts said trees could come down")


def test_two_different_things_are_not_cut_apart() -> None:
    assert _second_object("The firm has issued a recall of its kettles and a refund for every buyer") is None


def test_a_passive_told_is_no_second_speaker() -> None:
    s = ("About 9,000 homes in Wexley were told on Thursday to boil their tap water before drinking it, after "
         "routine tests found bacteria in a storage tank, Calder Water said.")
    assert speaker_first(s.rstrip(".")).startswith("Calder Water said that about 9,000 homes in Wexley were told")
    assert _whole("About 9,000 homes in Wexley were told on Thursday to boil their tap water")
    assert compress(s, NAMES) == [
        "Calder Water said that about 9,000 homes in Wexley were told on Thursday to boil their tap water before "
        "drinking it.",
        "Calder Water also said this was after routine tests found bacteria in a storage tank."]
    # too long to say with its speaker first: told first, and its speaker after both sentences
    s = ("About 9,000 homes and shops in Wexley and two nearby villages were told on Thursday to boil their tap water "
         "before drinking it, after routine tests found bacteria in a storage tank, Calder Water said.")
    assert compress(s, NAMES) == [
        "About 9,000 homes and shops in Wexley and two nearby villages were told on Thursday to boil their tap water.",
        "This was after routine tests found bacteria in a storage tank.",
        "Calder Water said this."]


def test_a_speaker_inside_the_claim_still_keeps_the_tag_where_it_is() -> None:
    s = ("The mayor told reporters that the bridge would reopen in May after repairs to its deck, the city said.")
    assert speaker_first(s.rstrip(".")) == s.rstrip(".")


def test_two_people_with_their_ages_are_one_subject() -> None:
    s = ("Ann Lode, 41, of Brenmouth, and Tom Pike, 38, of Vale, were arrested late on Saturday at a farm near Route "
         "9 about 30 miles north of the city, Police Chief Nora Vale told reporters at a news conference.")
    assert rewrite(s, NAMES) == [
        "Ann Lode and Tom Pike were arrested late on Saturday at a farm near Route 9.",
        "Police Chief Nora Vale said this to reporters."]


def test_an_ages_aside_of_one_person_is_still_told_as_before() -> None:
    out = compress("Ann Lode, 41, of Brenmouth, was arrested late on Saturday at a farm near Route 9 after a long "
                   "search by officers from three counties.", NAMES)
    assert out and out[0].startswith("Ann Lode was arrested")


def test_a_perfect_with_an_adverb_is_still_a_perfect() -> None:
    assert clause_tense("They have also issued a warning") == "perfect"
    assert clause_tense("The club has already signed two players") == "perfect"


def test_a_lost_main_clause_is_not_replaced_by_its_tail() -> None:
    # the split lost the first clause; the tail alone ("Some roads could flood.") would be the story's opening
    s = ("Forecasters have issued an orange warning for strong winds along the coast and a yellow warning for heavy "
         "rain in the Orrin valley from late on Friday until Sunday morning, saying trees could come down and some "
         "roads could flood.")
    out = rewrite(s, NAMES)
    assert out[0].startswith("Experts have issued")  # "forecasters" is said "experts"


def test_a_noun_in_ing_ending_a_list_is_no_participle() -> None:
    from briefing.compress_cuts import _clause_cut
    body = ("The bakery had raised its prices by 9% over the year to cover the cost of flour, butter, packaging and "
            "energy, but that it had kept its bread cheap")
    cut = _clause_cut(body)
    assert cut is None or "packaged" not in cut[1]


def test_a_relative_clause_with_its_own_believer() -> None:
    from briefing.clauses import shorten
    assert shorten("A second man, who police believe drove the van, was still being sought.", set()) == [
        "A second man was still being sought.", "Police believe the second man drove the van."]
    assert shorten("The woman, who witnesses said fired two shots, was arrested near the station.", set()) == [
        "The woman was arrested near the station.", "Witnesses said the woman fired two shots."]


def test_a_time_clause_is_not_told_before_the_piece_it_leans_on() -> None:
    from briefing.compress import _report
    pieces = ["Officers from the Brenmouth Police Department drugs and street crime unit stopped a car near Mill Street "
              "and Quay Road.",
              "They later arrested Ann Lode.", "This was after finding cocaine in the boot."]
    assert _report(pieces, "Lt. Tom Pike", "said", NAMES) == [
        pieces[0], "Lt. Tom Pike said this.", "Pike also said they later arrested Ann Lode.",
        "Pike also said this was after finding cocaine in the boot."]


def test_a_closing_in_which_clause_is_told_on_its_own() -> None:
    s = ("Police said two women were charged on Monday with burglary after a night guard was hurt during a raid on a "
         "bank in central Wexley on Saturday night, in which thieves escaped with gold bars and coins worth about "
         "$2.4 million.")
    out = compress(s, NAMES)
    assert out[0] == "Police said two women were charged on Monday with burglary."
    assert out[-1] == "Police also said thieves escaped with gold bars and coins worth about $2.4 million."


def test_a_common_noun_subject_before_a_which_aside() -> None:
    s = ("Revenue at the group, which employs about 9,200 people in Wexley and Brenmouth, rose 4.1% to £1.2 billion, "
         "from £1.15 billion a year earlier.")
    assert rewrite(s, NAMES) == ["Revenue at the group rose 4.1% to £1.2 billion, from £1.15 billion a year earlier."]


def test_an_amount_possible_after_with() -> None:
    s = ("Between 5 and 10 centimetres of rain is likely in the hills, with as much as 15 centimetres possible on the "
         "coast, the agency said in its forecast on Thursday.")
    assert rewrite(s, NAMES) == [
        "Between 5 and 10 centimetres of rain is likely in the hills.",
        "The agency said this in its forecast on Thursday.",
        "The agency also said as much as 15 centimetres is possible on the coast."]


def test_while_inside_a_report_is_told_as_but() -> None:
    s = ("The mayor said that while the budget was tight this year, the city would still hire 40 new nurses by the end "
         "of May.")
    assert rewrite(s, NAMES) == ["The mayor said the budget was tight this year.",
                                 "But the mayor said the city would still hire 40 new nurses by the end of May."]
    s = ("Whatever the name, Orrin says that while the new van may only be a concept today, it is weighing a version "
         "for sale in Wexley and Brenmouth.")
    assert rewrite(s, NAMES) == ["Orrin says the new van may only be a concept today.",
                                 "But Orrin says it is weighing a version for sale in Wexley and Brenmouth."]


def test_a_summing_up_noun_phrase_is_told_with_this_and_its_condition() -> None:
    s = ("Scientists using a ground telescope built only three years ago say they have found signs of ice on a small "
         "moon about 12 light-years from Earth, a finding that, if confirmed, would be the first clear sign of ice "
         "around a world roughly the size of our own.")
    assert rewrite(s, NAMES | {"Earth"}) == [
        "Scientists say they have found signs of ice on a small moon about 12 light-years from Earth.",
        "This would be the first clear sign of ice around a world roughly the size of Earth, if confirmed."]


def test_our_own_world_is_earth_only_when_the_sentence_names_earth() -> None:
    from briefing.narrator import everyones_our
    assert everyones_our("a world the size of our own, far from Earth") == "a world the size of Earth, far from Earth"
    assert everyones_our("a world the size of our own") == "a world the size of our own"


def test_a_passive_inside_a_whose_clause_stays_passive() -> None:
    from briefing.voice import active_voice
    s = "Families in Wexley whose homes were flooded by Storm Orrin have been told to stay away."
    assert active_voice(s) == s
    s = ("Families in Wexley whose homes were flooded by Storm Orrin have been warned that they may not be able to "
         "return for up to six months, as the clean-up began and insurers said the bill could pass £40m.")
    out = rewrite(s, NAMES | {"Storm"})
    assert out[:2] == ["Families in Wexley have been warned that they may not be able to return for up to six months.",
                       "Their homes were flooded by Storm Orrin."]


def test_a_cut_keeps_the_words_that_make_the_fact() -> None:
    from briefing.compress_trim import _trim
    u = ("All 2,000 pupils in the Orrin Valley School District will be able to eat breakfast and lunch at school for "
         "free starting in June.")
    assert _trim(u, 22) == ("All 2,000 pupils in the Orrin Valley School District will be able to eat breakfast and "
                            "lunch at school for free.")


def test_the_comma_in_a_number_is_no_clause_comma() -> None:
    from briefing.compress_trim import _trim
    u = "It would cut 1,150 jobs in a town of about 19,000 people where the plant has been the largest employer."
    assert _trim(u, 16) == "It would cut 1,150 jobs in a town of about 19,000 people."


def test_a_full_stop_inside_a_quoted_name_ends_no_sentence() -> None:
    from briefing.sentences import split_sentences
    assert split_sentences('The city\'s "Slow down. Kids play here." signs went up on Monday. Drivers noticed.') == [
        'The city\'s "Slow down. Kids play here." signs went up on Monday.', "Drivers noticed."]
    # a quote that is speech still ends its sentences
    assert split_sentences('He said: "I went home. We ate." The next day he left.') == [
        'He said: "I went home.', 'We ate."', "The next day he left."]


def test_a_where_aside_of_the_subject_is_told_with_be() -> None:
    s = ("The hearing, in front of about 80 parents who filled the school hall and the car park outside, was the last "
         "before the board sets its budget for next year.")
    assert compress(s, NAMES) == ["The hearing was the last before the board sets its budget for next year.",
                                  "The hearing was in front of about 80 parents who filled the school hall and the car "
                                  "park outside."]


def test_a_when_clause_of_a_time_to_come_is_not_told_as_past() -> None:
    s = ("Calder Water said the notice covered all homes with a WX1, WX2 or WX3 postcode and would stay in place until "
         "at least Thursday, when it expected the results of a second round of tests.")
    out = compress(s, NAMES | {"WX1", "WX2", "WX3"})
    assert out[-1] == "Calder Water said this."
    assert not any("This was when" in p or "this was when" in p for p in out)


def test_a_while_of_time_inside_a_report_is_not_told_as_but() -> None:
    from briefing.reorder import concession_in_report
    s = "Prosecutors said that while he was mayor of the town, he took bribes from three builders."
    assert concession_in_report(s) == [s]


def test_what_faked_records_said_is_told_of_the_records() -> None:
    s = ("Two prison guards were charged on Tuesday with faking records, stating they had checked on the prisoner Ann "
         "Lode in the hours before she escaped from her cell.")
    out = compress(s, NAMES)
    assert out[0] == "Two prison guards were charged on Tuesday with faking records."
    assert out[1].startswith("The records stated they had checked on the prisoner Ann Lode")
