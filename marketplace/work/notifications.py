"""Every text of appointments and of the job's progress: chat messages to the customer (all
through the outbound gate), e-mails to the business's users who want them.

Each text is written in the reader's language (`force_locale`). Nothing here commits: chat
messages are queued and e-mails scheduled inside the caller's unit of work.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale, ngettext
from flask_babel import gettext as _

from marketplace.accounts.models import Role, User
from marketplace.channels import gate as channels_gate
from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import Choice, Outbound, Purpose, TemplateRef
from marketplace.channels.models import Customer, Message
from marketplace.consent import ledger
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.mail import send_email
from marketplace.quotes.formatting import trade_label
from marketplace.quotes.models import Lead
from marketplace.work.models import Appointment, AppointmentKind
from marketplace.work.timeslots import slot_title

# Outside WhatsApp's 24-hour window only an approved template may go out (the gate holds
# the message otherwise); its parameters: business, job reference, time or state.
APPOINTMENT_TEMPLATE = "appointment_update"
JOB_UPDATE_TEMPLATE = "job_update"


# --- to the customer, in the chat ----------------------------------------------------------

def _queue(job: JobRequest, text: str, *, purpose: Purpose, template: str,
           params: tuple[str, ...], choices: tuple[Choice, ...] = (),
           closes: tuple[str, ...] = (), choices_label: str = "",
           template_buttons: tuple[str, ...] = ()) -> Message | None:
    customer = job.customer
    template_ref = None
    if not channels_gate.window_is_open(customer):
        # The template's fixed button ("Ansehen") brings the current state back with its
        # own buttons, once the tap has reopened the window.
        template_ref = TemplateRef(name=template, language=customer.language, parameters=params,
                                   button_payloads=template_buttons)
    return channels_outbound.queue_outbound(
        customer, Outbound(text=text, choices=choices, choices_label=choices_label,
                           template=template_ref, closes_choices=closes),
        purpose=purpose, job_request_id=job.id)


def _to_customer(appointment: Appointment, text: str, *, choices: tuple[Choice, ...] = (),
                 closes: tuple[str, ...] = (), when: str = "",
                 choices_label: str = "") -> Message | None:
    lead = appointment_lead(appointment)
    job = lead.job_request
    return _queue(job, text, purpose=Purpose.APPOINTMENT, template=APPOINTMENT_TEMPLATE,
                  params=(lead.tenant.name, job.reference, when), choices=choices,
                  closes=closes, choices_label=choices_label,
                  template_buttons=(f"appt:show:{appointment.id}",))


def appointment_lead(appointment: Appointment) -> Lead:
    return db.session.get(Lead, appointment.lead_id)


def what(appointment: Appointment) -> str:
    return _("site visit") if appointment.kind == AppointmentKind.VISIT else _("work date")


def when(appointment: Appointment, language: str) -> str:
    if appointment.starts_at is None or appointment.ends_at is None:
        return ""
    return slot_title(appointment.starts_at, appointment.ends_at, language)


def button_ids(appointment: Appointment) -> tuple[str, ...]:
    """Every button this appointment ever showed the customer (closed once it changes)."""
    return (*(f"appt:pick:{slot.id}" for slot in appointment.slots),
            f"appt:other:{appointment.id}", f"appt:cancel:{appointment.id}")


def send_proposal(appointment: Appointment, *, replaced: Appointment | None) -> Message | None:
    lead = appointment_lead(appointment)
    customer = lead.job_request.customer
    with force_locale(customer.language):
        lines = [_("%(business)s proposes times for your request %(ref)s: %(what)s. Which "
                   "time suits you?", business=lead.tenant.name, what=what(appointment),
                   ref=lead.job_request.reference)]
        if replaced is not None:
            lines.append(_("These times replace the earlier proposal."))
        if appointment.note:
            lines.append(f"„{appointment.note}“")
        choices = [Choice(f"appt:pick:{slot.id}",
                          slot_title(slot.starts_at, slot.ends_at, customer.language))
                   for slot in appointment.slots]
        choices.append(Choice(f"appt:other:{appointment.id}", _("Suggest another time")))
        return _to_customer(appointment, "\n".join(lines), choices=tuple(choices),
                            closes=button_ids(replaced) if replaced is not None else (),
                            when=choices[0].title, choices_label=_("Choose a time"))


def send_confirmation(appointment: Appointment) -> Message | None:
    lead = appointment_lead(appointment)
    customer = lead.job_request.customer
    with force_locale(customer.language):
        slot_time = when(appointment, customer.language)
        text = _("Confirmed: %(what)s with %(business)s on %(when)s (request %(ref)s). We will "
                 "remind you the day before. If the time no longer suits you, suggest another "
                 "one or cancel it here.",
                 what=what(appointment), business=lead.tenant.name, when=slot_time,
                 ref=lead.job_request.reference)
        # Short titles: two of them fit WhatsApp's reply buttons (20 characters each).
        choices = (Choice(f"appt:other:{appointment.id}", _("Another time")),
                   Choice(f"appt:cancel:{appointment.id}", _("Cancel appointment")))
        closes = tuple(choice for choice in button_ids(appointment)
                       if not choice.startswith(("appt:cancel:", "appt:other:")))
        return _to_customer(appointment, text, choices=choices, closes=closes, when=slot_time)


def ask_for_other_times(appointment: Appointment) -> Message | None:
    lead = appointment_lead(appointment)
    with force_locale(lead.job_request.customer.language):
        text = _("Which days and times would suit you? Please write them in your next "
                 "message; we will pass it on to %(business)s, who will propose new times.",
                 business=lead.tenant.name)
        return _to_customer(appointment, text, closes=button_ids(appointment))


def thank_for_other_times(appointment: Appointment) -> Message | None:
    lead = appointment_lead(appointment)
    with force_locale(lead.job_request.customer.language):
        text = _("Thank you, we have passed this on to %(business)s. New times will arrive "
                 "here in this chat.", business=lead.tenant.name)
        return _to_customer(appointment, text)


def tell_cancelled(appointment: Appointment, *, by_customer: bool) -> Message | None:
    lead = appointment_lead(appointment)
    customer = lead.job_request.customer
    with force_locale(customer.language):
        slot_time = when(appointment, customer.language)
        if by_customer:
            text = _("You have cancelled the appointment (%(what)s) with %(business)s. "
                     "%(business)s has been told.", what=what(appointment),
                     business=lead.tenant.name)
        else:
            text = _("%(business)s has cancelled the appointment (%(what)s) for your request "
                     "%(ref)s.",
                     business=lead.tenant.name, what=what(appointment),
                     ref=lead.job_request.reference)
            if slot_time:
                text += " " + _("(It was planned for %(when)s.)", when=slot_time)
            if appointment.cancel_reason:
                text += "\n" + _("Reason: %(reason)s", reason=appointment.cancel_reason)
        return _to_customer(appointment, text, closes=button_ids(appointment), when=slot_time)


def send_reminder(appointment: Appointment) -> Message | None:
    lead = appointment_lead(appointment)
    customer = lead.job_request.customer
    with force_locale(customer.language):
        slot_time = when(appointment, customer.language)
        text = _("Reminder: tomorrow, %(when)s – %(what)s with %(business)s (request %(ref)s).",
                 what=what(appointment), business=lead.tenant.name, when=slot_time,
                 ref=lead.job_request.reference)
        choices = (Choice(f"appt:cancel:{appointment.id}", _("Cancel appointment")),)
        return _to_customer(appointment, text, choices=choices, when=slot_time)


def reply_stale(customer: Customer, appointment: Appointment | None) -> Message | None:
    """A button of an appointment that has changed since: a plain answer, nothing done."""
    from marketplace.work.models import AppointmentStatus

    with force_locale(customer.language):
        if appointment is None:
            text = _("This appointment is no longer available.")
        elif appointment.status == AppointmentStatus.REPLACED:
            text = _("These times are no longer valid: newer times were proposed. Please use "
                     "the buttons of the latest message.")
        elif appointment.status == AppointmentStatus.CANCELLED:
            text = _("This appointment has been cancelled, so this button no longer works.")
        elif appointment.status == AppointmentStatus.CONFIRMED:
            text = _("This appointment is already confirmed for %(when)s.",
                     when=when(appointment, customer.language))
        else:
            text = _("This time is no longer available. Please choose another one or suggest "
                     "another time.")
    return channels_outbound.queue_outbound(customer, Outbound(text=text),
                                            purpose=Purpose.SERVICE_REPLY)


# --- the job's progress, to the customer -----------------------------------------------------

def _job_choices(job: JobRequest) -> tuple[Choice, ...]:
    return (Choice(f"job:cancel:{job.id}", _("Cancel the job")),)


def _to_customer_about_job(lead: Lead, text: str, *, state: str,
                           choices: tuple[Choice, ...] = (),
                           closes: tuple[str, ...] = ()) -> Message | None:
    job = lead.job_request
    return _queue(job, text, purpose=Purpose.JOB_UPDATE, template=JOB_UPDATE_TEMPLATE,
                  params=(lead.tenant.name, job.reference, state), choices=choices,
                  closes=closes)


def tell_next_steps(lead: Lead) -> Message | None:
    """After the award: what happens now, and the way to cancel if plans change."""
    job = lead.job_request
    with force_locale(job.customer.language):
        text = _("What happens next: %(business)s will propose a date here in this chat. We "
                 "will tell you when the work starts and when it is done; STATUS shows where "
                 "your request stands. If your plans change, you can cancel the job here.",
                 business=lead.tenant.name)
        return _to_customer_about_job(lead, text, state=_("awarded"),
                                      choices=_job_choices(job))


def tell_progress(lead: Lead, status: str, *, reason: str | None = None) -> Message | None:
    from marketplace.jobs.models import JobStatus

    job = lead.job_request
    business = lead.tenant.name
    with force_locale(job.customer.language):
        choices: tuple[Choice, ...] = ()
        closes: tuple[str, ...] = ()
        if status == JobStatus.IN_PROGRESS:
            text = _("%(business)s has started the work on your request %(ref)s.",
                     business=business, ref=job.reference)
            choices = _job_choices(job)
            state = _("work started")
        elif status == JobStatus.CANCELLED:
            text = _("%(business)s has cancelled the job %(ref)s.", business=business,
                     ref=job.reference)
            if reason:
                text += "\n" + _("Reason: %(reason)s", reason=reason)
            text += "\n" + _("Write NEW whenever you want to start a new request.")
            closes = tuple(choice.id for choice in _job_choices(job))
            state = _("cancelled")
        else:
            return None
        return _to_customer_about_job(lead, text, state=state, choices=choices, closes=closes)


def ask_to_confirm_cancel(lead: Lead) -> Message | None:
    job = lead.job_request
    with force_locale(job.customer.language):
        text = _("Do you really want to cancel the job %(ref)s with %(business)s? "
                 "%(business)s will be told.", ref=job.reference, business=lead.tenant.name)
        choices = (Choice(f"job:cancel_confirm:{job.id}", _("Yes, cancel")),
                   Choice(f"job:keep:{job.id}", _("No, keep it")))
        return _to_customer_about_job(lead, text, state=_("awarded"), choices=choices)


def tell_cancelled_by_customer(lead: Lead) -> Message | None:
    job = lead.job_request
    with force_locale(job.customer.language):
        text = _("You have cancelled the job %(ref)s. %(business)s has been told. Write NEW "
                 "whenever you want to start a new request.", ref=job.reference,
                 business=lead.tenant.name)
        closes = (f"job:cancel:{job.id}", f"job:cancel_confirm:{job.id}", f"job:keep:{job.id}")
        return _to_customer_about_job(lead, text, state=_("cancelled"), closes=closes)


def tell_kept(lead: Lead) -> Message | None:
    job = lead.job_request
    with force_locale(job.customer.language):
        text = _("Fine, the job %(ref)s stays as it is.", ref=job.reference)
        closes = (f"job:cancel_confirm:{job.id}", f"job:keep:{job.id}")
        return channels_outbound.queue_outbound(job.customer, Outbound(text=text,
                                                                       closes_choices=closes),
                                                purpose=Purpose.SERVICE_REPLY)


def completion_choices(job: JobRequest) -> tuple[Choice, ...]:
    return (Choice(f"job:done:{job.id}", _("Yes, all done")),
            Choice(f"job:problem:{job.id}", _("Report a problem")))


def ask_to_confirm_completion(lead: Lead, summary: str, photo_count: int) -> Message | None:
    """After the completion photos: what was done, and the customer's two buttons."""
    job = lead.job_request
    with force_locale(job.customer.language):
        lines = [_("%(business)s has marked the work on your request %(ref)s as completed.",
                   business=lead.tenant.name, ref=job.reference)]
        if summary:
            lines.append(_("Their summary: %(summary)s", summary=summary))
        if photo_count:
            lines.append(ngettext("The photo of the finished work is above.",
                                  "The %(num)s photos of the finished work are above.",
                                  photo_count))
        lines.append(_("Is everything done as agreed? Please confirm, or tell us if something "
                       "is not right."))
        return _to_customer_about_job(
            lead, "\n".join(lines), state=_("completed"), choices=completion_choices(job),
            closes=tuple(choice.id for choice in _job_choices(job)))


