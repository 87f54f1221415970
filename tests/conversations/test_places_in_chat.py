"""Where the job is, by a town's name, through the web chat's real URLs."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace.conversations.models import Conversation
from marketplace.db import db
from marketplace.geo.services import import_geonames
from tests.conftest import GEONAMES_FILE, needs_geonames
from tests.conversations.http_chat import HttpChat, choice_ids

pytestmark = needs_geonames
TOWNS = ("\tOffenbach", "\tFrankfurt", "\tSachsenhausen\t")


@pytest.fixture
def towns(app, tmp_path):
    """The GeoNames rows of a few towns (the whole file works the same, only slower)."""
    sample = tmp_path / "DE.txt"
    with open(GEONAMES_FILE, encoding="utf-8") as source:
        sample.write_text("".join(line for line in source
                                  if any(town in line for town in TOWNS)), encoding="utf-8")
    with app.app_context():
        import_geonames(str(sample))


def conversation(app) -> Conversation:
    with app.app_context():
        row = db.session.scalar(sa.select(Conversation).order_by(Conversation.id.desc()))
        db.session.expunge(row)
        return row


def test_a_town_name_in_lower_case_answers_where(client, app, towns):
    chat = HttpChat(client)
    [question] = chat.send("Unser Dach ist seit dem Sturm undicht, es tropft ins Bad")
    assert "Ortsnamen" in question["text"]  # the question says a name works too
    [timing] = chat.send("offenbach")
    assert "Offenbach" in timing["text"]
    assert "intake:timing:urgent" in choice_ids(timing)
    taken = conversation(app)
    assert taken.postcode.startswith("630")
    assert taken.place_name == "Offenbach"
    assert taken.extra["derived_from"]["place"] == "offenbach"


def test_the_full_name_inside_a_sentence_is_read_with_the_rest(client, app, towns):
    chat = HttpChat(client)
    chat.send("Wir wohnen in Offenbach am Main und die Dachrinne ist abgerissen")
    taken = conversation(app)
    assert taken.postcode.startswith("630")
    assert taken.description == ("Wir wohnen in Offenbach am Main und die Dachrinne ist "
                                 "abgerissen")


def test_a_name_of_several_towns_gets_buttons_and_a_tap_takes_one(client, app, towns):
    chat = HttpChat(client)
    chat.send("Unser Dach ist seit dem Sturm undicht, es tropft ins Bad")
    [which] = chat.send("Frankfurt")
    assert "mehrere Orte" in which["text"]
    ids = choice_ids(which)
    assert 2 <= len(ids) <= 3
    assert ids[0].startswith("intake:place:60")  # Frankfurt am Main before Frankfurt (Oder)
    assert any(choice_id.startswith("intake:place:15") for choice_id in ids)
    [timing] = chat.tap(ids[0])
    assert "intake:timing:urgent" in choice_ids(timing)
    assert conversation(app).place_name.startswith("Frankfurt am Main")


def test_a_district_name_offers_the_big_city_s_district_first(client, app, towns):
    chat = HttpChat(client)
    chat.send("Unser Dach ist seit dem Sturm undicht, es tropft ins Bad")
    [which] = chat.send("in Sachsenhausen")
    # The district of Frankfurt (our district list) before the village in Thuringia that
    # GeoNames' postal file knows by that name.
    assert "mehrere Orte" in which["text"]
    assert "• Sachsenhausen (Frankfurt am Main) (6059" in which["text"]
    titles = [choice["title"] for choice in which["choices"]]
    assert titles == ["Sachsenhausen (Frankfurt am Main)", "Sachsenhausen"]
    ids = choice_ids(which)
    assert ids[0][len("intake:place:"):] in ("60594", "60596", "60598", "60599")
    assert ids[1] == "intake:place:99439"
    [timing] = chat.tap(ids[0])
    assert "intake:timing:urgent" in choice_ids(timing)
    assert conversation(app).postcode in ("60594", "60596", "60598", "60599")


def test_a_district_with_its_city_is_taken_at_once(client, app, towns):
    chat = HttpChat(client)
    chat.send("Unser Dach ist seit dem Sturm undicht, es tropft ins Bad")
    [timing] = chat.send("Frankfurt-Sachsenhausen")
    assert "Sachsenhausen (Frankfurt am Main) hat mehrere Postleitzahlen" in timing["text"]
    assert "intake:timing:urgent" in choice_ids(timing)
    taken = conversation(app)
    assert taken.postcode in ("60594", "60596", "60598", "60599")
    assert taken.extra["derived_from"]["place"] == "Frankfurt-Sachsenhausen"


def test_an_unknown_place_is_explained_not_asked_for_again(client, app, towns):
    chat = HttpChat(client)
    [question] = chat.send("Unser Dach ist seit dem Sturm undicht, es tropft ins Bad")
    [explained] = chat.send("Nirgendwohausen")
    assert "Nirgendwohausen" in explained["text"]
    assert "kenne keinen Ort" in explained["text"]
    assert explained["text"] != question["text"]
    assert conversation(app).postcode is None
    [timing] = chat.send("63065")
    assert "intake:timing:urgent" in choice_ids(timing)


def test_a_location_share_still_answers_where(client, app, towns):
    chat = HttpChat(client)
    chat.send("Unser Dach ist seit dem Sturm undicht, es tropft ins Bad")
    [timing] = chat.share_location(50.1054, 8.762)
    assert "63065" in timing["text"]
    assert conversation(app).postcode == "63065"


def test_the_place_corrected_by_name_at_the_summary(client, app, towns):
    chat = HttpChat(client)
    chat.send("Unser Dach ist seit dem Sturm undicht, es tropft ins Bad, 60311, dringend")
    chat.tap("intake:photos:none")
    [summary] = chat.tap("intake:contact:chat")
    assert "intake:summary:send" in choice_ids(summary)
    replies = chat.send("Der Ort ist falsch, es ist Offenbach am Main")
    [again] = replies
    assert "intake:summary:send" in choice_ids(again)
    assert "Wo: 630" in again["text"]
    assert conversation(app).place_name == "Offenbach"


def test_words_that_are_also_villages_are_not_taken_as_the_place(client, app, tmp_path):
    # Villages called Regen and Eiche exist; a story about rain and oak is no address.
    village = tmp_path / "DE.txt"
    village.write_text("DE\t94209\tRegen\tBayern\tBY\t\t00\tLandkreis Regen\t09276\t48.9698"
                       "\t13.1279\t4\nDE\t56370\tEiche\tRheinland-Pfalz\tRP\t\t00\t\t07141"
                       "\t50.25\t7.9\t4\n", encoding="utf-8")
    with app.app_context():
        import_geonames(str(village))
    chat = HttpChat(client)
    chat.send("Das Dach tropft bei Regen, die Treppe aus Eiche ist schon nass")
    assert conversation(app).postcode is None
