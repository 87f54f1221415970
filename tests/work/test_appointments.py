"""Appointments through the real URLs: the business proposes on the lead page, the customer
picks in the web chat, both see the confirmation, the calendar file is valid, the reminder
goes once, either side reschedules or cancels and the other is told, stale buttons get a
plain answer."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobRequestEvent
from marketplace.threads.models import ThreadMessage
from marketplace.work import reminders
from marketplace.work.models import Appointment, AppointmentEvent
from tests.work.conftest import Office, choice_ids, make_won_job, next_day, quote_of


def parse_ics(text: str) -> dict[str, str]:
    """RFC 5545 as a calendar reads it: CRLF lines, folded lines joined, one VEVENT."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    unfolded = text.replace("\r\n ", "")
    lines = unfolded.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-1] == "END:VCALENDAR"
    start, end = lines.index("BEGIN:VEVENT"), lines.index("END:VEVENT")
    event = {}
    for line in lines[start + 1:end]:
        name, _sep, value = line.partition(":")
        event[name] = value
    return event


def _propose_two(app, won, office: Office, kind: str = "visit"):
    day, _ = next_day(36)  # Monday 8 December 2026
    response = office.propose(won.lead_id, (day, "10:00", "11:00"), (day, "14:00", "15:30"),
                              kind=kind, note="Bitte Dachboden zugänglich machen")
    assert response.status_code == 302
    return won.chat.received()


def _appointment(app, lead_id: int) -> Appointment:
    with app.app_context():
        row = db.session.scalar(sa.select(Appointment).where(Appointment.lead_id == lead_id)
                                .order_by(Appointment.id.desc()).limit(1))
        db.session.expunge(row)
        return row


def test_two_slots_picked_in_the_chat_confirm_for_both_sides(app, won, outbox):
    office = Office(app, won.owner)
    [proposal] = _propose_two(app, won, office)
    assert "Dach Nord" in proposal["text"]
    assert "Besichtigung" in proposal["text"]
    assert "Bitte Dachboden zugänglich machen" in proposal["text"]
    titles = [choice["title"] for choice in proposal["choices"]]
    # 10:00 UTC+1 entered as Berlin time; the buttons show it as the customer reads it.
    assert titles == ["Di 8.12., 10:00–11:00", "Di 8.12., 14:00–15:30",
                      "Andere Zeit vorschlagen"]
    ids = choice_ids(proposal)
    assert ids[0].startswith("appt:pick:")
    assert ids[2].startswith("appt:other:")

    with outbox.window():
        [confirmation] = won.chat.taps(ids[1], titles[1])
    assert "Bestätigt" in confirmation["text"]
    assert "Di 8.12., 14:00–15:30" in confirmation["text"]
    appointment = _appointment(app, won.lead_id)
    assert choice_ids(confirmation) == [f"appt:other:{appointment.id}",
                                        f"appt:cancel:{appointment.id}"]
    assert set(ids[:2]) <= set(confirmation["closes"])
    assert appointment.status == "confirmed"
    assert appointment.starts_at.replace(tzinfo=UTC) == datetime(2026, 12, 8, 13, 0, tzinfo=UTC)

    mails = outbox.all()
    assert len(mails) == 1
    assert won.owner in mails[0]
    ics_path = f"/dashboard/leads/{won.lead_id}/appointments/{appointment.id}.ics"
    assert ics_path in mails[0]

    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "bestätigt" in page
    assert "Di 8.12., 14:00–15:30" in page
    assert ics_path in page

    response = office.client.get(ics_path)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    event = parse_ics(response.get_data(as_text=True))
    assert event["UID"] == f"appointment-{appointment.id}@testserver.local"
    assert event["DTSTART"] == "20261208T130000Z"
    assert event["DTEND"] == "20261208T143000Z"
    assert event["DTSTAMP"] == "20261102T090000Z"
    assert event["SUMMARY"] == f"Besichtigung {won.reference} – Dachdecker"
    assert event["STATUS"] == "CONFIRMED"
    # No contact consent yet: neither the customer's name nor an exact address.
    assert "Erika" not in response.get_data(as_text=True)
    assert event["LOCATION"] == "101xx"

    # Every change is in the appointment's history.
    with app.app_context():
        history = [(event.from_status, event.to_status, event.actor_kind)
                   for event in db.session.scalars(sa.select(AppointmentEvent).where(
                       AppointmentEvent.appointment_id == appointment.id)
                       .order_by(AppointmentEvent.id))]
    assert history == [(None, "proposed", "business"), ("proposed", "confirmed", "customer")]


