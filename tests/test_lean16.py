"""Lines still said that leaned on a line not said, said the wrong thing or read stiffly (session 14, lean16): each
test is an invented sentence of a shape a real script told badly (the real line is named in a comment)."""
from __future__ import annotations

from briefing.models import Article
from briefing.plain_english import rewrite
from briefing.writers.plain import draft_article


def _said(sentence: str, names: set[str] | None = None) -> list[str]:
    return rewrite(sentence, names or set())


def _drafted(body: str, title: str = "Test story") -> list[str]:
    return [line.text for line in draft_article(Article(title, body, source="x")).lines]


# --- "cancel" -> "call off" only of events and trips ---------------------------------------------------------

def test_a_charge_is_cancelled_not_called_off() -> None:
    # was: "The charge is called off as soon as the item is returned." (holdout2 page-13)
    told = " ".join(_said("The fee is cancelled as soon as the parcel is sent back."))
    assert "called off" not in told and "cancelled" in told


def test_an_order_or_a_contract_is_cancelled() -> None:
    assert "cancelled its order" in " ".join(_said("The airline cancelled its order two months later."))
    assert "cancelled the contract" in " ".join(_said("The council cancelled the contract in May."))


def test_flights_crossings_and_tours_are_called_off() -> None:
    assert "called off about 300 flights" in " ".join(_said("Bluejay Air cancelled about 300 flights on Sunday."))
    assert "were called off" in " ".join(_said("Last spring, sailings were cancelled on 12 days."))
    assert "calling off her tour" in " ".join(_said("The singer is cancelling her tour."))
    assert "was called off" in " ".join(_said("The match was cancelled because of heavy rain."))


# --- leaning lines ---------------------------------------------------------------------------------------------

def test_at_the_time_leans_on_the_line_before() -> None:
    # was: "Corvane lowered its production forecast at the time." (its "In April, ..." first piece not said)
    from briefing.writers.unsaid_referents import leans_before

    assert leans_before("In May, a fire shut the plant for a week, and Orlen cut its sales forecast at the time.",
                        "Orlen cut its sales forecast at the time.")
    assert not leans_before("This was at the time of his 2019 check-up.", "This was at the time of his 2019 check-up.")


def test_a_confirmed_tag_stays_with_its_whole_claim() -> None:
    # was: "This is after six years of marriage, representatives for the couple confirmed on Thursday." (the
    # separation said as a line of its own, the tag left on the time)
    told = _drafted("Painter Lena Ross and chef Omar Tate are separating after nine years of marriage, "
                    "representatives for the couple confirmed Friday.")
    assert not any(line.startswith("This is after") for line in told)
    assert any("are separating after nine years of marriage" in line and "representatives for the couple" in line
               for line in told)
