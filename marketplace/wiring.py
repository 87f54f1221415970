"""The composition root: which feature answers which call point, and the periodic sweeps.

Features form layers (see the README's map). A lower feature that must hand work to a
higher one names the moment as a signal in its own `signals.py`; the higher feature's
receiver is connected here, once per app. Imports therefore point downwards only, and
every cross-layer call can be read in this one file. This module, `app.py`, the demo
seeding and the CLI are the only places that may import every feature.
"""

from __future__ import annotations

from datetime import timedelta

from flask import Flask

from marketplace.tasks import PeriodicTask


def periodic_task_table() -> tuple[PeriodicTask, ...]:
    """Every sweep the worker's clock (and the demo's inline clock) starts."""
    from marketplace.channels import tasks as channel_tasks
    from marketplace.consent import tasks as consent_tasks
    from marketplace.conversations import tasks as conversation_tasks
    from marketplace.insight import tasks as insight_tasks
    from marketplace.integrations import tasks as integration_tasks
    from marketplace.media import tasks as media_tasks
    from marketplace.privacy import tasks as privacy_tasks
    from marketplace.quotes import tasks as quote_tasks
    from marketplace.site import tasks as site_tasks
    from marketplace.tenancy import tasks as tenancy_tasks
    from marketplace.verification import tasks as verification_tasks
    from marketplace.work import tasks as work_tasks

    return (
        PeriodicTask(channel_tasks.redrive_stuck_messages, timedelta(seconds=30), "messages"),
        PeriodicTask(media_tasks.redrive_pending_media, timedelta(minutes=1)),
        PeriodicTask(site_tasks.redrive_portfolio_photos, timedelta(minutes=1)),
        PeriodicTask(quote_tasks.expire_leads, timedelta(minutes=5)),
        PeriodicTask(consent_tasks.reask_after_recipient_change, timedelta(minutes=5)),
        PeriodicTask(verification_tasks.sweep_document_expiry, timedelta(hours=1)),
        PeriodicTask(privacy_tasks.purge_expired_data, timedelta(hours=1)),
        PeriodicTask(tenancy_tasks.locate_businesses, timedelta(hours=6)),
        PeriodicTask(conversation_tasks.forget_stale_intakes, timedelta(hours=6)),
        # A burst of messages whose delayed answer was lost (a worker restart) still gets it.
        PeriodicTask(conversation_tasks.answer_waiting_messages, timedelta(seconds=15),
                     "messages"),
        PeriodicTask(work_tasks.send_appointment_reminders, timedelta(minutes=15)),
        # The health page sums this rollup: its figures are at most ten minutes old.
        PeriodicTask(insight_tasks.refresh_rollup, timedelta(minutes=10)),
        PeriodicTask(integration_tasks.send_due_webhooks, timedelta(minutes=1)),
        PeriodicTask(integration_tasks.forget_old_deliveries, timedelta(hours=6)),
    )


def init_app(app: Flask) -> None:
    app.extensions["periodic_tasks"] = periodic_task_table()
    app.extensions["worker_warm_up"] = (_import_task_modules, _load_channel_adapters,
                                        _load_trade_detection)
    connect_signals()


def _import_task_modules() -> None:
    """A worker imports every task module once, before its first job (tasks.warm_up)."""
    import importlib

    for feature in ("channels", "conversations", "consent", "quotes", "media", "work",
                    "privacy", "verification", "tenancy", "integrations", "site"):
        importlib.import_module(f"marketplace.{feature}.tasks")


def _load_channel_adapters() -> None:
    """The adapters (and requests under them) load once per worker, not once per job."""
    from flask import current_app

    from marketplace.channels import registry

    for channel in registry.enabled_channels(current_app.config):
        registry.get_adapter(channel)


def _load_trade_detection() -> None:
    """The German word lists behind trade detection take seconds to load: once per worker
    at start, not in the first customer's turn."""
    from marketplace.trades import detection

    detection.detect_trades("Hallo, das Dach ist undicht")


def connect_signals() -> None:
    """Connect every receiver. blinker keeps one connection per receiver, so a second app
    (tests build several) connects nothing twice."""
    _connect_channels()
    _connect_conversations()
    _connect_consent_and_media()
    _connect_quotes_and_jobs()
    _connect_accounts_tenancy_verification()
    _connect_privacy()
    _connect_threads()
    _connect_thread_replies()
    _connect_contact_details()
    _connect_work()
    _connect_notifications()
    _connect_archive()
    _connect_integrations()
    _connect_insight()
    _connect_reviews()


# One function per group of features, so the receivers of each layer stay together.


