"""Crews on a won job: the office puts crew members on it; each sees only the jobs they are
on (another crew's job and another business's are a 404, the office sees all); the
customer's photos reach them only under the customer's consent, every opening logged;
their photos stay internal until someone sends them, then reach the customer's web chat
through the job conversation."""

from __future__ import annotations

import io

import sqlalchemy as sa
from PIL import Image

from marketplace.accounts.models import User
from marketplace.consent import asking
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.privacy.models import MediaAccess
from marketplace.tenancy.models import CrewAssignment, Tenant
from marketplace.work.models import WorkPhoto
from tests.consent.factories import jpeg_bytes, store_file
from tests.notifications.conftest import mailbox  # noqa: F401 - fixture
from tests.work.conftest import Office, choice_ids
from tests.work.crew_world import Phone, add_crew_member, jpeg_with_gps, tenant_of


def _assign(app, won, *user_ids: int, office: Office | None = None):
    office = office or Office(app, won.owner)
    return office.post(f"/dashboard/leads/{won.lead_id}/crew",
                       {"crew": [str(user_id) for user_id in user_ids]}, lead_id=won.lead_id)


def test_a_crew_member_sees_only_the_jobs_they_are_on(app, won, mailbox):  # noqa: F811
    mine = tenant_of(app, won.owner)
    anna_id, anna = add_crew_member(app, mine, "Anna Dach")
    ben_id, ben = add_crew_member(app, mine, "Ben Dach")
    _other_id, other_crew = add_crew_member(app, tenant_of(app, won.other_owner), "Cem Mitte")
    lead_page = Office(app, won.owner).lead_page(won.lead_id).get_data(as_text=True)
    assert "Anna Dach" in lead_page
    assert "Ben Dach" in lead_page

    assert _assign(app, won, anna_id).status_code == 302
    assert [mail for mail in mailbox.to(anna) if f"Auftrag {won.reference}" in mail]
    assert not mailbox.to(ben)

    url = f"/crew/leads/{won.lead_id}"
    anna_phone, ben_phone = Phone(app, anna), Phone(app, ben)
    page = anna_phone.get(url)
    assert page.status_code == 200
    assert f"Auftrag {won.reference}" in page.get_data(as_text=True)
    assert won.reference in anna_phone.get("/crew").get_data(as_text=True)
    assert anna_phone.get(f"/dashboard/leads/{won.lead_id}").status_code == 200
    # Ben is not on the job: the same 404 as for a job that does not exist, on the crew
    # page, the dashboard's lead page, its photo gallery and its list.
    assert ben_phone.get(url).status_code == 404
    assert ben_phone.get(f"/dashboard/leads/{won.lead_id}").status_code == 404
    assert ben_phone.get(f"/media/leads/{won.lead_id}").status_code == 404
    assert won.reference not in ben_phone.get("/dashboard/leads").get_data(as_text=True)
    assert won.reference not in ben_phone.get("/crew").get_data(as_text=True)
    # Another business's crew, and the other business's own (lost) lead.
    other_phone = Phone(app, other_crew)
    assert other_phone.get(url).status_code == 404
    assert other_phone.get(f"/crew/leads/{won.other_lead_id}").status_code == 404
    # The owner (and office) sees every won job of the business.
    owner = Phone(app, won.owner)
    assert owner.get(url).status_code == 200
    assert won.reference in owner.get("/crew").get_data(as_text=True)
    # A crew member cannot hand out jobs.
    assert anna_phone.post(f"/dashboard/leads/{won.lead_id}/crew",
                           {"crew": [str(anna_id), str(ben_id)]}).status_code == 403

    # The office moves the job from Anna to Ben; Anna's row stays as the record.
    _assign(app, won, ben_id)
    assert anna_phone.get(url).status_code == 404
    assert ben_phone.get(url).status_code == 200
    with app.app_context():
        rows = db.session.scalars(sa.select(CrewAssignment).where(
            CrewAssignment.job_request_id == won.job_id).order_by(CrewAssignment.id)).all()
        assert [(row.user_id, row.removed_at is not None) for row in rows] == [
            (anna_id, True), (ben_id, False)]


def test_only_enabled_crew_members_of_the_business_can_be_put_on_a_job(app, won):
    other_id, _ = add_crew_member(app, tenant_of(app, won.other_owner), "Cem Mitte")
    anna_id, _ = add_crew_member(app, tenant_of(app, won.owner), "Anna Dach")
    with app.app_context():
        db.session.get(User, anna_id).is_enabled = False
        db.session.commit()
        owner_id = db.session.scalar(sa.select(User.id).where(User.email == won.owner))
    # Another business's user is not even found.
    assert _assign(app, won, other_id).status_code == 404
    # A disabled crew member, or the owner (not crew), is refused with the reason.
    office = Office(app, won.owner)
    for user_id in (anna_id, owner_id):
        assert _assign(app, won, user_id, office=office).status_code == 302
        assert "Nur aktive Monteure können einem Auftrag zugeteilt werden." in \
            office.lead_page(won.lead_id).get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(CrewAssignment)) == 0


