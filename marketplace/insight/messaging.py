"""Consent answers and message delivery over a period: what customers said when asked to
share, and whether the platform's messages got through (from the slice tables the rebuild
fills, insight/slices.py)."""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from marketplace.consent.models import ConsentPurpose
from marketplace.db import db
from marketplace.insight import labels
from marketplace.insight.models import SliceConsent, SliceMessage
from marketplace.insight.scope import Scope
from marketplace.insight.tables import COUNT, SHARE, TEXT, Table, share

ASKED_PURPOSES = (ConsentPurpose.MEDIA_SHARING, ConsentPurpose.CONTACT_SHARING)


def consent_answers(scope: Scope) -> Table:
    """Each question asked in the period, by the latest answer to it (none: unanswered)."""
    counts = Counter({(purpose, state): int(count) for purpose, state, count in
                      db.session.execute(
                          sa.select(SliceConsent.purpose, SliceConsent.state,
                                    SliceConsent.questions)
                          .where(*scope.slice_conditions(SliceConsent)))})
    table = Table("consent", _l("Consent: answers to the questions asked"),
                  [_l("Shared")] + [labels.CONSENT_STATES[s] for s in labels.CONSENT_ORDER]
                  + [_l("Asked")],
                  [TEXT] + [COUNT] * (len(labels.CONSENT_ORDER) + 1),
                  note=_l("Each question to a customer in the period, by its latest answer."))
    for purpose in ASKED_PURPOSES:
        values = [counts.get((purpose.value, answer), 0) for answer in labels.CONSENT_ORDER]
        table.rows.append([labels.CONSENT_PURPOSES[purpose.value], *values, sum(values)])
    return table


def _message_rows(scope: Scope) -> list[tuple[str, str, str, str, int]]:
    return [(*row[:4], int(row[4])) for row in db.session.execute(
        sa.select(SliceMessage.channel, SliceMessage.status, SliceMessage.error_code,
                  SliceMessage.gate_reason, SliceMessage.messages)
        .where(*scope.slice_conditions(SliceMessage)))]


def message_figures(scope: Scope) -> tuple[Table, Table, Table]:
    """Delivery by channel, failures by channel and kind of error, held messages by reason."""
    outcomes: Counter[tuple[str, str]] = Counter()
    failures: Counter[tuple[str, str]] = Counter()
    held: Counter[str] = Counter()
    for channel, status, error_code, gate_reason, count in _message_rows(scope):
        outcome = labels.outcome_of(status)
        outcomes[(channel, outcome)] += count
        if outcome == labels.FAILED:
            failures[(channel, labels.error_class(error_code))] += count
        elif outcome == labels.HELD:
            held[gate_reason or error_code or ""] += count
    order = list(labels.OUTCOMES)
    delivery = Table("delivery", _l("Messages by channel and outcome"),
                     [_l("Channel")] + [labels.OUTCOMES[o] for o in order]
                     + [_l("Total"), _l("Could not be sent")],
                     [TEXT] + [COUNT] * (len(order) + 1) + [SHARE],
                     note=_l("Messages the platform sent in the period, by what became of "
                             "them."))
    for channel in sorted({channel for channel, _outcome in outcomes}):
        values = [outcomes.get((channel, o), 0) for o in order]
        delivery.rows.append([labels.channel_label(channel), *values, sum(values),
                              share(outcomes.get((channel, labels.FAILED), 0), sum(values))])
    failed = Table("failures", _l("Messages that could not be sent, by kind of error"),
                   [_l("Channel"), _l("Kind of error"), _l("Messages")], [TEXT, TEXT, COUNT],
                   note=_l("The error code of each message is on the page of held and "
                           "failed messages."))
    for (channel, kind), count in sorted(failures.items(), key=lambda item: -item[1]):
        failed.rows.append([labels.channel_label(channel), labels.error_class_label(kind),
                            count])
    holds = Table("held", _l("Held messages by reason"), [_l("Reason"), _l("Messages")],
                  [TEXT, COUNT])
    for reason, count in sorted(held.items(), key=lambda item: -item[1]):
        holds.rows.append([labels.hold_reason_label(reason), count])
    return delivery, failed, holds