def test_another_business_never_sees_or_changes_the_appointment(app, won):
    office = Office(app, won.owner)
    [proposal] = _propose_two(app, won, office)
    won.chat.taps(choice_ids(proposal)[0])
    appointment = _appointment(app, won.lead_id)
    stranger = Office(app, won.other_owner)
    base = f"/dashboard/leads/{won.lead_id}/appointments/{appointment.id}"
    assert stranger.client.get(base + ".ics").status_code == 404
    assert stranger.lead_page(won.lead_id).status_code == 404
    token_page = f"/dashboard/leads/{won.other_lead_id}"
    from tests.conftest import csrf_token_from

    token = csrf_token_from(stranger.client, token_page)
    assert stranger.client.post(base + "/cancel", data={"csrf_token": token,
                                                        "reason": "x"}).status_code == 404
    day, _ = next_day(40)
    response = stranger.client.post(f"/dashboard/leads/{won.lead_id}/appointments", data={
        "csrf_token": token, "kind": "visit", "slot_date_1": day, "slot_start_1": "09:00",
        "slot_end_1": "10:00"})
    assert response.status_code == 404
    # Its own lead is lost: it may not arrange anything there.
    response = stranger.propose(won.other_lead_id, (day, "09:00", "10:00"))
    assert response.status_code == 302
    page = stranger.lead_page(won.other_lead_id).get_data(as_text=True)
    assert "Termine können nur" in page
    assert _appointment(app, won.lead_id).status == "confirmed"
    assert won.chat.received() == []


def test_the_reminder_goes_once_the_day_before(app, won, frozen_clock, outbox):
    office = Office(app, won.owner)
    [proposal] = _propose_two(app, won, office)
    won.chat.taps(choice_ids(proposal)[0])  # Tue 8.12. 10:00 Berlin = 09:00 UTC
    with app.app_context():
        assert reminders.send_due_reminders() == 0  # five weeks ahead: not yet
    frozen_clock(days=35, hours=8)  # 7.12. 17:00 UTC: 16 hours before
    frozen_clock(hours=-8)  # 7.12. 09:00 UTC: 24 hours before
    with outbox.window(), app.app_context():
        assert reminders.send_due_reminders() == 1
        assert reminders.send_due_reminders() == 0
    frozen_clock(minutes=15)
    with app.app_context():
        assert reminders.send_due_reminders() == 0
    [reminder] = won.chat.received()
    assert reminder["text"].startswith("Erinnerung")
    assert "Di 8.12., 10:00–11:00" in reminder["text"]
    assert choice_ids(reminder) == [f"appt:cancel:{_appointment(app, won.lead_id).id}"]
    mails = outbox.all()
    assert len(mails) == 1
    assert "Erinnerung" in mails[0]
    assert won.owner in mails[0]


def test_the_sweep_is_in_the_periodic_table(app):
    paths = [task.path for task in app.extensions["periodic_tasks"]]
    assert "marketplace.work.tasks.send_appointment_reminders" in paths


def test_other_times_reach_the_business_in_the_customers_words(app, won, outbox):
    office = Office(app, won.owner)
    [proposal] = _propose_two(app, won, office)
    [question] = won.chat.taps(choice_ids(proposal)[2])
    assert "Welche Tage und Uhrzeiten" in question["text"]
    assert _appointment(app, won.lead_id).status == "other_times_asked"
    with outbox.window():
        [thanks] = won.chat.writes("Lieber Mittwoch ab 16 Uhr, Tel 0171 2345678")
    assert "Dach Nord" in thanks["text"]
    mails = outbox.all()
    # They went into the job conversation, whose e-mail tells the business.
    assert any(won.owner in mail for mail in mails)
    # Contact details stay masked for the business until the customer shares them.
    assert not any("0171 2345678" in mail for mail in mails)
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert page.count("Lieber Mittwoch ab 16 Uhr") == 2  # the appointment and the thread
    assert "0171 2345678" not in page
    with app.app_context():
        [entry] = db.session.scalars(sa.select(ThreadMessage).where(
            ThreadMessage.lead_id == won.lead_id)).all()
        assert entry.author == "customer"
    # The next message is no longer taken as the answer.
    with app.app_context():
        before = db.session.scalar(sa.select(sa.func.count(AppointmentEvent.id)))
    won.chat.writes("Danke!")
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(AppointmentEvent.id))) == before

    # The business proposes again: the new times replace the old ones.
    day, _ = next_day(37)
    office.propose(won.lead_id, (day, "16:00", "17:00"))
    [proposal] = won.chat.received()
    assert "ersetzen" in proposal["text"]
    assert choice_ids(proposal)[0].startswith("appt:pick:")


