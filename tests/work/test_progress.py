"""The job after the award, through the dashboard, the API and the chat: the customer is
told at every step, STATUS says where the job stands, either side cancels with a reason,
and only the business that won may move the job."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobRequestEvent
from marketplace.work.models import Appointment
from tests.api.test_api import create_token
from tests.work.conftest import Office, choice_ids, next_day


def _history(app, job_id: int) -> list[tuple[str | None, str, str, int | None]]:
    with app.app_context():
        return [(event.from_status, event.to_status, event.actor_kind, event.actor_id)
                for event in db.session.scalars(sa.select(JobRequestEvent).where(
                    JobRequestEvent.job_request_id == job_id).order_by(JobRequestEvent.id))]


def _user_id(app, email: str) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(User.id).where(User.email == email))


def _status_line(chat, reference: str) -> str:
    [answer] = chat.writes("STATUS")
    return next(line for line in answer["text"].splitlines() if reference in line)


def test_award_tells_what_happens_next_with_a_way_to_cancel(app, client, frozen_clock):
    from tests.work.conftest import make_won_job

    won = make_won_job(app, client, accept=False)
    with app.app_context():
        from marketplace.quotes.models import Quote

        quote_id = db.session.scalar(sa.select(Quote.id).where(Quote.lead_id == won.lead_id))
    bubbles = won.chat.taps(f"quote:accept:{quote_id}")
    texts = [bubble["text"] for bubble in bubbles]
    assert texts[0].startswith("Danke!")
    assert texts[1].startswith("So geht es weiter: Dach Nord")
    assert choice_ids(bubbles[1]) == [f"job:cancel:{won.job_id}"]
    assert "Termin vereinbart" not in _status_line(won.chat, won.reference)
    assert "der Betrieb schlägt einen Termin vor" in _status_line(won.chat, won.reference)


def test_started_then_completed_on_the_lead_page_tells_the_customer(app, won):
    office = Office(app, won.owner)
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "Arbeit begonnen" in page
    assert "Auftrag stornieren" in page
    assert "Auftrag abgeschlossen" not in page  # not before the work started
    won.chat.received()

    url = f"/dashboard/leads/{won.lead_id}/status"
    assert office.post(url, {"status": "in_progress"}, lead_id=won.lead_id).status_code == 302
    [started] = won.chat.received()
    assert started["text"] == f"Dach Nord hat mit den Arbeiten zu Ihrer Anfrage {won.reference} " \
                              "begonnen."
    assert "die Arbeiten haben begonnen" in _status_line(won.chat, won.reference)
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "in Arbeit" in page
    assert "Auftrag abgeschlossen" in page

    office.post(url, {"status": "completed"}, lead_id=won.lead_id)
    [done] = won.chat.received()
    assert "als abgeschlossen gemeldet" in done["text"]
    assert f"job:cancel:{won.job_id}" in done["closes"]
    assert "die Arbeiten sind abgeschlossen" in _status_line(won.chat, won.reference)

    owner_id = _user_id(app, won.owner)
    assert _history(app, won.job_id)[-2:] == [
        ("awarded", "in_progress", "business", owner_id),
        ("in_progress", "completed", "business", owner_id)]
    with app.app_context():
        assert db.session.get(JobRequest, won.job_id).closed_at is not None
    # Nothing more to do: no buttons, and a late cancel is refused.
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "Arbeit begonnen" not in page
    assert 'name="status"' not in page
    office.post(url, {"status": "cancelled", "reason": "zu spät"}, lead_id=won.lead_id)
    assert won.chat.received() == []


def test_a_confirmed_work_date_schedules_the_job(app, won):
    office = Office(app, won.owner)
    day, _ = next_day(5)
    office.propose(won.lead_id, (day, "08:00", "16:00"), kind="work")
    [proposal] = won.chat.received()
    assert "Arbeitstermin" in proposal["text"]
    won.chat.taps(choice_ids(proposal)[0])
    assert "ein Termin für die Arbeiten ist vereinbart" in _status_line(won.chat, won.reference)
    customer_id = _customer_id(app, won)
    assert _history(app, won.job_id)[-1] == ("awarded", "scheduled", "customer", customer_id)
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "Termin vereinbart" in page


def _customer_id(app, won) -> int:
    with app.app_context():
        return db.session.get(JobRequest, won.job_id).customer_id


def test_customer_cancels_the_job_with_a_second_tap(app, won, outbox):
    office = Office(app, won.owner)
    day, _ = next_day(5)
    office.propose(won.lead_id, (day, "08:00", "16:00"), kind="work")
    won.chat.received()
    [question] = won.chat.taps(f"job:cancel:{won.job_id}")
    assert "wirklich stornieren" in question["text"]
    assert choice_ids(question) == [f"job:cancel_confirm:{won.job_id}", f"job:keep:{won.job_id}"]
    [kept] = won.chat.taps(f"job:keep:{won.job_id}")
    assert "bleibt bestehen" in kept["text"]
    with app.app_context():
        assert db.session.get(JobRequest, won.job_id).status == "awarded"

    with outbox.window():
        [done] = won.chat.taps(f"job:cancel_confirm:{won.job_id}")
    assert f"Sie haben den Auftrag {won.reference} storniert" in done["text"]
    mails = outbox.all()
    assert len(mails) == 1
    assert "im Chat storniert" in mails[0]
    assert won.owner in mails[0]
    assert _history(app, won.job_id)[-1][:3] == ("awarded", "cancelled", "customer")
    with app.app_context():
        job = db.session.get(JobRequest, won.job_id)
        assert job.status == "cancelled"
        reasons = [event.reason for event in db.session.scalars(
            sa.select(JobRequestEvent).where(JobRequestEvent.job_request_id == won.job_id))]
        assert reasons[-1] == "sys:cancelled_by_customer"
        [appointment] = db.session.scalars(sa.select(Appointment).where(
            Appointment.lead_id == won.lead_id)).all()
        assert appointment.status == "cancelled"
    assert "storniert" in _status_line(won.chat, won.reference)
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "storniert" in page
    assert "Arbeit begonnen" not in page
    # Old buttons now get a plain answer.
    [stale] = won.chat.taps(f"job:cancel_confirm:{won.job_id}")
    assert "nicht mehr geändert" in stale["text"]


def test_status_api_checks_the_lead_and_the_step(app, won):
    client = app.test_client()  # the business's software, not the customer's browser
    mine = {"Authorization": f"Bearer {create_token(client, won.owner)}"}
    theirs = {"Authorization": f"Bearer {create_token(client, won.other_owner)}"}
    url = f"/api/v1/leads/{won.lead_id}/status"
    won.chat.received()

    # Another business: its token does not find this lead at all.
    assert client.post(url, json={"status": "in_progress"}, headers=theirs).status_code == 404
    # Its own lead was lost: 409, whatever it asks.
    response = client.post(f"/api/v1/leads/{won.other_lead_id}/status",
                           json={"status": "in_progress"}, headers=theirs)
    assert response.status_code == 409
    # Completed before the work started is impossible; scheduled is not set by hand.
    response = client.post(url, json={"status": "completed"}, headers=mine)
    assert response.status_code == 409
    assert response.get_json()["error"]["message"] == (
        "Der Auftrag kann nicht von „vergeben“ zu „abgeschlossen“ wechseln.")
    assert client.post(url, json={"status": "scheduled"}, headers=mine).status_code == 422
    assert client.post(url, json={"status": "cancelled"}, headers=mine).status_code == 422
    assert won.chat.received() == []

    response = client.post(url, json={"status": "in_progress"}, headers=mine)
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "in_progress"
    assert body["job_reference"] == won.reference
    assert body["history"][-1]["to_status"] == "in_progress"
    response = client.post(url, json={"status": "cancelled", "reason": "Material nicht lieferbar"},
                           headers=mine)
    assert response.status_code == 200
    [told] = won.chat.received()[-1:]
    assert "Dach Nord hat den Auftrag" in told["text"]
    assert "Begründung: Material nicht lieferbar" in told["text"]
    assert _history(app, won.job_id)[-1][:3] == ("in_progress", "cancelled", "business")
    assert client.post(url, json={"status": "in_progress"}, headers=mine).status_code == 409


def test_appointments_api_proposes_lists_and_keeps_tenants_apart(app, won):
    client = app.test_client()  # the business's software, not the customer's browser
    mine = {"Authorization": f"Bearer {create_token(client, won.owner)}"}
    theirs = {"Authorization": f"Bearer {create_token(client, won.other_owner)}"}
    url = f"/api/v1/leads/{won.lead_id}/appointments"
    won.chat.received()
    day, _ = next_day(36)
    body = {"kind": "visit", "note": "Leiter vorhanden?", "slots": [
        {"starts_at": f"{day}T10:00", "ends_at": f"{day}T11:00"},
        {"starts_at": f"{day}T13:00:00Z", "ends_at": f"{day}T14:00:00Z"}]}
    assert client.post(url, json=body, headers=theirs).status_code == 404
    assert client.get(url, headers=theirs).status_code == 404
    response = client.post(url, json=body, headers=mine)
    assert response.status_code == 201, response.get_json()
    created = response.get_json()
    assert created["status"] == "proposed"
    assert [slot["starts_at"][:16] for slot in created["slots"]] == [
        f"{day}T09:00", f"{day}T13:00"]
    [proposal] = won.chat.received()
    assert [choice["title"] for choice in proposal["choices"]][:2] == [
        "Di 8.12., 10:00–11:00", "Di 8.12., 14:00–15:00"]
    won.chat.taps(choice_ids(proposal)[1])

    listed = client.get(url, headers=mine).get_json()["appointments"]
    assert [(item["id"], item["status"]) for item in listed] == [(created["id"], "confirmed")]
    assert listed[0]["starts_at"].startswith(f"{day}T13:00")
    assert [event["to_status"] for event in listed[0]["history"]] == ["proposed", "confirmed"]
    calendar = client.get(listed[0]["ics_url"], headers=mine)
    assert calendar.status_code == 200
    assert b"DTSTART:20261208T130000Z" in calendar.data
    assert client.get(f"/api/v1/leads/{won.lead_id}/appointments/{created['id']}.ics",
                      headers=theirs).status_code == 404
    cancel = f"/api/v1/leads/{won.lead_id}/appointments/{created['id']}/cancel"
    assert client.post(cancel, json={"reason": "x"}, headers=theirs).status_code == 404
    assert client.post(cancel, json={}, headers=mine).status_code == 422
    response = client.post(cancel, json={"reason": "Wetterwarnung"}, headers=mine)
    assert response.status_code == 200
    assert response.get_json()["status"] == "cancelled"
    assert "Wetterwarnung" in won.chat.received()[-1]["text"]
    assert client.post(cancel, json={"reason": "nochmal"}, headers=mine).status_code == 409

    # Bad input: too many slots, a time in the past, a work date on a lost lead.
    four = {**body, "slots": body["slots"] * 2}
    assert client.post(url, json=four, headers=mine).status_code == 422
    past = {"kind": "visit", "slots": [{"starts_at": "2026-11-01T10:00",
                                        "ends_at": "2026-11-01T11:00"}]}
    assert client.post(url, json=past, headers=mine).status_code == 422
    response = client.post(f"/api/v1/leads/{won.other_lead_id}/appointments",
                           json={**body, "kind": "work"}, headers=theirs)
    assert response.status_code == 409


def test_openapi_documents_appointments_and_status(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert {"get", "post"} <= set(paths["/leads/{lead_id}/appointments"])
    assert "post" in paths["/leads/{lead_id}/status"]
    assert "409" in paths["/leads/{lead_id}/status"]["post"]["responses"]
