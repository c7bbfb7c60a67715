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