def test_customer_photos_reach_the_crew_only_with_consent_and_every_view_is_logged(app, won):
    mine = tenant_of(app, won.owner)
    anna_id, anna = add_crew_member(app, mine, "Anna Dach")
    _assign(app, won, anna_id)
    with app.app_context():
        job = db.session.get(JobRequest, won.job_id)
        for colour in ((10, 20, 30), (40, 50, 60)):
            job.media.append(store_file(job.customer, jpeg_bytes(colour)))
        db.session.commit()
    phone = Phone(app, anna)
    url = f"/crew/leads/{won.lead_id}"
    page = phone.get(url).get_data(as_text=True)
    assert "2 Fotos, sichtbar, sobald die Kundschaft sie für Ihren Betrieb freigibt." in page
    assert "/media/file/" not in page

    with app.app_context():
        tenant = db.session.get(Tenant, mine)
        owner = db.session.scalar(sa.select(User).where(User.email == won.owner))
        asking.ask_for_media(tenant, owner, lead_id=won.lead_id)
    [question] = [bubble for bubble in won.chat.received()
                  if any(choice.startswith("consent:agree:") for choice in choice_ids(bubble))]
    won.chat.taps(next(choice for choice in choice_ids(question)
                       if choice.startswith("consent:agree:")))

    page = phone.get(url).get_data(as_text=True)
    links = sorted({part.split('"')[0] for part in page.split('src="/media/file/')[1:]})
    assert len(links) == 2
    opened = phone.get(f"/media/file/{links[0]}")
    assert opened.status_code == 200
    assert Image.open(io.BytesIO(opened.data)).size == (8, 6)
    with app.app_context():
        [logged] = db.session.scalars(sa.select(MediaAccess).where(
            MediaAccess.user_id == anna_id)).all()
        assert (logged.decision, logged.tenant_id, logged.job_request_id) == (
            "allow", mine, won.job_id)

    # Taken off the job, Anna's open link no longer opens the photo (checked, and logged,
    # at the moment of opening).
    _assign(app, won)
    assert phone.get(f"/media/file/{links[1]}").status_code == 403
    with app.app_context():
        decisions = db.session.scalars(sa.select(MediaAccess.decision).where(
            MediaAccess.user_id == anna_id).order_by(MediaAccess.id)).all()
        assert decisions == ["allow", "deny"]


def test_crew_photos_stay_internal_until_sent_then_reach_the_web_chat_cleaned(app, won):
    mine = tenant_of(app, won.owner)
    anna_id, anna = add_crew_member(app, mine, "Anna Dach")
    _ben_id, ben = add_crew_member(app, mine, "Ben Dach")
    _assign(app, won, anna_id)
    phone = Phone(app, anna)
    won.chat.received()
    url = f"/crew/leads/{won.lead_id}"

    posted = phone.post(f"{url}/notes", {
        "text": "Lattung erneuert, Folie liegt.", "kind": "progress",
        "photos": [(io.BytesIO(jpeg_with_gps()), "IMG_0001.jpg"),
                   (io.BytesIO(jpeg_with_gps((20, 120, 60))), "IMG_0002.jpg")]})
    assert posted.status_code == 302
    assert won.chat.received() == []  # internal: nothing reached the customer
    page = phone.get(url).get_data(as_text=True)
    assert "Lattung erneuert, Folie liegt." in page
    with app.app_context():
        photos = db.session.scalars(sa.select(WorkPhoto).where(
            WorkPhoto.job_request_id == won.job_id).order_by(WorkPhoto.id)).all()
        photo_ids = [photo.id for photo in photos]
        public_ids = [photo.media_file.public_id for photo in photos]
    assert len(photo_ids) == 2
    stored = phone.get(f"{url}/photos/{public_ids[0]}")
    assert stored.status_code == 200
    assert not Image.open(io.BytesIO(stored.data)).getexif()  # EXIF and GPS are gone

    # Ben (not on the job) can neither see nor send them.
    ben_phone = Phone(app, ben)
    assert ben_phone.get(f"{url}/photos/{public_ids[0]}").status_code == 404
    assert ben_phone.post(f"{url}/send", {"photo": [str(photo_ids[0])]}).status_code == 404
    assert won.chat.received() == []

    sent = phone.post(f"{url}/send", {"photo": [str(photo_id) for photo_id in photo_ids]})
    assert sent.status_code == 302
    bubbles = won.chat.received()
    assert [bubble["text"] for bubble in bubbles] == [
        f"Dach Nord (Anfrage {won.reference}) hat Ihnen ein Foto geschickt."] * 2
    opened = won.chat.client.get(bubbles[0]["link_url"].removeprefix("http://testserver.local"))
    assert opened.status_code == 200
    assert not Image.open(io.BytesIO(opened.data)).getexif()
    # The office sees them in the job conversation on the lead page.
    assert public_ids[1] in Office(app, won.owner).lead_page(won.lead_id).get_data(as_text=True)

    # Sending them again is refused with the reason, and nothing goes out twice.
    again = phone.post(f"{url}/send", {"photo": [str(photo_ids[0])]})
    assert again.status_code == 302
    assert "Dieses Foto wurde der Kundschaft schon gesendet." in phone.get(url).get_data(
        as_text=True)
    assert won.chat.received() == []


def test_a_note_without_words_or_photos_is_refused_and_a_wrong_file_loses_nothing(app, won):
    anna_id, anna = add_crew_member(app, tenant_of(app, won.owner), "Anna Dach")
    _assign(app, won, anna_id)
    phone = Phone(app, anna)
    url = f"/crew/leads/{won.lead_id}"
    phone.post(f"{url}/notes", {"text": "  ", "kind": "progress"})
    assert "Bitte schreiben Sie eine Notiz oder wählen Sie ein Foto." in phone.get(url).get_data(
        as_text=True)
    phone.post(f"{url}/notes", {"text": "Gerüst steht", "kind": "progress",
                                "photos": [(io.BytesIO(b"MZ\x90\x00 not a photo"), "a.jpg")]})
    page = phone.get(url).get_data(as_text=True)
    assert "nicht erlaubt" in page
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(WorkPhoto)) == 0
