"""Completion: the business marks the job completed with photos, the customer receives them
in the chat with a summary and confirms or reports a problem with the buttons. A problem
reopens the job (recorded in its history) and tells the business; a confirmation sends
`work.signals.job_completion_confirmed` after the commit."""

from __future__ import annotations

import io

import sqlalchemy as sa

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobRequestEvent
from marketplace.work import signals
from marketplace.work.models import JobCompletion, WorkPhoto
from tests.notifications.conftest import mailbox  # noqa: F401 - fixture
from tests.work.conftest import Office, choice_ids
from tests.work.crew_world import Phone, add_crew_member, jpeg_with_gps, tenant_of


def _history(app, job_id: int) -> list[tuple[str | None, str, str, int | None, str | None]]:
    with app.app_context():
        return [(event.from_status, event.to_status, event.actor_kind, event.actor_id,
                 event.reason)
                for event in db.session.scalars(sa.select(JobRequestEvent).where(
                    JobRequestEvent.job_request_id == job_id).order_by(JobRequestEvent.id))]


class Heard:
    """What the work signals announced, and whether the job's state was committed by then."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict, str]] = []

    def confirmed(self, sender, **kwargs) -> None:
        self.calls.append(("confirmed", kwargs, _committed_status(kwargs["job_id"])))

    def disputed(self, sender, **kwargs) -> None:
        self.calls.append(("disputed", kwargs, _committed_status(kwargs["job_id"])))


def _committed_status(job_id: int) -> str:
    """The job's status, and that nothing was left to commit when the signal came (tests
    share one connection, so "committed" shows as a session with no pending changes)."""
    assert not db.session.new
    assert not db.session.dirty
    return db.session.get(JobRequest, job_id).status


def _listen() -> Heard:
    heard = Heard()
    signals.job_completion_confirmed.connect(heard.confirmed, weak=False)
    signals.job_completion_disputed.connect(heard.disputed, weak=False)
    return heard


def _stop(heard: Heard) -> None:
    signals.job_completion_confirmed.disconnect(heard.confirmed)
    signals.job_completion_disputed.disconnect(heard.disputed)


def test_crew_completes_with_photos_and_the_customer_confirms_in_the_chat(app, won):
    mine = tenant_of(app, won.owner)
    anna_id, anna = add_crew_member(app, mine, "Anna Dach")
    Office(app, won.owner).post(f"/dashboard/leads/{won.lead_id}/crew", {"crew": [str(anna_id)]},
                                lead_id=won.lead_id)
    phone = Phone(app, anna)
    url = f"/crew/leads/{won.lead_id}"
    phone.post(f"{url}/notes", {"text": "", "kind": "completion", "photos": [
        (io.BytesIO(jpeg_with_gps()), "fertig1.jpg"),
        (io.BytesIO(jpeg_with_gps((10, 10, 200))), "fertig2.jpg")]})
    with app.app_context():
        photo_ids = [str(photo_id) for photo_id in db.session.scalars(
            sa.select(WorkPhoto.id).where(WorkPhoto.job_request_id == won.job_id))]
    won.chat.received()
    heard = _listen()
    try:
        done = phone.post(f"{url}/complete", {"summary": "Dachfläche neu eingedeckt.",
                                              "photo": photo_ids})
        assert done.status_code == 302
        bubbles = won.chat.received()
        assert [bubble["text"] for bubble in bubbles[:2]] == [
            f"Dach Nord (Anfrage {won.reference}) hat Ihnen ein Foto geschickt."] * 2
        question = bubbles[-1]
        assert question["text"] == (
            f"Dach Nord hat die Arbeiten zu Ihrer Anfrage {won.reference} als abgeschlossen "
            "gemeldet.\nZusammenfassung: Dachfläche neu eingedeckt.\nDie 2 Fotos der fertigen "
            "Arbeit stehen oben.\nIst alles wie vereinbart erledigt? Bitte bestätigen Sie es, "
            "oder sagen Sie uns, wenn etwas nicht stimmt.")
        assert choice_ids(question) == [f"job:done:{won.job_id}", f"job:problem:{won.job_id}"]
        assert f"job:cancel:{won.job_id}" in question["closes"]
        # Straight from "awarded": through "in progress", both by the crew member.
        assert [row[:4] for row in _history(app, won.job_id)[-2:]] == [
            ("awarded", "in_progress", "business", anna_id),
            ("in_progress", "completed", "business", anna_id)]
        assert heard.calls == []

        # The thanks, then (reviews, after the commit) the question for stars.
        [thanks, stars] = won.chat.taps(f"job:done:{won.job_id}", "Ja, alles erledigt")
        assert stars["text"].startswith("Wie zufrieden sind Sie mit der Arbeit von Dach Nord")
        assert thanks["text"].startswith(f"Vielen Dank! Sie haben bestätigt, dass der Auftrag "
                                         f"{won.reference} abgeschlossen ist.")
        assert f"job:problem:{won.job_id}" in thanks["closes"]
        [(what, kwargs, committed)] = heard.calls
        assert what == "confirmed"
        assert (kwargs["job_id"], kwargs["tenant_id"], committed) == (won.job_id, mine,
                                                                     "completed")
        assert kwargs["confirmed_at"] is not None
        # A second tap (an old button) changes nothing and says so.
        [late] = won.chat.taps(f"job:problem:{won.job_id}", "Problem melden")
        assert "nicht mehr geändert" in late["text"]
        assert len(heard.calls) == 1
    finally:
        _stop(heard)
    with app.app_context():
        [completion] = db.session.scalars(sa.select(JobCompletion)).all()
        assert (completion.answer, completion.photo_count, completion.marked_by_user_id) == (
            "confirmed", 2, anna_id)
        assert db.session.get(JobRequest, won.job_id).status == "completed"
    page = Office(app, won.owner).lead_page(won.lead_id).get_data(as_text=True)
    assert "Die Kundschaft hat bestätigt, dass der Auftrag abgeschlossen ist." in page


def test_a_problem_reopens_the_job_tells_the_business_and_a_new_completion_asks_again(
        app, won, mailbox):  # noqa: F811
    office = Office(app, won.owner)
    url = f"/dashboard/leads/{won.lead_id}/status"
    office.post(url, {"status": "in_progress"}, lead_id=won.lead_id)
    office.post(url, {"status": "completed"}, lead_id=won.lead_id)
    question = won.chat.received()[-1]
    assert choice_ids(question) == [f"job:done:{won.job_id}", f"job:problem:{won.job_id}"]
    mailbox.clear()
    heard = _listen()
    try:
        [reply] = won.chat.taps(f"job:problem:{won.job_id}", "Problem melden")
        assert reply["text"] == (
            f"Wir haben Dach Nord mitgeteilt, dass etwas nicht stimmt, und den Auftrag "
            f"{won.reference} wieder geöffnet. Bitte schreiben Sie hier, was nicht in Ordnung "
            "ist; Ihre Nachricht geht an Dach Nord.")
        [(what, kwargs, committed)] = heard.calls
        assert (what, kwargs["job_id"], committed) == ("disputed", won.job_id, "in_progress")
    finally:
        _stop(heard)
    with app.app_context():
        customer_id = db.session.get(JobRequest, won.job_id).customer_id
        job = db.session.get(JobRequest, won.job_id)
        assert (job.status, job.closed_at) == ("in_progress", None)
    assert _history(app, won.job_id)[-1] == (
        "completed", "in_progress", "customer", customer_id, "sys:problem_reported")
    assert [mail for mail in mailbox.to(won.owner)
            if f"Problem von der Kundschaft gemeldet: {won.reference}" in mail]
    page = office.lead_page(won.lead_id).get_data(as_text=True)
    assert "Die Kundschaft hat ein Problem gemeldet; der Auftrag ist wieder offen." in page
    assert "die Kundschaft hat ein Problem mit der fertigen Arbeit gemeldet" in page

    # The customer's words reach the business's thread.
    won.chat.writes("Im Flur tropft es noch.")
    assert "Im Flur tropft es noch." in office.lead_page(won.lead_id).get_data(as_text=True)

    # Fixed: completed again, asked again, confirmed.
    won.chat.received()
    office.post(url, {"status": "completed"}, lead_id=won.lead_id)
    again = won.chat.received()[-1]
    assert choice_ids(again) == [f"job:done:{won.job_id}", f"job:problem:{won.job_id}"]
    won.chat.taps(f"job:done:{won.job_id}", "Ja, alles erledigt")
    with app.app_context():
        answers = db.session.scalars(sa.select(JobCompletion.answer)
                                     .order_by(JobCompletion.id)).all()
        assert answers == ["disputed", "confirmed"]


def test_another_customer_cannot_answer_for_the_job(app, won, client):
    from tests.work.conftest import ChatCustomer

    Office(app, won.owner).post(f"/dashboard/leads/{won.lead_id}/status",
                                {"status": "in_progress"}, lead_id=won.lead_id)
    Office(app, won.owner).post(f"/dashboard/leads/{won.lead_id}/status",
                                {"status": "completed"}, lead_id=won.lead_id)
    stranger = ChatCustomer(app.test_client())
    stranger.writes("Hallo")
    [refused] = stranger.taps(f"job:problem:{won.job_id}", "Problem melden")
    assert "nicht mehr geändert" in refused["text"]
    with app.app_context():
        assert db.session.get(JobRequest, won.job_id).status == "completed"
        assert db.session.scalar(sa.select(JobCompletion.answer)) is None
        assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) > 0