def _closing_reply(job: JobRequest, text: str) -> Message | None:
    closes = tuple(choice.id for choice in completion_choices(job))
    return channels_outbound.queue_outbound(
        job.customer, Outbound(text=text, closes_choices=closes), purpose=Purpose.SERVICE_REPLY,
        job_request_id=job.id)


def thank_for_confirmation(lead: Lead) -> Message | None:
    job = lead.job_request
    with force_locale(job.customer.language):
        return _closing_reply(job, _("Thank you! You confirmed that the job %(ref)s is "
                                     "completed. %(business)s has been told.",
                                     ref=job.reference, business=lead.tenant.name))


def tell_problem_reported(lead: Lead) -> Message | None:
    job = lead.job_request
    with force_locale(job.customer.language):
        return _closing_reply(job, _("We have told %(business)s that something is not right "
                                     "and reopened the job %(ref)s. Please write here what "
                                     "is wrong; your message goes to %(business)s.",
                                     ref=job.reference, business=lead.tenant.name))


def reply_job_not_available(customer: Customer) -> Message | None:
    with force_locale(customer.language):
        text = _("This job can no longer be changed here. STATUS shows where your requests "
                 "stand.")
    return channels_outbound.queue_outbound(customer, Outbound(text=text),
                                            purpose=Purpose.SERVICE_REPLY)


