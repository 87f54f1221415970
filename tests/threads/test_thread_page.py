"""The conversation on the lead page: what each business user sees and may do."""

from __future__ import annotations

import re

import pytest

from marketplace.quotes.models import LeadStatus
from tests.channels.test_webchat import CSRF_META
from tests.conftest import csrf_token_from, login
from tests.threads.outgoing_world import (
    chat_client,
    chat_messages,
    make_setup,
    page_text,
    post_message,
    set_lead_status,
    thread_rows,
)


def customer_writes(app, setup, text: str) -> None:
    """The customer answers in the web chat, as a person types it."""
    chat = chat_client(app, setup)
    token = CSRF_META.search(chat.get("/chat").get_data(as_text=True)).group(1)
    response = chat.post("/api/chat/messages", headers={"X-CSRFToken": token},
                         json={"text": text, "client_id": f"c-{len(text)}"})
    assert response.status_code == 201


def test_the_customers_answer_shows_without_their_contact_details_or_identity(
        app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)
    post_message(client, setup.lead_id, "Ist das Dach über eine Leiter erreichbar?")

    customer_writes(app, setup, "Ja, mit Leiter. Rufen Sie mich an: 0171 2345678 oder "
                                "jonas@example.org")

    html = client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True)
    text = page_text(html)
    assert "Ja, mit Leiter. Rufen Sie mich an:" in text
    assert "2345678" not in html
    assert "jonas@example.org" not in html
    assert "Jonas Beispiel" not in html
    assert "Kundschaft" in text
    # Both sides, in order: the business's question, then the customer's answer.
    assert text.index("über eine Leiter erreichbar") < text.index("Ja, mit Leiter")


@pytest.mark.parametrize(("status", "reason"), [
    (LeadStatus.EXPIRED, "Die Anfrage ist abgelaufen, bevor Sie geantwortet haben"),
    (LeadStatus.DECLINED, "Sie haben diese Anfrage abgelehnt"),
    (LeadStatus.LOST, "Die Kundschaft hat einen anderen Betrieb gewählt"),
])
def test_a_closed_lead_refuses_to_write_with_the_reason(
        app, client, make_tenant, make_user, login_as, status, reason):
    setup = make_setup(app, make_tenant, make_user)
    set_lead_status(app, setup.lead_id, status)
    login_as(setup.owner)

    html = page_text(client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True))
    assert reason in html
    assert ">An die Kundschaft senden</button>" not in html

    page = post_message(client, setup.lead_id, "Noch eine Frage")
    assert reason in page_text(page.get_data(as_text=True))
    assert thread_rows(app, setup.lead_id) == []
    assert chat_messages(chat_client(app, setup)) == []


def test_open_from_the_lead_offered_to_the_awarded_job(app, client, make_tenant, make_user,
                                                       login_as):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)
    for status in (LeadStatus.OFFERED, LeadStatus.VIEWED, LeadStatus.QUOTED, LeadStatus.WON):
        set_lead_status(app, setup.lead_id, status)
        post_message(client, setup.lead_id, f"Nachricht im Status {status}")
    assert len(chat_messages(chat_client(app, setup))) == 4


def test_another_business_never_sees_the_thread_or_its_files(
        app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)
    post_message(client, setup.lead_id, "Nur für die Kundschaft von Muster",
                 files=(("plan.pdf", b"%PDF-1.4\n%%EOF\n"),))
    file_path = _file_links(client, setup.lead_id)[0]
    assert client.get(file_path).status_code == 200

    other = app.test_client()
    login(other, setup.other_owner)
    assert other.get(f"/dashboard/leads/{setup.lead_id}").status_code == 404
    response = other.post(f"/dashboard/leads/{setup.lead_id}/messages",
                          data={"text": "Eingeschmuggelt",
                                "csrf_token": _csrf(other, setup.other_lead_id)})
    assert response.status_code == 404
    assert other.get(file_path).status_code == 404
    assert other.get(file_path.replace(f"/leads/{setup.lead_id}/",
                                       f"/leads/{setup.other_lead_id}/")).status_code == 404
    # Its own lead on the same job shows its own conversation only.
    post_message(other, setup.other_lead_id, "Hallo von der Zimmerei")
    html = other.get(f"/dashboard/leads/{setup.other_lead_id}").get_data(as_text=True)
    assert "Nur für die Kundschaft von Muster" not in html
    assert "Hallo von der Zimmerei" in html
    assert [row.text for row in thread_rows(app, setup.lead_id)] == [
        "", "Nur für die Kundschaft von Muster"]


def _file_links(client, lead_id: int) -> list[str]:
    html = client.get(f"/dashboard/leads/{lead_id}").get_data(as_text=True)
    return re.findall(rf'href="(/dashboard/leads/{lead_id}/messages/files/[^"]+)"', html)


def _csrf(client, lead_id: int) -> str:
    return csrf_token_from(client, f"/dashboard/leads/{lead_id}")


def test_crew_reads_the_conversation_but_only_owners_and_office_write(
        app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user, lead_status=LeadStatus.WON)
    login_as(setup.office)
    post_message(client, setup.lead_id, "Frage vom Büro")
    crew = app.test_client()
    login(crew, setup.crew)
    # A crew member sees the jobs the office puts them on (tests/work/test_crews.py).
    assert crew.get(f"/dashboard/leads/{setup.lead_id}").status_code == 404
    _put_on_the_job(app, setup)
    html = page_text(crew.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True))
    assert "Frage vom Büro" in html
    assert "Nur Inhaber und Büro können der Kundschaft schreiben." in html
    assert ">An die Kundschaft senden</button>" not in html
    response = crew.post(f"/dashboard/leads/{setup.lead_id}/messages",
                         data={"text": "Darf ich?", "csrf_token": _csrf(crew, setup.lead_id)})
    assert response.status_code == 403
    assert [row.text for row in thread_rows(app, setup.lead_id)] == ["Frage vom Büro"]


def _put_on_the_job(app, setup) -> None:
    from marketplace.db import db
    from marketplace.quotes.models import Lead
    from marketplace.work import crew as work_crew

    with app.app_context():
        lead = db.session.get(Lead, setup.lead_id)
        lead.job_request.status = "awarded"  # as the customer's acceptance leaves it
        db.session.commit()
        work_crew.assign_crew(lead.tenant, db.session.merge(setup.office), lead_id=lead.id,
                              user_ids=[setup.crew.id])


def test_an_empty_message_is_refused_in_words(app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)
    page = post_message(client, setup.lead_id, "   ")
    assert ("Bitte schreiben Sie eine Nachricht oder hängen Sie eine Datei an."
            in page_text(page.get_data(as_text=True)))
    assert thread_rows(app, setup.lead_id) == []
