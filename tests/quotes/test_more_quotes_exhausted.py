"""'More quotes' when no further business can be asked (issue 12, item 10), through the
web chat's real URLs: the customer is told so honestly and can still accept a quote."""

from __future__ import annotations

from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes.models import Quote, QuoteStatus
from tests.work.conftest import choice_ids, make_won_job, quote_of


def test_more_quotes_with_nobody_left_says_so_and_keeps_the_quotes_acceptable(app, client,
                                                                               frozen_clock):
    # Two businesses near the job, both quoted: nobody else is left to ask.
    job = make_won_job(app, client, accept=False)
    quote_id = quote_of(app, job.lead_id)

    bubbles = job.chat.taps(f"quote:more:{job.job_id}", "Mehr Angebote")

    texts = [bubble["text"] for bubble in bubbles]
    assert not any("fragen weitere Betriebe" in text for text in texts), texts
    assert any("keine weiteren Betriebe verfügbar" in text
               and "Sie haben 2 Angebote zur Auswahl." in text for text in texts), texts
    [comparison] = [bubble for bubble in bubbles if bubble["choices"]]
    assert f"quote:accept:{quote_id}" in choice_ids(comparison)
    assert f"quote:more:{job.job_id}" not in choice_ids(comparison)

    accepted = job.chat.taps(f"quote:accept:{quote_id}", "Annehmen 1")

    assert any("angenommen" in bubble["text"] for bubble in accepted), accepted
    with app.app_context():
        assert db.session.get(Quote, quote_id).status == QuoteStatus.ACCEPTED
        assert db.session.get(JobRequest, job.job_id).status == JobStatus.AWARDED