# --- to the business, by e-mail -------------------------------------------------------------

def _recipients(tenant_id: int) -> list[User]:
    """Owners and office staff who have not turned e-mail notifications off."""
    return list(db.session.scalars(
        sa.select(User).where(User.tenant_id == tenant_id, User.is_enabled,
                              User.notify_by_email.is_(True),
                              User.role.in_((Role.OWNER, Role.OFFICE)))
        .order_by(User.id)).all())


def _url(path: str) -> str:
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + path


def ics_url(appointment: Appointment) -> str:
    return _url(f"/dashboard/leads/{appointment.lead_id}/appointments/{appointment.id}.ics")


def _email_business(lead: Lead, subject_and_body) -> None:
    for user in _recipients(lead.tenant_id):
        with force_locale(user.preferred_language):
            subject, body = subject_and_body(user.preferred_language)
        send_email(user.email, subject, body)


def _heading(lead: Lead) -> dict[str, str]:
    job = lead.job_request
    return {"ref": job.reference, "trade": trade_label(job.trade_code),
            "area": job.postcode_area, "url": _url(f"/dashboard/leads/{lead.id}")}


def email_confirmed(appointment: Appointment) -> None:
    lead = appointment_lead(appointment)

    def compose(language: str) -> tuple[str, str]:
        slot_time = when(appointment, language)
        subject = _("Appointment confirmed: %(ref)s, %(when)s", ref=lead.job_request.reference,
                    when=slot_time)
        body = _("The customer confirmed the appointment (%(what)s) for %(ref)s (%(trade)s, "
                 "%(area)s): %(when)s.\n\nAdd it to your calendar: %(ics)s\nDetails: %(url)s",
                 what=what(appointment), when=slot_time, ics=ics_url(appointment),
                 **_heading(lead))
        return subject, body

    _email_business(lead, compose)