def _hand_message_to_conversation(message: object) -> None:
    """A customer message was stored: the conversation answers it after the commit. A job
    that answers its messages itself (channels.pipeline) asks the conversation through
    `channels.hooks.answer_stored_message` instead, in its own unit of work."""
    from marketplace import tasks
    from marketplace.channels import pipeline
    from marketplace.conversations import tasks as conversation_tasks

    if pipeline.is_answering_here():
        return
    tasks.enqueue(conversation_tasks.handle_message, message.id)  # type: ignore[attr-defined]


def _connect_channels() -> None:
    """Channels carry files and messages; media stores the files, privacy keeps a returning
    identity's opt-out, the conversation answers."""
    from marketplace.channels import hooks as channel_hooks
    from marketplace.channels import signals as channel_signals
    from marketplace.conversations import tasks as conversation_tasks
    from marketplace.media import services as media_services
    from marketplace.privacy import tombstones

    channel_hooks.outbound_media.plug(media_services.outbound_media)
    channel_hooks.register_inbound_media.plug(media_services.register_inbound)
    channel_hooks.store_webchat_upload.plug(media_services.store_upload)
    channel_hooks.answer_stored_message.plug(conversation_tasks.answer_stored_message)
    channel_signals.customer_created.connect(tombstones.apply_tombstone, weak=False)
    channel_signals.customer_message_stored.connect(_hand_message_to_conversation, weak=False)


def _connect_conversations() -> None:
    """Buttons and commands of the features above the bot, which answer them themselves."""
    from marketplace.consent import answers as consent_answers
    from marketplace.consent import withdrawal as consent_withdrawal
    from marketplace.conversations import handlers as conversation_handlers
    from marketplace.privacy import erasure as privacy_erasure
    from marketplace.privacy import export as privacy_export
    from marketplace.quotes import customer_side as quotes_customer_side

    conversation_handlers.register_choice_handler(
        "quote", quotes_customer_side.handle_customer_choice)
    conversation_handlers.register_choice_handler("consent",
                                                  consent_answers.handle_customer_choice)
    conversation_handlers.register_choice_handler("privacy",
                                                  privacy_erasure.handle_customer_choice)
    conversation_handlers.register_command("withdraw", consent_withdrawal.start_withdrawal)
    conversation_handlers.register_command("export", privacy_export.request_export)
    conversation_handlers.register_command("erase", privacy_erasure.request_erasure)


def _connect_consent_and_media() -> None:
    """Consent decides who opens a customer's file; privacy keeps the log of every attempt."""
    from marketplace.consent import access as consent_access
    from marketplace.consent import hooks as consent_hooks
    from marketplace.privacy import access_log
    from marketplace.quotes import hooks as quote_hooks

    consent_hooks.record_media_access.plug(access_log.record_media_access)
    # Admins open a job's files on quotes' job page, through the same decision and log.
    quote_hooks.open_job_media_as_admin.plug(consent_access.open_as_admin)


def _connect_quotes_and_jobs() -> None:
    from marketplace.jobs import hooks as job_hooks
    from marketplace.jobs import signals as job_signals
    from marketplace.quotes import queries as quote_queries
    from marketplace.quotes import receivers as quote_receivers
    from marketplace.quotes import signals as quote_signals

    # Routing sits above jobs: a new job is offered to businesses after its commit, and
    # leads are quotes' rows, so quotes counts them for the job's status.
    job_signals.job_created.connect(quote_receivers.route_new_job, weak=False)
    job_hooks.lead_count.plug(quote_queries.lead_count)
    # Consent sits above quotes: a new lead and an accepted quote each lead to a question
    # to the customer, asked once routing's or the chat's unit of work has committed.
    quote_signals.lead_offered.connect(_ask_media_consent, weak=False)
    quote_signals.quote_accepted.connect(_ask_contact_consent, weak=False)


def _ask_media_consent(_sender: object, *, lead_id: int, **_extra: object) -> None:
    from marketplace.consent import tasks as consent_tasks
    from marketplace.tasks import enqueue

    enqueue(consent_tasks.request_media_consent, lead_id)


def _ask_contact_consent(_sender: object, *, lead_id: int, **_extra: object) -> None:
    from marketplace.consent import tasks as consent_tasks
    from marketplace.tasks import enqueue

    enqueue(consent_tasks.request_contact_consent, lead_id)


