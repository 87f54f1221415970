"""The business's one public answer to a review (dashboard)."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.reviews.models import ANSWER_MAX, Review
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.scoping import get_scoped


def answer_review(tenant: Tenant, actor: User, *, review_id: Any, text: str) -> Review:
    """Publish the business's answer under its review; once, and never changed after."""
    require(actor, Permission.EDIT_PROFILE, tenant.id)
    review = get_scoped(Review, tenant, review_id)
    text = (text or "").strip()
    if not text:
        raise InvalidInput(_("Please write your answer."), field="text")
    if len(text) > ANSWER_MAX:
        raise InvalidInput(_("An answer has at most %(max)s characters.", max=ANSWER_MAX),
                           field="text")
    if review.answer_text is not None:
        raise Conflict(_("This review has already been answered; an answer is given once."))
    review.answer_text = text
    review.answered_at = clock.now()
    review.answered_by_id = actor.id
    db.session.commit()
    return review