def email_other_times(appointment: Appointment, words: str | None = None) -> None:
    lead = appointment_lead(appointment)
    visible = ledger.visible_text_for(lead.tenant, lead.job_request, words) if words else ""

    def compose(language: str) -> tuple[str, str]:
        subject = _("Other times asked for %(ref)s", ref=lead.job_request.reference)
        if visible:
            body = _("The customer wrote which times would suit them (%(what)s) for "
                     "%(ref)s (%(trade)s, %(area)s):\n\n„%(words)s“\n\nPlease propose new "
                     "times: %(url)s", what=what(appointment), words=visible,
                     **_heading(lead))
        else:
            body = _("The customer asks for other times (%(what)s) for %(ref)s "
                     "(%(trade)s, %(area)s). We asked them which times would suit; their "
                     "answer will reach you in the job conversation: %(url)s",
                     what=what(appointment), **_heading(lead))
        return subject, body

    _email_business(lead, compose)


def email_cancelled_by_customer(appointment: Appointment) -> None:
    lead = appointment_lead(appointment)

    def compose(language: str) -> tuple[str, str]:
        subject = _("Appointment cancelled by the customer: %(ref)s",
                    ref=lead.job_request.reference)
        body = _("The customer cancelled the appointment (%(what)s, %(when)s) for %(ref)s "
                 "(%(trade)s, %(area)s).\n\nDetails: %(url)s", what=what(appointment),
                 when=when(appointment, language) or _("no time chosen yet"),
                 **_heading(lead))
        return subject, body

    _email_business(lead, compose)


