"""The customer's "sent to N businesses" message reads right for one business too."""

from __future__ import annotations

from marketplace.quotes import routing_runs
from tests.quotes.test_routing import NEAR


def test_one_business_is_named_in_the_singular(world):
    world.neighbours("10115", NEAR)
    world.business(postcode="10117")
    customer = world.customer(language="de")
    job = world.job(customer, postcode="10115")
    routing_runs.route_job(job.id)
    texts = [m.text for m in world.messages_to(customer)]
    assert any("an 1 geprüften Betrieb in Ihrer Nähe gesendet" in text for text in texts), texts
    assert not any("1 geprüfte Betriebe" in text for text in texts), texts
