"""Reviews in the chat: asked after the customer confirmed completion, stars then words,
both skippable, edits kept as versions; no review for any job that is not completed and
awarded, whatever button is tapped."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.db import db
from marketplace.reviews.models import Review, ReviewVersion
from tests.reviews.conftest import ChatCustomer, choice_ids, complete, reviews_in_db


def _versions(app, review_id: int) -> list[tuple[int, int | None, str]]:
    with app.app_context():
        return [(row.version, row.stars, row.text) for row in db.session.scalars(
            sa.select(ReviewVersion).where(ReviewVersion.review_id == review_id)
            .order_by(ReviewVersion.version))]


def test_after_confirming_the_customer_gives_stars_and_words(app, done, outbox):
    question = done.confirmed[-1]
    assert question["text"].startswith("Wie zufrieden sind Sie mit der Arbeit von Dach Nord")
    assert "ohne Ihren Namen" in question["text"]
    assert choice_ids(question) == [f"review:{stars}:{done.job_id}" for stars in (5, 4, 3, 2, 1)] \
        + [f"review:skip:{done.job_id}"]
    assert question["choices"][0]["title"] == "★★★★★ 5 Sterne"

    with outbox.window():
        [words] = done.chat.taps(f"review:5:{done.job_id}")
    assert "ein paar Worte" in words["text"]
    assert choice_ids(words) == [f"review:nowords:{done.job_id}"]
    assert f"review:5:{done.job_id}" in words["closes"]

    mails = outbox.all()
    [thanks] = done.chat.writes("Pünktlich, sauber und freundlich. Das Dach ist dicht!")
    assert thanks["text"].startswith("Vielen Dank für Ihre Bewertung von Dach Nord!")
    assert f"http://testserver.local/betriebe/{done.slug}" in thanks["text"]
    assert choice_ids(thanks) == [f"review:edit:{done.job_id}"]

    [review] = reviews_in_db(app)
    assert (review.stars, review.text, review.version) == (
        5, "Pünktlich, sauber und freundlich. Das Dach ist dicht!", 2)
    assert (review.job_request_id, review.lead_id, review.tenant_id) == (
        done.job_id, done.lead_id, done.tenant_id)
    assert _versions(app, review.id) == [
        (1, 5, ""), (2, 5, "Pünktlich, sauber und freundlich. Das Dach ist dicht!")]
    assert review.edited_at is None  # the words belong to writing it, not to an edit
    [mail] = mails  # to the owner, the one business user who wants e-mails
    assert f"to={done.owner}" in mail
    assert f"subject=Neue Bewertung zu {done.reference}" in mail
    assert "5 von 5 Sternen" in mail
    assert "http://testserver.local/dashboard/reviews" in mail
    # The next message is the customer's again (for the job conversation or the intake).
    assert not any("Bewertung" in bubble["text"] for bubble in done.chat.writes("Danke!"))


def test_both_steps_can_be_skipped_and_then_there_is_no_review(app, done):
    done.chat.received()
    [words] = done.chat.taps(f"review:skip:{done.job_id}")
    assert "ein paar Worte" in words["text"]
    [bye] = done.chat.taps(f"review:nowords:{done.job_id}")
    assert bye["text"] == "In Ordnung, keine Bewertung. Danke, dass Sie die Arbeit bestätigt haben."
    assert reviews_in_db(app) == []
    # A star button tapped later is no longer available.
    [refused] = done.chat.taps(f"review:4:{done.job_id}")
    assert "nur für einen abgeschlossenen Auftrag" in refused["text"]
    assert reviews_in_db(app) == []


def test_words_without_stars_make_a_review_without_stars(app, done):
    done.chat.received()
    done.chat.taps(f"review:skip:{done.job_id}")
    done.chat.writes("Gute Arbeit.")
    [review] = reviews_in_db(app)
    assert (review.stars, review.text) == (None, "Gute Arbeit.")


def test_changing_the_review_in_the_chat_keeps_every_version(app, done):
    done.chat.received()
    done.chat.taps(f"review:5:{done.job_id}")
    done.chat.writes("Alles bestens.")
    [again] = done.chat.taps(f"review:edit:{done.job_id}")
    assert "„Überspringen“ behält Ihre 5 Sterne" in again["text"]
    done.chat.taps(f"review:3:{done.job_id}")
    [thanks] = done.chat.taps(f"review:nowords:{done.job_id}")
    assert thanks["text"].startswith("Vielen Dank für Ihre Bewertung")
    [review] = reviews_in_db(app)
    assert (review.stars, review.text, review.version) == (3, "Alles bestens.", 3)
    assert review.edited_at is not None
    assert _versions(app, review.id) == [(1, 5, ""), (2, 5, "Alles bestens."),
                                         (3, 3, "Alles bestens.")]


def test_no_review_before_the_customer_confirmed_completion(app, client, frozen_clock):
    done = complete(app, ChatCustomer(client), confirm=False)
    # The job is completed, but the customer was not asked (has not confirmed): the
    # buttons, typed by hand, do nothing.
    for choice in (f"review:5:{done.job_id}", f"review:skip:{done.job_id}",
                   f"review:edit:{done.job_id}"):
        [refused] = done.chat.taps(choice)
        assert "nur für einen abgeschlossenen Auftrag" in refused["text"]
    assert reviews_in_db(app) == []


def test_no_review_of_a_job_that_is_not_completed(app, client, frozen_clock):
    from tests.reviews.conftest import award

    chat = ChatCustomer(client)
    chat.writes("Hallo")
    job_id, _lead_id, quote_id, _owner = award(app, chat)
    chat.received()
    chat.taps(f"quote:accept:{quote_id}")  # awarded, the work not done
    from tests.reviews.conftest import send_confirmed_signal

    send_confirmed_signal(app, job_id)  # a stray confirmation of an unfinished job
    assert not any("Wie zufrieden" in bubble["text"] for bubble in chat.received())
    [refused] = chat.taps(f"review:5:{job_id}")
    assert "nur für einen abgeschlossenen Auftrag" in refused["text"]
    assert reviews_in_db(app) == []


def test_another_customer_cannot_review_someone_elses_job(app, done):
    stranger = ChatCustomer(app.test_client())
    stranger.writes("Hallo")
    [refused] = stranger.taps(f"review:1:{done.job_id}")
    assert "nur für einen abgeschlossenen Auftrag" in refused["text"]
    assert reviews_in_db(app) == []


def test_asking_twice_sends_one_question(app, done):
    from tests.reviews.conftest import send_confirmed_signal

    done.chat.received()
    send_confirmed_signal(app, done.job_id)  # the task ran twice
    assert done.chat.received() == []
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Review.id))) == 0