def test_reschedule_replaces_and_old_buttons_get_a_plain_answer(app, won):
    office = Office(app, won.owner)
    [first] = _propose_two(app, won, office)
    old = _appointment(app, won.lead_id)
    day, _ = next_day(38)
    office.propose(won.lead_id, (day, "08:00", "09:00"))
    [second] = won.chat.received()
    assert set(choice_ids(first)) <= set(second["closes"])
    assert _appointment(app, old.lead_id).replaces_id == old.id
    [stale] = won.chat.taps(choice_ids(first)[0])
    assert "nicht mehr gültig" in stale["text"]
    assert stale["choices"] == []
    with app.app_context():
        assert db.session.get(Appointment, old.id).status == "replaced"


def test_customer_cancels_and_the_business_is_told(app, won, outbox):
    office = Office(app, won.owner)
    [proposal] = _propose_two(app, won, office, kind="work")
    [confirmation] = won.chat.taps(choice_ids(proposal)[0])
    with app.app_context():
        job = db.session.get(JobRequest, won.job_id)
        assert job.status == "scheduled"
    with outbox.window():
        [answer] = won.chat.taps(choice_ids(confirmation)[1])
    assert "abgesagt" in answer["text"]
    mails = outbox.all()
    assert len(mails) == 1
    assert "abgesagt" in mails[0]
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "Vom Kunden abgesagt" in page
    with app.app_context():
        job = db.session.get(JobRequest, won.job_id)
        assert job.status == "awarded"  # the agreed work date went away
        history = [(event.from_status, event.to_status, event.actor_kind) for event in
                   db.session.scalars(sa.select(JobRequestEvent).where(
                       JobRequestEvent.job_request_id == won.job_id)
                       .order_by(JobRequestEvent.id))][-2:]
    assert history == [("awarded", "scheduled", "customer"),
                       ("scheduled", "awarded", "customer")]
    # The cancel button again: a plain answer.
    [stale] = won.chat.taps(choice_ids(confirmation)[1])
    assert "abgesagt" in stale["text"]
    assert stale["choices"] == []


def test_business_cancels_with_a_reason_and_the_customer_is_told(app, won):
    office = Office(app, won.owner)
    [proposal] = _propose_two(app, won, office)
    won.chat.taps(choice_ids(proposal)[0])
    appointment = _appointment(app, won.lead_id)
    url = f"/dashboard/leads/{won.lead_id}/appointments/{appointment.id}/cancel"
    response = office.post(url, {"reason": ""}, lead_id=won.lead_id)
    assert response.status_code == 302
    assert won.chat.received() == []
    office.post(url, {"reason": "Krankheitsfall im Team"}, lead_id=won.lead_id)
    [told] = won.chat.received()
    assert "Dach Nord hat den Termin (Besichtigung)" in told["text"]
    assert "Krankheitsfall im Team" in told["text"]
    assert f"appt:cancel:{appointment.id}" in told["closes"]
    assert _appointment(app, won.lead_id).status == "cancelled"
    # Picking one of the cancelled appointment's times: a plain answer.
    [stale] = won.chat.taps(choice_ids(proposal)[1])
    assert "abgesagt" in stale["text"]


def test_times_in_the_past_or_reversed_are_refused(app, won):
    office = Office(app, won.owner)
    response = office.propose(won.lead_id, ("2026-11-01", "10:00", "11:00"))
    assert response.status_code == 302
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "liegt in der Vergangenheit" in page
    day, _ = next_day(3)
    office.propose(won.lead_id, (day, "11:00", "10:00"))
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "endet, bevor sie beginnt" in page
    assert won.chat.received() == []


