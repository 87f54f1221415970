"""Tasks of reviews: thin and safe to run twice."""

from __future__ import annotations

from marketplace.reviews import invitations


def ask_for_review(job_id: int) -> None:
    """After the customer confirmed completion: the chat's star question."""
    invitations.invite(job_id)
