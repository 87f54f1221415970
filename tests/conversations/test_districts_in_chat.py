"""Districts of big cities answer "where?" in the web chat (our district list beside the
GeoNames place names), through the chat's real URLs."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace.conversations.models import Conversation
from marketplace.db import db
from marketplace.geo.services import import_geonames
from tests.conftest import GEONAMES_FILE, needs_geonames
from tests.conversations.http_chat import HttpChat, choice_ids

pytestmark = needs_geonames
CITIES = ("\tBerlin", "\tHamburg", "\tMünchen\t", "\tKöln\t", "\tFrankfurt am Main\t",
          "\tSachsenhausen\t")


@pytest.fixture
def cities(app, tmp_path):
    sample = tmp_path / "DE.txt"
    with open(GEONAMES_FILE, encoding="utf-8") as source:
        sample.write_text("".join(line for line in source
                                  if any(city in line for city in CITIES)), encoding="utf-8")
    with app.app_context():
        import_geonames(str(sample))


def postcode_taken(app) -> str | None:
    with app.app_context():
        return db.session.scalar(sa.select(Conversation.postcode)
                                 .order_by(Conversation.id.desc()).limit(1))


@pytest.mark.parametrize(("reply", "district", "postcodes"), [
    ("Schwabing", "Schwabing (München)", ("807", "808")),
    ("Prenzlauer Berg", "Prenzlauer Berg (Berlin)", ("104",)),
    ("wir wohnen in Ehrenfeld", "Ehrenfeld (Köln)", ("508",)),
    ("Altona", "Altona (Hamburg)", ("227",)),
])
def test_a_district_s_name_answers_where(client, app, cities, reply, district, postcodes):
    chat = HttpChat(client)
    [question] = chat.send("Unser Dach ist seit dem Sturm undicht, es tropft ins Bad")
    assert "intake:timing:urgent" not in choice_ids(question)
    [timing] = chat.send(reply)
    assert district in timing["text"]
    assert "intake:timing:urgent" in choice_ids(timing)
    assert postcode_taken(app).startswith(postcodes)


def test_a_district_with_its_city_inside_a_longer_message(client, app, cities):
    chat = HttpChat(client)
    chat.send("Wir wohnen in Köln-Ehrenfeld und die Dachrinne ist abgerissen")
    assert postcode_taken(app).startswith("508")


def test_the_choice_of_district_or_village_in_english(client, app, cities):
    chat = HttpChat(client, language="en")
    chat.send("Our roof has been leaking since the storm")
    [which] = chat.send("Sachsenhausen")
    assert "several places called" in which["text"]
    assert [choice["title"] for choice in which["choices"]] == [
        "Sachsenhausen (Frankfurt am Main)", "Sachsenhausen"]