def test_a_visit_before_the_award_ends_when_another_business_wins(app, client, frozen_clock):
    won = make_won_job(app, client, accept=False)
    other = Office(app, won.other_owner)
    day, _ = next_day(1, "15:00")  # tomorrow afternoon: a reminder would be due
    other.propose(won.other_lead_id, (day, "15:00", "16:00"))
    [proposal] = won.chat.received()
    assert "Dach Mitte" in proposal["text"]
    with app.app_context():
        assert reminders.due_reminders() == []
    [confirmation] = won.chat.taps(choice_ids(proposal)[0])
    assert "Bestätigt" in confirmation["text"]
    # A work date cannot be proposed before the award.
    response = Office(app, won.owner).propose(won.lead_id, (day, "08:00", "09:00"), kind="work")
    assert response.status_code == 302
    assert won.chat.received() == []

    won.chat.taps(f"quote:accept:{quote_of(app, won.lead_id)}")
    appointment = _appointment(app, won.other_lead_id)
    assert appointment.status == "cancelled"
    assert appointment.cancelled_by == "system"
    with app.app_context():
        assert reminders.send_due_reminders() == 0
    page = other.lead_page(won.other_lead_id).get_data(as_text=True)
    assert "der Kunde hat einen anderen Betrieb gewählt" in page


def test_with_contact_consent_the_calendar_names_the_customer(app, won):
    [ask] = [bubble for bubble in won.award_bubbles
             if any(choice.startswith("consent:agree:") for choice in choice_ids(bubble))]
    won.chat.taps(next(choice for choice in choice_ids(ask) if choice.startswith("consent:agree:")))
    office = Office(app, won.owner)
    [proposal] = _propose_two(app, won, office, kind="work")
    won.chat.taps(choice_ids(proposal)[0])
    appointment = _appointment(app, won.lead_id)
    response = office.client.get(
        f"/dashboard/leads/{won.lead_id}/appointments/{appointment.id}.ics")
    event = parse_ics(response.get_data(as_text=True))
    assert event["SUMMARY"] == f"Arbeiten {won.reference} – Dachdecker"
    assert "Kunde: Erika Muster" in event["DESCRIPTION"]
    assert event["LOCATION"].startswith("10115")
    # The start page lists the next appointment.
    start = office.client.get("/dashboard/").get_data(as_text=True)
    assert "Nächste Termine" in start
    assert "Di 8.12., 10:00–11:00" in start


def test_slot_titles_read_as_people_write_them():
    from marketplace.work.timeslots import slot_title, to_utc

    summer = to_utc(datetime(2027, 6, 15, 8, 30))  # Berlin summer time: UTC+2
    assert summer == datetime(2027, 6, 15, 6, 30, tzinfo=UTC)
    end = to_utc(datetime(2027, 6, 15, 12, 0))
    assert slot_title(summer, end, "de") == "Di 15.6., 08:30–12:00"
    assert slot_title(summer, end, "en") == "Tue 15 Jun, 08:30–12:00"
    longer = to_utc(datetime(2027, 6, 17, 16, 0))
    assert slot_title(summer, longer, "de") == "Di 15.6. 08:30 – Do 17.6. 16:00"


def test_customer_reschedules_a_confirmed_work_date(app, won, outbox):
    office = Office(app, won.owner)
    [proposal] = _propose_two(app, won, office, kind="work")
    [confirmation] = won.chat.taps(choice_ids(proposal)[0])
    with outbox.window():
        [question] = won.chat.taps(choice_ids(confirmation)[0])
    assert "Welche Tage und Uhrzeiten" in question["text"]
    mails = outbox.all()
    assert len(mails) == 1
    assert "Der Kunde wünscht andere Zeiten" in mails[0]
    with app.app_context():
        assert db.session.get(JobRequest, won.job_id).status == "awarded"
    appointment = _appointment(app, won.lead_id)
    assert appointment.status == "other_times_asked"
    assert appointment.starts_at is None
    won.chat.writes("Besser in der Woche danach")
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "Besser in der Woche danach" in page
    assert ".ics" not in page
    day, _ = next_day(43)
    office.propose(won.lead_id, (day, "08:00", "16:00"), kind="work")
    [again] = won.chat.received()
    assert "ersetzen" in again["text"]