def email_reminder(appointment: Appointment) -> None:
    lead = appointment_lead(appointment)

    def compose(language: str) -> tuple[str, str]:
        slot_time = when(appointment, language)
        subject = _("Reminder: %(what)s tomorrow, %(ref)s", what=what(appointment),
                    ref=lead.job_request.reference)
        body = _("Tomorrow, %(when)s: %(what)s for %(ref)s (%(trade)s, %(area)s).\n\n"
                 "Calendar: %(ics)s\nDetails: %(url)s", when=slot_time, what=what(appointment),
                 ics=ics_url(appointment), **_heading(lead))
        return subject, body

    _email_business(lead, compose)


def email_problem_reported(lead: Lead) -> None:
    def compose(language: str) -> tuple[str, str]:
        subject = _("Problem reported by the customer: %(ref)s", ref=lead.job_request.reference)
        body = _("The customer reported a problem with the finished work on %(ref)s "
                 "(%(trade)s, %(area)s). The job is open again (in progress); their words "
                 "follow in the job conversation.\n\nDetails: %(url)s", **_heading(lead))
        return subject, body

    _email_business(lead, compose)


def email_crew_assigned(lead: Lead, members: list[User]) -> None:
    """Tell crew members they are on a job, with the link to their phone page."""
    for member in members:
        if not member.notify_by_email:
            continue
        with force_locale(member.preferred_language):
            heading = _heading(lead) | {"url": _url(f"/crew/leads/{lead.id}")}
            send_email(member.email, _("You are on the job %(ref)s", ref=heading["ref"]),
                       _("You have been put on the job %(ref)s (%(trade)s, %(area)s). Dates, "
                         "directions and photos: %(url)s", **heading))


def email_job_cancelled_by_customer(lead: Lead) -> None:
    def compose(language: str) -> tuple[str, str]:
        subject = _("Job cancelled by the customer: %(ref)s", ref=lead.job_request.reference)
        body = _("The customer cancelled the job %(ref)s (%(trade)s, %(area)s) in the chat. "
                 "Any appointments for it are cancelled too.\n\nDetails: %(url)s",
                 **_heading(lead))
        return subject, body

    _email_business(lead, compose)
