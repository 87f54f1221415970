"""Demo data for the insight pages: about 90 days of plausible history (requests over every
channel, leads, quotes, awards, consent answers, messages with a few failures and holds),
written directly as the rows the platform would have written, so the charts have a past.

Requests near Frankfurt find the demo businesses; requests elsewhere in Germany, or for
trades no demo business offers, find nobody: those are the supply gaps on the map.
Idempotent: its customers carry the `insight-demo-` prefix, and it runs once.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.models import Customer, Direction, InboxEvent, InboxStatus, Message
from marketplace.consent.models import ConsentEvent, ConsentNotice, ConsentRequest
from marketplace.consent.notice import NoticeContext, store_notice
from marketplace.consent.recipients import current_recipients
from marketplace.db import db
from marketplace.insight.rollup import refresh_rollup
from marketplace.jobs import reasons as job_reasons
from marketplace.jobs.models import ActorKind, JobRequest, JobRequestEvent, JobStatus
from marketplace.jobs.services import new_reference
from marketplace.quotes import reasons as lead_reasons
from marketplace.quotes.models import (
    DecisionOutcome,
    Lead,
    LeadEvent,
    LeadStatus,
    Quote,
    QuoteStatus,
    RoutingDecision,
    RoutingRun,
)
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import Tenant, TenantTrade

PREFIX = "insight-demo-"
DAYS = 90
CHANNELS = (("whatsapp", 45), ("webchat", 25), ("telegram", 15), ("messenger", 15))
NEAR_FRANKFURT = ("60311", "60385", "60487", "60599", "63065", "61348", "65183", "64283",
                  "60433", "63263")
ELSEWHERE = ("10115", "20095", "80331", "50667", "70173", "04109", "01067", "90402",
             "28195", "30159", "24103", "18055", "99084", "66111", "79098", "48143", "93047",
             "34117", "44135", "45127", "86150", "97070", "39104", "17489", "54290")
UNSERVED_TRADES = ("tischler", "fliesenleger", "zimmerer", "glaser", "parkettleger")
DESCRIPTIONS = {
    "dachdecker": "Dachziegel verrutscht, es tropft bei Regen.",
    "installateur-heizungsbauer": "Heizung bleibt kalt, Druck fällt ab.",
    "elektrotechniker": "Sicherung fliegt raus, Steckdosen in der Küche ohne Strom.",
    "maler-lackierer": "Wohnzimmer und Flur streichen, etwa 60 m².",
}
# Extra roofers so that a roofer's page has businesses to compare with (outside the
# 30 km around the demo postcode, so a live roof request still reaches the three).
EXTRA_ROOFERS = (
    ("dachtechnik-weber", "Dachtechnik Weber", "inhaber@weber-dach.example",
     "Rheinstraße 40", "65185", "Wiesbaden", "Jonas Weber"),
    ("bedachungen-hofmann", "Bedachungen Hofmann", "inhaber@hofmann-dach.example",
     "Heidelberger Straße 12", "64285", "Darmstadt", "Petra Hofmann"),
)
# How readily each business answers (the rest let the lead window pass).
ANSWERING = {"dachdeckerei-sonnleitner": 0.92, "bedachungen-keller": 0.75,
             "dach-und-fassade-nowak": 0.6, "dachtechnik-weber": 0.85,
             "bedachungen-hofmann": 0.5}


def seed_insight_history() -> None:
    if db.session.scalar(sa.select(Customer.id).where(
            Customer.external_id.startswith(PREFIX)).limit(1)) is not None:
        return
    _seed_extra_roofers()
    History(random.Random(15)).write()  # noqa: S311 - demo data, not secrets
    db.session.commit()
    refresh_rollup()


def _seed_extra_roofers() -> None:
    from marketplace.quotes.demo import seed_roofers

    seed_roofers(EXTRA_ROOFERS)


# What the messengers answer with a failure, in their own (English) words: the admin pages
# show the kind of error first and this text as a detail.
PROVIDER_TEXTS = {
    "network": "ConnectTimeout",
    "131026": "Message undeliverable (Unable to deliver message: the recipient may not be a "
              "WhatsApp user)",
    "http_500": "An unknown error has occurred.",
    "131056": "(Business Account, Consumer Account) pair rate limit hit",
    "failed": "Message failed to send because more than 24 hours have passed since the "
              "customer last replied",
}

class History:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.now = clock.now()
        self.recent_replies: list[Message] = []
        self.by_trade: dict[str, list[Tenant]] = {}
        for tenant, code in db.session.execute(
                sa.select(Tenant, TenantTrade.trade_code).join(
                    TenantTrade, TenantTrade.tenant_id == Tenant.id)
                .where(Tenant.base_postcode.startswith("6"))):
            self.by_trade.setdefault(code, []).append(tenant)
        self.notices = {notice.purpose: notice for notice in db.session.scalars(
            sa.select(ConsentNotice).order_by(ConsentNotice.id))}
        self.count = 0
        self.references: set[str] = set()
        self.consents: list[tuple[JobRequest, Tenant, Lead, str, datetime]] = []

    def write(self) -> None:
        """Three rounds, one flush each (the rows go in as batches): requests, then what
        followed them, then the consent answers (they need the leads' ids)."""
        with db.session.no_autoflush:
            jobs = []
            for days_ago in range(DAYS, -1, -1):
                day = self.now - timedelta(days=days_ago)
                weekday_boost = 2 if day.weekday() < 5 else 0
                for _ in range(self.rng.randint(1, 3) + weekday_boost):
                    at = day.replace(hour=self.rng.randint(7, 20),
                                     minute=self.rng.randint(0, 59))
                    if at < self.now:
                        jobs.append(self._request(at))
            db.session.flush()
            for job in jobs:
                self._after(job)
            self._newest_reply_failed()
            self._webhook_problems()
            db.session.flush()
            for args in self.consents:
                self._consent(*args)

    # --- one request and everything that followed it -----------------------------------

    def _request(self, at: datetime) -> JobRequest:
        self.count += 1
        channel = self.rng.choices([c for c, _w in CHANNELS], [w for _c, w in CHANNELS])[0]
        customer = Customer(channel=channel, external_id=f"{PREFIX}{self.count}",
                            display_name=None, language="de", created_at=at, updated_at=at)
        if self.rng.random() < 0.72:
            trade = self.rng.choices(list(DESCRIPTIONS), [40, 25, 20, 15])[0]
            postcode = self.rng.choice(NEAR_FRANKFURT)
        else:
            trade = self.rng.choice((*UNSERVED_TRADES, "dachdecker", "elektrotechniker"))
            postcode = self.rng.choice(ELSEWHERE)
        reference = new_reference()
        while reference in self.references:
            reference = new_reference()
        self.references.add(reference)
        job = JobRequest(reference=reference, customer=customer, channel=channel,
                         trade_code=trade, postcode=postcode,
                         description=DESCRIPTIONS.get(trade, "Bitte um ein Angebot."),
                         timing=self.rng.choice(("urgent", "week", "month", "flexible")),
                         status=JobStatus.OPEN, created_at=at, updated_at=at)
        db.session.add(job)
        return job

    def _after(self, job: JobRequest) -> None:
        at = job.created_at
        self._event(job, None, JobStatus.OPEN, at, job_reasons.CREATED_FROM_INTAKE)
        self._conversation(job.customer, job, at)
        tenants = self.by_trade.get(job.trade_code, []) \
            if job.postcode in NEAR_FRANKFURT else []
        chosen = self.rng.sample(tenants, min(3, len(tenants)))
        run = RoutingRun(job_request_id=job.id, trigger="job_created", open_before=0,
                         slots=3, eligible_count=len(tenants), chosen_count=len(chosen),
                         used_geodata=False, created_at=at)
        db.session.add(run)
        if not chosen:
            if at < self.now - timedelta(minutes=5):
                self._event(job, JobStatus.OPEN, JobStatus.UNMATCHED, at + timedelta(
                    minutes=1), job_reasons.NO_ELIGIBLE_BUSINESS_LEFT)
                job.status = JobStatus.UNMATCHED
            if at < self.now - timedelta(days=12):
                # The operator found nobody by hand either and closed it (the queue shows
                # the last two weeks' requests, as a team that keeps up would have it).
                closed = at + timedelta(days=self.rng.randint(1, 10))
                db.session.add(JobRequestEvent(
                    job_request_id=job.id, from_status=JobStatus.UNMATCHED,
                    to_status=JobStatus.CLOSED, actor_kind=ActorKind.ADMIN,
                    reason="Kein Betrieb in der Region gefunden, Kundin informiert",
                    created_at=closed))
                job.status, job.closed_at = JobStatus.CLOSED, closed
            return
        quotes = [quote for position, tenant in enumerate(chosen, start=1)
                  if (quote := self._lead(job, run, tenant, position, at)) is not None]
        self._award(job, quotes)

    def _lead(self, job: JobRequest, run: RoutingRun, tenant: Tenant, position: int,
              at: datetime) -> Quote | None:
        offered = at + timedelta(minutes=self.rng.randint(1, 20))
        lead = Lead(job_request=job, tenant=tenant, offered_at=offered,
                    expires_at=offered + timedelta(hours=48), status=LeadStatus.OFFERED,
                    distance_km=None, created_at=offered, updated_at=offered)
        db.session.add(lead)
        db.session.add(RoutingDecision(
            run=run, tenant=tenant, position=position,
            outcome=DecisionOutcome.CHOSEN, distance_km=None, score=float(position),
            reasons=f"answer_rate={ANSWERING.get(tenant.slug, 0.8):.2f},"
                    f"recent_leads={self.rng.randint(0, 4)},shared_prefix=2"))
        self._lead_event(lead, None, LeadStatus.OFFERED, offered,
                         system_reason(lead_reasons.ROUTED, "job_created"))
        self.consents.append((job, tenant, lead, "media_sharing", offered))
        answered_at = offered + timedelta(hours=min(self.rng.lognormvariate(1.1, 0.9), 47))
        if self.rng.random() > ANSWERING.get(tenant.slug, 0.8):
            if lead.expires_at < self.now:
                lead.status = LeadStatus.EXPIRED
                self._lead_event(lead, LeadStatus.OFFERED, LeadStatus.EXPIRED,
                                 lead.expires_at,
                                 system_reason(lead_reasons.LEAD_WINDOW_PASSED))
            return None
        if answered_at > self.now:
            return None
        lead.responded_at = answered_at
        if self.rng.random() < 0.15:
            lead.status, lead.decline_reason = LeadStatus.DECLINED, "Keine Kapazität"
            self._lead_event(lead, LeadStatus.OFFERED, LeadStatus.DECLINED, answered_at,
                             "Keine Kapazität", actor="business")
            return None
        lead.status = LeadStatus.QUOTED
        self._lead_event(lead, LeadStatus.OFFERED, LeadStatus.QUOTED, answered_at, None,
                         actor="business")
        amount = self.rng.randint(30, 400) * 1000
        quote = Quote(lead=lead, job_request=job, tenant=tenant,
                      net_amount_cents=amount, earliest_start=answered_at.date(),
                      valid_until=(answered_at + timedelta(days=30)).date(),
                      message="Gern übernehmen wir den Auftrag.", status=QuoteStatus.SENT,
                      created_at=answered_at, updated_at=answered_at)
        db.session.add(quote)
        return quote

    def _award(self, job: JobRequest, quotes: list[Quote]) -> None:
        if not quotes or self.rng.random() > 0.62:
            return
        winner = self.rng.choice(quotes)
        at = max(quote.created_at for quote in quotes) + timedelta(
            hours=self.rng.randint(2, 60))
        if at > self.now:
            return
        for quote in quotes:
            won = quote is winner
            quote.status = QuoteStatus.ACCEPTED if won else QuoteStatus.DECLINED
            quote.answered_at = at
            quote.lead.status = LeadStatus.WON if won else LeadStatus.LOST
            self._lead_event(quote.lead, LeadStatus.QUOTED, quote.lead.status, at,
                             system_reason(lead_reasons.QUOTE_ACCEPTED if won else
                                           lead_reasons.ANOTHER_QUOTE_ACCEPTED),
                             actor="customer")
        job.status = JobStatus.AWARDED
        self._event(job, JobStatus.OPEN, JobStatus.AWARDED, at, job_reasons.ACCEPTED_QUOTE,
                    winner.id, actor=ActorKind.CUSTOMER)
        self.consents.append((job, winner.lead.tenant, winner.lead, "contact_sharing", at))
        done = at + timedelta(days=self.rng.randint(5, 20))
        if done < self.now:
            job.status, job.closed_at = JobStatus.COMPLETED, done
            self._event(job, JobStatus.AWARDED, JobStatus.IN_PROGRESS, done - timedelta(
                days=2), None, actor=ActorKind.BUSINESS)
            self._event(job, JobStatus.IN_PROGRESS, JobStatus.COMPLETED, done, None,
                        actor=ActorKind.BUSINESS)

    # --- the records around it -----------------------------------------------------------

    def _event(self, job: JobRequest, before: str | None, after: str, at: datetime,
               code: str | None, value: object | None = None, *,
               actor: ActorKind = ActorKind.SYSTEM) -> None:
        db.session.add(JobRequestEvent(
            job_request_id=job.id, from_status=before, to_status=after, actor_kind=actor,
            reason=system_reason(code, value) if code else None, created_at=at))

    def _lead_event(self, lead: Lead, before: str | None, after: str, at: datetime,
                    reason: str | None, *, actor: str = "system") -> None:
        db.session.add(LeadEvent(lead=lead, tenant_id=lead.tenant.id, from_status=before,
                                 to_status=after, actor_kind=actor, reason=reason,
                                 created_at=at))

    def _conversation(self, customer: Customer, job: JobRequest, at: datetime) -> None:
        recent = at > self.now - timedelta(days=10)
        for offset in range(self.rng.randint(3, 6)):
            sent = at + timedelta(minutes=offset * 3)
            inbound = offset % 2 == 0
            message = Message(customer=customer, channel=customer.channel,
                              direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
                              status="handled" if inbound else "delivered",
                              text="…", job_request_id=job.id, created_at=sent,
                              updated_at=sent, purpose=None if inbound else "service_reply")
            if not inbound:
                self._outcome(message, customer.channel, recent)
                if recent:
                    self.recent_replies.append(message)
            db.session.add(message)

    def _newest_reply_failed(self) -> None:
        """How many replies fail depends on the random draws, and those on the time of day
        the demo is seeded: the newest one always fails, so the admin's list of delivery
        problems shows an example at any hour."""
        if self.recent_replies:
            newest = self.recent_replies[-1]
            newest.gate_decision = newest.gate_reason = None
            newest.sent_at = newest.delivered_at = None
            self._fail(newest, "131026")

    def _outcome(self, message: Message, channel: str, recent: bool) -> None:
        roll = self.rng.random()
        if roll < 0.03:
            self._fail(message, self.rng.choice(tuple(PROVIDER_TEXTS)), attention=recent)
        elif roll < 0.05 and channel == "whatsapp":
            message.status, message.gate_decision = "held", "hold"
            message.gate_reason = self.rng.choice(("window_closed", "window_closed",
                                                   "opted_out"))
            message.error_code = message.gate_reason
            message.needs_attention = recent
        elif roll < 0.6:
            message.status, message.delivered_at = "read", message.created_at
        else:
            message.status, message.sent_at = "delivered", message.created_at

    @staticmethod
    def _fail(message: Message, code: str, *, attention: bool = True) -> None:
        message.status, message.error_code = "failed", code
        message.error_detail = PROVIDER_TEXTS[code]
        message.needs_attention = attention

    def _consent(self, job: JobRequest, tenant: Tenant, lead: Lead, purpose: str,
                 at: datetime) -> None:
        notice = self.notices.get(purpose) or self._notice(job, tenant, purpose)
        request = ConsentRequest(tenant_id=tenant.id, customer_id=job.customer_id,
                                 job_request_id=job.id, lead_id=lead.id, purpose=purpose,
                                 channel=job.channel, language="de", recipient_list_version=1,
                                 notice_id=notice.id, requested_at=at)
        db.session.add(request)
        weights = (78, 8, 10, 4) if purpose == "contact_sharing" else (58, 17, 20, 5)
        answer = self.rng.choices(("grant", "decline", None, "withdraw"), weights)[0]
        if answer is None:
            return
        answered = at + timedelta(minutes=self.rng.randint(2, 600))
        actions = ["grant", "withdraw"] if answer == "withdraw" else [answer]
        for step, action in enumerate(actions):
            db.session.add(ConsentEvent(
                tenant_id=tenant.id, customer_id=job.customer_id, job_request_id=job.id,
                request=request, purpose=purpose, action=action,
                recipient_list_version=1, notice_id=notice.id, notice_sha256=notice.sha256,
                channel=job.channel, actor="customer", evidence_kind="message",
                occurred_at=answered + timedelta(days=3 * step)))

    def _notice(self, job: JobRequest, tenant: Tenant, purpose: str) -> ConsentNotice:
        """The notice the customer would have read, in the consent feature's own words (the
        demo's chats ask only for photos, so the contact notice is made here, once)."""
        notice = store_notice(NoticeContext(
            recipients=current_recipients(tenant), channel=job.channel,
            job_reference=job.reference, purpose=purpose,
            contact_items=("name", "phone") if purpose == "contact_sharing" else ()), "de")
        self.notices[purpose] = notice
        return notice

    def _webhook_problems(self) -> None:
        for days_ago, status in ((4, InboxStatus.FAILED), (1, InboxStatus.QUARANTINED)):
            at = self.now - timedelta(days=days_ago, hours=3)
            db.session.add(InboxEvent(channel="whatsapp", body_sha256=f"{PREFIX}{days_ago}"
                                      .ljust(64, "0"), raw_body=b"{}", status=status,
                                      error="demo: the message could not be read",
                                      created_at=at, updated_at=at))