def _connect_accounts_tenancy_verification() -> None:
    from marketplace.consent import views as consent_views
    from marketplace.geo import signals as geo_signals
    from marketplace.quotes import views as quote_views
    from marketplace.tenancy import dashboard
    from marketplace.tenancy import signals as tenancy_signals
    from marketplace.verification import receivers as verification_receivers
    from marketplace.verification import views as verification_views

    # Verification keeps the business's own steps in its history and judges newly offered
    # trades against the documents, inside tenancy's unit of work.
    tenancy_signals.profile_event.connect(verification_receivers.record_profile_event,
                                          weak=False)
    tenancy_signals.profile_updated.connect(
        verification_receivers.recompute_after_profile_update, weak=False)
    # New centroids make the routing's cached neighbour distances stale.
    geo_signals.geodata_changed.connect(_forget_cached_neighbours, weak=False)
    # The dashboard's start page, top to bottom: requests, verification, consents.
    dashboard.register_dashboard_section(quote_views.dashboard_section, order=10)
    dashboard.register_dashboard_section(verification_views.dashboard_section, order=20)
    dashboard.register_dashboard_section(consent_views.dashboard_section, order=30)


def _forget_cached_neighbours(_sender: object, **_extra: object) -> None:
    from marketplace.quotes import routing

    routing.clear_neighbours()


def _connect_privacy() -> None:
    pass


def _connect_threads() -> None:
    """The job conversation, the business's side (writing to the customer)."""
    from marketplace.channels import signals as channel_signals
    from marketplace.threads import outgoing as thread_outgoing

    # Outside WhatsApp's window a business message goes out as a template notice only; the
    # customer's next message reopens the window, and the text follows in the same unit of
    # work that stores that message.
    channel_signals.customer_message_stored.connect(thread_outgoing.deliver_after_notice,
                                                    weak=False)


def _connect_thread_replies() -> None:
    """The job conversation, the customer's side (replies find their thread)."""
    from marketplace.conversations import handlers as conversation_handlers
    from marketplace.threads import receivers as thread_receivers

    # The customer's words reach a business's thread before the intake reads them: by a
    # reply to its message, a reply button, or as the one active thread (commands, which
    # the bot answers first, keep working inside a thread).
    conversation_handlers.register_message_router(
        "threads", thread_receivers.route_customer_message, order=50, needs_job=True)
    conversation_handlers.register_choice_handler(
        thread_receivers.CHOICE_PREFIX, thread_receivers.handle_thread_choice)


def _connect_contact_details() -> None:
    """Contact details after consent, masked until then."""
    from marketplace.consent import contact as consent_contact
    from marketplace.consent import ledger as consent_ledger
    from marketplace.jobs import masking
    from marketplace.quotes import notifications as quote_notifications

    # Jobs and quotes show the customer's words to businesses; only the consent ledger may
    # say whether the contact details in them are visible yet.
    masking.visible_text_slot.plug(consent_ledger.visible_text_for)
    # The "you won" e-mail names the contact details if the customer already agreed.
    quote_notifications.won_email_contact_text.plug(consent_contact.won_email_contact_text)


def _connect_work() -> None:
    """Appointments and the job's progress after the award."""
    from marketplace.conversations import handlers as conversation_handlers
    from marketplace.quotes import signals as quote_signals
    from marketplace.tenancy import dashboard
    from marketplace.work import appointments as work_appointments
    from marketplace.work import progress as work_progress
    from marketplace.work import views as work_views

    conversation_handlers.register_choice_handler(
        "appt", work_appointments.handle_customer_choice)
    conversation_handlers.register_choice_handler("job", work_progress.handle_customer_choice)
    # The message right after "other times" names the times that suit the customer: it
    # goes to that business before the job conversation or the intake could read it.
    conversation_handlers.register_message_router(
        "appointments", work_appointments.take_other_times_words, order=40, needs_job=True)
    # The award's confirmation is followed by what happens next (and how to cancel); the
    # other businesses' site visits end.
    quote_signals.quote_accepted.connect(work_progress.after_award, weak=False)
    dashboard.register_dashboard_section(work_views.dashboard_section, order=15)


def _connect_notifications() -> None:
    """Nobody waits unseen: e-mails, the web chat's way back, Telegram for businesses."""
    from marketplace.accounts import views as account_views
    from marketplace.conversations import handlers as conversation_handlers
    from marketplace.quotes import signals as quote_signals
    from marketplace.tenancy import dashboard
    from marketplace.threads import business_alerts, telegram_link
    from marketplace.threads import signals as thread_signals

    # A web-chat customer with an e-mail address hears of quotes and business messages.
    quote_signals.quote_sent.connect(business_alerts.on_quote_sent, weak=False)
    thread_signals.business_message_sent.connect(business_alerts.on_business_message_sent,
                                                 weak=False)
    # The business hears of new leads (Telegram; quotes sends the e-mail) and of customer
    # messages (e-mail and Telegram).
    quote_signals.lead_offered.connect(business_alerts.on_lead_offered, weak=False)
    thread_signals.customer_message_received.connect(
        business_alerts.on_customer_message_received, weak=False)
    # A business user's link code reaches the bot before the intake would greet them.
    conversation_handlers.register_message_router("telegram-link",
                                                  telegram_link.take_link_code, order=10)
    dashboard.register_dashboard_section(account_views.dashboard_section, order=40)


