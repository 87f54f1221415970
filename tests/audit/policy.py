"""Who may use each route: the declared access policy the matrix test holds the app to.

Every endpoint of `app.url_map` has one row. A new route without a row fails
`tests/audit/test_access_matrix.py`: say who may use it before it ships.
"""

from __future__ import annotations

from enum import StrEnum


class Policy(StrEnum):
    PUBLIC = "public"  # anyone, logged in or not
    LINK = "link"  # anyone holding an unguessable token in the URL (a bogus one opens nothing)
    CHAT = "chat"  # anyone: the web chat opens a customer session by cookie
    WEBHOOK = "webhook"  # the messengers, authenticated by signature inside the view
    BUSINESS = "business"  # any user of a business: owner, office, crew
    ANSWERING = "answering"  # owner and office (crew get 403)
    OWNER = "owner"  # the owner only
    ADMIN = "admin"  # platform admins only (others get the console's 404)
    API = "api"  # a business user's API token, any role
    API_ANSWERING = "api_answering"  # a business user's API token, owner or office
    # A business user's API token; the answer may still be a 403 the customer's consent
    # decides (contact details before the customer shared them).
    API_CONSENT = "api_consent"


ROUTE_POLICY: dict[str, Policy] = {
    # public pages, health, language, login
    "static": Policy.PUBLIC,
    "site.index": Policy.PUBLIC,
    "site.privacy_notice": Policy.PUBLIC,
    "site.healthz": Policy.PUBLIC,
    "site.readyz": Policy.PUBLIC,
    "site.set_language": Policy.PUBLIC,
    "accounts.login": Policy.PUBLIC,
    "accounts.logout": Policy.PUBLIC,
    "onboarding.register": Policy.PUBLIC,
    "consent.demo_customer": Policy.PUBLIC,
    "site.business_profile": Policy.PUBLIC,
    "site.portfolio_photo": Policy.PUBLIC,
    "reviews.report": Policy.PUBLIC,
    # secret links (e-mailed, or shown in the chat)
    "onboarding.confirm_email": Policy.LINK,
    "onboarding.accept_invitation": Policy.LINK,
    "consent.notice": Policy.LINK,
    "consent.decide": Policy.LINK,
    "consent.open_file": Policy.LINK,
    "privacy.export_page": Policy.LINK,
    "privacy.export_download": Policy.LINK,
    "webchat.chat_resume": Policy.LINK,
    "threads.open_chat_file": Policy.LINK,
    # the web chat
    "webchat.chat_page": Policy.CHAT,
    "webchat.chat_poll": Policy.CHAT,
    "webchat.chat_send_text": Policy.CHAT,
    "webchat.chat_send_choice": Policy.CHAT,
    "webchat.chat_send_location": Policy.CHAT,
    "webchat.chat_send_photo": Policy.CHAT,
    "webhooks.handshake": Policy.WEBHOOK,
    "webhooks.receive": Policy.WEBHOOK,
    # the dashboard
    "dashboard.index": Policy.BUSINESS,
    "insight.business_page": Policy.BUSINESS,
    "reviews.dashboard_reviews": Policy.BUSINESS,
    "reviews.answer": Policy.ANSWERING,
    "site.portfolio_page": Policy.ANSWERING,
    "site.remove_portfolio_photo": Policy.ANSWERING,
    "dashboard.resend_confirmation": Policy.ANSWERING,
    "dashboard.profile": Policy.ANSWERING,
    "dashboard.pause": Policy.ANSWERING,
    "dashboard.resume": Policy.ANSWERING,
    "dashboard.subcontractors": Policy.ANSWERING,
    "dashboard.edit_subcontractor": Policy.ANSWERING,
    "dashboard.remove_subcontractor": Policy.ANSWERING,
    "dashboard.team": Policy.BUSINESS,
    "dashboard.team_member": Policy.BUSINESS,
    "dashboard.set_member_enabled": Policy.OWNER,
    "dashboard.change_role": Policy.OWNER,
    "dashboard.revoke_invitation": Policy.OWNER,
    "dashboard.invite": Policy.OWNER,
    "accounts.notifications": Policy.ANSWERING,
    "accounts.notifications_email": Policy.ANSWERING,
    "accounts.notifications_telegram_code": Policy.ANSWERING,
    "accounts.notifications_telegram_unlink": Policy.ANSWERING,
    "api_tokens.list_tokens": Policy.ANSWERING,
    "api_tokens.create_token": Policy.ANSWERING,
    "api_tokens.revoke_token": Policy.ANSWERING,
    "quotes.list_leads": Policy.BUSINESS,
    "quotes.show_lead": Policy.BUSINESS,
    "quotes.mark_viewed": Policy.BUSINESS,
    "quotes.decline_lead": Policy.ANSWERING,
    "quotes.submit_quote": Policy.ANSWERING,
    "quotes.update_quote": Policy.ANSWERING,
    "quotes.withdraw_quote": Policy.ANSWERING,
    "threads.send_message": Policy.ANSWERING,
    "threads.open_file": Policy.BUSINESS,
    "work.propose_appointment": Policy.ANSWERING,
    "work.appointment_calendar": Policy.BUSINESS,
    "work.cancel_appointment": Policy.ANSWERING,
    "work.change_status": Policy.ANSWERING,
    "work.assign_crew": Policy.ANSWERING,
    # the crew's phone pages: any user of the business; a crew member only on the jobs
    # they are assigned to (another crew's job is a 404, as another business's)
    "work.crew_home": Policy.BUSINESS,
    "work.crew_job": Policy.BUSINESS,
    "work.crew_post_note": Policy.BUSINESS,
    "work.crew_send_photos": Policy.BUSINESS,
    "work.crew_complete": Policy.BUSINESS,
    "work.crew_photo": Policy.BUSINESS,
    "integrations.index": Policy.ANSWERING,
    "integrations.add_endpoint": Policy.ANSWERING,
    "integrations.rotate_secret": Policy.ANSWERING,
    "integrations.remove_endpoint": Policy.ANSWERING,
    "integrations.issue_calendar_address": Policy.ANSWERING,
    "integrations.switch_calendar_off": Policy.ANSWERING,
    "calendar_feed.appointments": Policy.LINK,
    "archive.download_archive": Policy.ANSWERING,
    "archive.retained_list": Policy.ANSWERING,
    "archive.retained_detail": Policy.ANSWERING,
    "consent.lead_gallery": Policy.BUSINESS,
    "consent.ask_for_media": Policy.BUSINESS,
    "verification.overview": Policy.ANSWERING,
    "verification.document": Policy.ANSWERING,
    "verification.answer": Policy.ANSWERING,
    "verification.document_file": Policy.ANSWERING,
    "verification.upload": Policy.ANSWERING,
    # the admin console
    "admin.index": Policy.ADMIN,
    "verification_admin.businesses": Policy.ADMIN,
    "verification_admin.business": Policy.ADMIN,
    "verification_admin.business_status": Policy.ADMIN,
    "verification_admin.trade_status": Policy.ADMIN,
    "verification_admin.queue": Policy.ADMIN,
    "verification_admin.review": Policy.ADMIN,
    "verification_admin.decide": Policy.ADMIN,
    "verification_admin.approve": Policy.ADMIN,
    "verification_admin.review_file": Policy.ADMIN,
    "channels_admin.inbox_problems": Policy.ADMIN,
    "channels_admin.inbox_event": Policy.ADMIN,
    "channels_admin.review_inbox_event": Policy.ADMIN,
    "channels_admin.outbound_problems": Policy.ADMIN,
    "channels_admin.dismiss_outbound": Policy.ADMIN,
    "channels_admin.mark_outbound_delivered": Policy.ADMIN,
    "channels_admin.retry_outbound": Policy.ADMIN,
    "insight.health": Policy.ADMIN,
    "reviews.admin_reports": Policy.ADMIN,
    "reviews.decide": Policy.ADMIN,
    "insight.health_csv": Policy.ADMIN,
    "consent.admin_events": Policy.ADMIN,
    "consent.admin_events_csv": Policy.ADMIN,
    "consent.admin_proof": Policy.ADMIN,
    "consent.admin_receipt": Policy.ADMIN,
    "quotes.jobs.admin_list": Policy.ADMIN,
    "quotes.jobs.admin_detail": Policy.ADMIN,
    "quotes.jobs.admin_cancel": Policy.ADMIN,
    "quotes.jobs.admin_media": Policy.ADMIN,
    "quotes.admin_jobs": Policy.ADMIN,
    "quotes.admin_job": Policy.ADMIN,
    "geo.overview": Policy.ADMIN,
    "trades.catalogue": Policy.ADMIN,
    "privacy.admin_customer": Policy.ADMIN,
    "privacy.admin_customer_erase": Policy.ADMIN,
    "privacy.admin_customer_export": Policy.ADMIN,
    "privacy.admin_deletion_log": Policy.ADMIN,
    "privacy.admin_access_log": Policy.ADMIN,
    # the business API
    "api.openapi_document": Policy.PUBLIC,
    "api.list_leads": Policy.API_ANSWERING,
    "api.get_lead": Policy.API_ANSWERING,
    "api.mark_viewed": Policy.API_ANSWERING,
    "api.decline_lead": Policy.API_ANSWERING,
    "api.list_quotes": Policy.API_ANSWERING,
    "api.create_quote": Policy.API_ANSWERING,
    "api.get_quote": Policy.API_ANSWERING,
    "api.replace_quote": Policy.API_ANSWERING,
    "api.patch_quote": Policy.API_ANSWERING,
    "api.withdraw_quote": Policy.API_ANSWERING,
    "api.list_thread_messages": Policy.API_ANSWERING,
    "api.send_thread_message": Policy.API_ANSWERING,
    "api.open_thread_file": Policy.API_ANSWERING,
    "api.lead_contact": Policy.API_CONSENT,
    "api.list_appointments": Policy.API_ANSWERING,
    "api.propose_appointment": Policy.API_ANSWERING,
    "api.cancel_appointment": Policy.API_ANSWERING,
    "api.appointment_calendar": Policy.API_ANSWERING,
    "api.change_job_status": Policy.API_ANSWERING,
    "api.lead_archive": Policy.API_ANSWERING,
}

# Path parameters that name a tenant-owned row: the table the id comes from. Another
# business's id in one of them must be a 404 that shows and changes nothing.
TENANT_ID_PARAMS: dict[str, str] = {
    "lead_id": "lead",
    "quote_id": "quote",
    "appointment_id": "appointment",
    "document_id": "verification_document",
    "user_id": "user_account",
    "token_id": "api_token",
    "subcontractor_id": "subcontractor",
    "invitation_id": "team_invitation",
    "record_id": "retained_record",
    "review_id": "review",
    "photo_id": "portfolio_photo",
}
# Platform-wide ids (admin pages): any existing row, and the out-of-range ones.
PLATFORM_ID_PARAMS: dict[str, str] = {
    "tenant_id": "tenant",
    "job_id": "job_request",
    "customer_id": "customer",
    "event_id": "consent_event",
    "inbox_id": "inbox_event",
    "message_id": "message",
    "report_id": "review_report",
}
OUT_OF_RANGE_IDS = (2**31, 2**63)
