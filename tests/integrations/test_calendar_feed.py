"""The private calendar feed, read back the way a calendar application reads it (the
`icalendar` parser): confirmed appointments only, customer details only after consent, a
rotated or switched-off address answers 404, and nobody else's address opens it."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar

from tests.conftest import csrf_token_from
from tests.integrations.conftest import FEED_SHOWN
from tests.work.conftest import Office, choice_ids, next_day


def _new_address(office: Office) -> str:
    token = csrf_token_from(office.client, "/dashboard/integrations/")
    page = office.client.post("/dashboard/integrations/calendar", data={"csrf_token": token})
    assert page.headers["Cache-Control"] == "no-store"
    found = FEED_SHOWN.search(page.get_data(as_text=True))
    assert found, page.get_data(as_text=True)[:1500]
    return found.group(1)


def _path(url: str) -> str:
    return url[url.index("/kalender/"):]


def _events(client, url: str) -> list[icalendar.Event]:
    response = client.get(_path(url))
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    calendar = icalendar.Calendar.from_ical(response.get_data())
    return list(calendar.walk("VEVENT"))


def _confirm_visit(won, office: Office, days: int, start: str, end: str) -> None:
    day, _ = next_day(days)
    office.propose(won.lead_id, (day, start, end))
    [proposal] = won.chat.received()
    won.chat.taps(choice_ids(proposal)[0])


def test_the_feed_lists_confirmed_appointments_for_a_calendar(app, client, won):
    office = Office(app, won.owner)
    url = _new_address(office)
    assert _events(client, url) == []

    day, _ = next_day(36)  # Monday 8 December 2026, CET
    office.propose(won.lead_id, (day, "10:00", "11:00"))
    [proposal] = won.chat.received()
    assert _events(client, url) == []  # proposed is not yet in anyone's calendar
    won.chat.taps(choice_ids(proposal)[0])

    [event] = _events(client, url)
    assert event.decoded("DTSTART") == datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    assert won.reference in str(event.get("SUMMARY"))
    assert str(event.get("STATUS")) == "CONFIRMED"
    # No consent to share contact details yet: neither name nor street.
    assert "Erika" not in event.to_ical().decode()
    assert f"/dashboard/leads/{won.lead_id}" in str(event.get("DESCRIPTION"))


def test_a_new_address_retires_the_old_one_and_off_means_404(app, client, won):
    office = Office(app, won.owner)
    first = _new_address(office)
    second = _new_address(office)
    assert first != second
    assert client.get(_path(first)).status_code == 404
    assert client.get(_path(second)).status_code == 200
    page = office.client.get("/dashboard/integrations/").get_data(as_text=True)
    assert second.rsplit("/", 1)[1].removesuffix(".ics") not in page  # shown only once
    assert "Zuletzt von einem Kalender abgerufen" in page

    token = csrf_token_from(office.client, "/dashboard/integrations/")
    office.client.post("/dashboard/integrations/calendar/off", data={"csrf_token": token})
    assert client.get(_path(second)).status_code == 404
    assert client.get("/kalender/not-a-token.ics").status_code == 404


def test_each_business_sees_only_its_own_appointments(app, client, won):
    office, other = Office(app, won.owner), Office(app, won.other_owner)
    _confirm_visit(won, office, 36, "10:00", "11:00")
    other_url = _new_address(other)
    assert _events(client, other_url) == []
    assert len(_events(client, _new_address(office))) == 1
