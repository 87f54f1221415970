"""A crew's photos and the completion question over WhatsApp, through the local Graph API
stand-in: the chosen photos arrive as image messages (uploaded to Meta's media endpoint
first), the question as reply buttons, and the customer's tap comes back through the signed
webhook."""

from __future__ import annotations

import io

import sqlalchemy as sa

from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes import business_side, routing_runs
from marketplace.quotes.models import Lead
from marketplace.work.models import JobCompletion, WorkPhoto
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR, _quote_data
from tests.work.conftest import Office
from tests.work.crew_world import Phone, add_crew_member, jpeg_with_gps
from tests.work.test_whatsapp import WA_ID, Stand_in, taps, writes


def test_crew_photos_and_the_completion_question_over_whatsapp(app, client, providers):
    graph = Stand_in(providers)
    writes(client, "Hallo")
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        tenant = world.business("Dach Nord", postcode="10117")
        customer = db.session.scalar(sa.select(Customer).where(Customer.external_id == WA_ID))
        job = world.job(customer, postcode="10115")
        routing_runs.route_job(job.id)
        lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job.id))
        quote = business_side.submit_quote(tenant, world.owners[tenant.id], lead_id=lead.id,
                                           data=_quote_data())
        lead_id, quote_id, job_id = lead.id, quote.id, job.id
        owner, tenant_id = world.owners[tenant.id].email, tenant.id
    taps(client, f"quote:accept:{quote_id}", "Annehmen 1")
    crew_id, crew_email = add_crew_member(app, tenant_id, "Anna Dach")
    Office(app, owner).post(f"/dashboard/leads/{lead_id}/crew", {"crew": [str(crew_id)]},
                            lead_id=lead_id)
    graph.received()

    phone = Phone(app, crew_email)
    url = f"/crew/leads/{lead_id}"
    phone.post(f"{url}/notes", {"text": "Fertig.", "kind": "completion",
                                "photos": [(io.BytesIO(jpeg_with_gps()), "IMG_7.jpg")]})
    assert graph.received() == []  # internal until sent
    with app.app_context():
        [photo_id] = db.session.scalars(sa.select(WorkPhoto.id)).all()
    phone.post(f"{url}/send", {"photo": [str(photo_id)]})
    # The photo (uploaded to Meta's media endpoint first), then its words with the thread's
    # reply button: WhatsApp puts no buttons under an image.
    [image, caption] = graph.received()
    assert image["type"] == "image"
    assert providers.calls("POST", r"/media$")
    assert caption["interactive"]["body"]["text"] == (
        f"Dach Nord (Anfrage {job.reference}) hat Ihnen ein Foto geschickt.")
    assert caption["interactive"]["action"]["buttons"][0]["reply"]["id"] == (
        f"thread:reply:{lead_id}")

    phone.post(f"{url}/complete", {"summary": "Alles dicht.", "photo": [str(photo_id)]})
    [question] = graph.received()  # the photo was sent already: only the question follows
    assert question["type"] == "interactive"
    assert "Zusammenfassung: Alles dicht." in question["interactive"]["body"]["text"]
    buttons = question["interactive"]["action"]["buttons"]
    assert [button["reply"]["id"] for button in buttons] == [f"job:done:{job_id}",
                                                             f"job:problem:{job_id}"]
    taps(client, f"job:done:{job_id}", "Ja, alles erledigt")
    [thanks, stars] = graph.received()  # the thanks, then reviews asks for stars (a list)
    assert thanks["text"]["body"].startswith("Vielen Dank!")
    assert stars["interactive"]["body"]["text"].startswith("Wie zufrieden sind Sie")
    with app.app_context():
        assert db.session.scalar(sa.select(JobCompletion.answer)) == "confirmed"
        assert db.session.get(JobRequest, job_id).status == "completed"