def _connect_archive() -> None:
    """The job archive and what an erasure keeps by law."""
    from marketplace.archive import hooks as archive_hooks
    from marketplace.archive import views as archive_views
    from marketplace.privacy import retained
    from marketplace.tenancy import dashboard

    # Privacy keeps an erased customer's accepted quote; the archive (below privacy) shows
    # it to the business on its dashboard, after requests, verification and consents.
    archive_hooks.retained_quotes.plug(retained.retained_quotes)
    archive_hooks.retained_quote.plug(retained.retained_quote)
    dashboard.register_dashboard_section(archive_views.retained_section, order=45)


def _connect_integrations() -> None:
    """The business's own systems hear of its leads, messages, awards, appointments and
    completed jobs (a webhook delivery recorded in the same unit of work as its cause)."""
    from marketplace.integrations import receivers
    from marketplace.integrations import views as integration_views
    from marketplace.jobs import signals as job_signals
    from marketplace.quotes import signals as quote_signals
    from marketplace.reviews import signals as review_signals
    from marketplace.tenancy import dashboard
    from marketplace.threads import signals as thread_signals
    from marketplace.work import signals as work_signals

    quote_signals.lead_offered.connect(receivers.on_lead_offered, weak=False)
    quote_signals.quote_accepted.connect(receivers.on_quote_accepted, weak=False)
    thread_signals.customer_message_received.connect(receivers.on_customer_message,
                                                     weak=False)
    work_signals.appointment_confirmed.connect(receivers.on_appointment_confirmed, weak=False)
    job_signals.job_status_changed.connect(receivers.on_job_status_changed, weak=False)
    review_signals.review_published.connect(receivers.on_review_published, weak=False)
    dashboard.register_dashboard_section(integration_views.dashboard_section, order=48)


def _connect_insight() -> None:
    """The console's start page (what waits, then the marketplace's health) and each
    business's own figures on its dashboard."""
    from marketplace.admin.views import add_admin_panel
    from marketplace.insight import queues as insight_queues
    from marketplace.insight import views as insight_views
    from marketplace.tenancy import dashboard

    insight_queues.register_queues()
    add_admin_panel(insight_views.admin_panel, order=10)
    dashboard.register_dashboard_section(insight_views.dashboard_section, order=12)


def _connect_reviews() -> None:
    """Reviews from real jobs: asked after the customer confirms completion; their stars
    in the quote comparison (quotes sits below reviews)."""
    from marketplace.conversations import handlers as conversation_handlers
    from marketplace.quotes import hooks as quote_hooks
    from marketplace.reviews import invitations as review_invitations
    from marketplace.reviews import queries as review_queries
    from marketplace.reviews import views as review_views
    from marketplace.reviews.notifications import CHOICE_PREFIX
    from marketplace.tenancy import dashboard
    from marketplace.work import signals as work_signals

    # Sent after the confirmation's commit: the star question is its own unit of work.
    work_signals.job_completion_confirmed.connect(_ask_for_review, weak=False)
    conversation_handlers.register_choice_handler(CHOICE_PREFIX,
                                                  review_invitations.handle_customer_choice)
    # The words after the star question are the review's, before the job conversation
    # (50) or the appointments' "other times" (40) could take them.
    conversation_handlers.register_message_router("reviews", review_invitations.take_words,
                                                  order=30, needs_job=True)
    quote_hooks.business_reputations.plug(review_queries.reputations)
    dashboard.register_dashboard_section(review_views.dashboard_section, order=35)


def _ask_for_review(_sender: object, *, job_id: int, **_extra: object) -> None:
    """The signal comes after the confirmation's commit, so the task is handed to the queue
    now (`enqueue` would wait for a commit that does not follow); a queue outage is logged
    and never undoes the customer's confirmation."""
    import logging

    from marketplace import tasks
    from marketplace.reviews import tasks as review_tasks

    try:
        tasks.dispatch(tasks.task_path(review_tasks.ask_for_review), (job_id,))
    except Exception:
        logging.getLogger(__name__).exception("could not ask for a review of job %s", job_id)
