"""A business writes to the customer from the lead page; what reaches the customer.

Through the real URLs: the owner logged in on the dashboard, the customer's web chat poll,
and for WhatsApp the local Graph API stand-in (including a template outside the 24-hour
window, a held message without one, and STOP).
"""

from __future__ import annotations

import io
import json

from PIL import Image

from marketplace.channels.base import ChannelName
from marketplace.threads import signals
from tests.channels.conftest import PAGE_ID, PHONE_NUMBER_ID, post_webhook
from tests.channels.test_media import jpeg_with_location, png_bytes
from tests.threads.outgoing_world import (
    BUSINESS,
    WA_ID,
    chat_client,
    chat_messages,
    make_setup,
    outbound_of,
    page_text,
    post_message,
    thread_rows,
)

SEND_PATH = rf"/{PHONE_NUMBER_ID}/messages$"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def graph_sends(providers) -> list[dict]:
    return [call.json() for call in providers.calls("POST", SEND_PATH)]


def whatsapp_webhook(body: dict) -> bytes:
    return json.dumps({"object": "whatsapp_business_account", "entry": [{
        "id": "WABA", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "4930000000",
                         "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Jonas"}, "wa_id": WA_ID}],
            "messages": [{"from": WA_ID, "id": body.pop("id"), "timestamp": "1793609990",
                          **body}]}}]}]}).encode()


# --- web chat ---------------------------------------------------------------------------


def test_a_question_before_quoting_reaches_the_web_chat_marked_with_name_reference_and_button(
        app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)

    page = post_message(client, setup.lead_id, "Ist das Dach zugänglich? Welches Material?")

    assert page.status_code == 200
    assert "Ihre Nachricht wurde an die Kundschaft gesendet." in page.get_data(as_text=True)
    received = chat_messages(chat_client(app, setup))
    assert [message["text"] for message in received] == [
        f"{BUSINESS} (Anfrage {setup.reference}): Ist das Dach zugänglich? Welches Material?"]
    assert received[0]["choices"] == [{"id": f"thread:reply:{setup.lead_id}",
                                       "title": "Antworten", "description": ""}]
    # The poll delivered it; the business sees that on its page, with its own words.
    html = page_text(client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True))
    assert "Unterhaltung mit der Kundschaft" in html
    assert "Ist das Dach zugänglich? Welches Material?" in html
    assert "Zugestellt" in html


def test_a_long_message_is_split_between_sentences_and_an_overlong_one_refused(
        app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)
    sentence = "Die Dachrinne auf der Nordseite muss vollständig erneuert werden. "
    text = (sentence * 90).strip()  # about 5900 characters; the web chat takes 4000

    post_message(client, setup.lead_id, text)

    received = [message["text"] for message in chat_messages(chat_client(app, setup))]
    assert len(received) == 2
    first, second = received
    assert first.startswith(f"{BUSINESS} (Anfrage {setup.reference}, Teil 1 von 2): ")
    assert second.startswith(f"{BUSINESS} (Anfrage {setup.reference}, Teil 2 von 2): ")
    assert all(len(part) <= 4000 for part in received)
    # Each part ends at the end of a sentence, and together they are the whole message.
    assert first.endswith("werden.")
    assert second.endswith("werden.")
    bodies = [part.split("): ", 1)[1] for part in received]
    assert " ".join(bodies) == text
    # Only the last part carries the reply button.
    polled = chat_messages(chat_client(app, setup))
    assert [bool(message["choices"]) for message in polled] == [False, True]

    page = post_message(client, setup.lead_id, "x" * 8001)
    assert ("Eine Nachricht darf höchstens 8000 Zeichen haben; diese hat 8001."
            in page_text(page.get_data(as_text=True)))
    assert len(chat_messages(chat_client(app, setup))) == 2


def test_a_photo_reaches_the_customer_without_location_or_camera_data(
        app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)

    post_message(client, setup.lead_id, "So sieht das bei einem anderen Dach aus.",
                 files=(("IMG_0042.jpg", jpeg_with_location()),))

    received = chat_messages(chat_client(app, setup))
    photo = received[0]
    assert photo["text"] == (f"{BUSINESS} (Anfrage {setup.reference}) hat Ihnen ein Foto "
                             "geschickt.")
    chat = chat_client(app, setup)
    path = photo["link_url"].removeprefix("http://testserver.local")
    opened = chat.get(path)
    assert opened.status_code == 200
    assert opened.headers["Content-Type"] == "image/jpeg"
    image = Image.open(io.BytesIO(opened.data))
    assert dict(image.getexif()) == {}
    assert b"Musterstrasse" not in opened.data
    assert b"PhoneMaker" not in opened.data
    # Turned upright from the EXIF orientation (40x20 rotated), like the customer's photos.
    assert image.size == (20, 40)
    # Nobody else opens it: another browser, or the business's page without a login.
    assert app.test_client().get(path).status_code == 404
    # The business opens its own file from its page.
    rows = thread_rows(app, setup.lead_id)
    assert (rows[0].author, rows[0].text) == ("business", "")
    html = client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True)
    own = f"/dashboard/leads/{setup.lead_id}/messages/files/"
    assert own in html
    link = html[html.index(own):html.index('"', html.index(own))]
    assert client.get(link).status_code == 200


def test_a_pdf_is_sent_and_an_exe_refused_with_the_allowed_types(
        app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)

    page = post_message(client, setup.lead_id, "Anbei das Angebot im Detail",
                        files=(("setup.exe", b"MZ\x90\x00" + b"\x00" * 200),))

    assert ("Dieser Dateityp ist nicht erlaubt. Erlaubt sind: JPEG, PNG, HEIC, PDF."
            in page_text(page.get_data(as_text=True)))
    assert thread_rows(app, setup.lead_id) == []
    assert chat_messages(chat_client(app, setup)) == []

    post_message(client, setup.lead_id, "Anbei das Angebot im Detail",
                 files=(("angebot.pdf", PDF),))

    pdf, text = chat_messages(chat_client(app, setup))
    assert pdf["text"] == f"{BUSINESS} (Anfrage {setup.reference}) hat Ihnen ein PDF geschickt."
    opened = chat_client(app, setup).get(pdf["link_url"].removeprefix("http://testserver.local"))
    assert opened.headers["Content-Type"] == "application/pdf"
    assert opened.data == PDF
    assert text["text"].endswith("Anbei das Angebot im Detail")
    assert "PDF öffnen" in client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True)


# --- WhatsApp through the Graph API stand-in ----------------------------------------------


def test_over_whatsapp_the_question_reaches_graph_with_a_reply_button(
        app, client, make_tenant, make_user, login_as, providers):
    setup = make_setup(app, make_tenant, make_user, channel=ChannelName.WHATSAPP)
    login_as(setup.owner)

    post_message(client, setup.lead_id, "Welches Material hat das Dach?")

    (sent,) = graph_sends(providers)
    assert sent["to"] == f"+{WA_ID}"
    assert sent["type"] == "interactive"
    assert sent["interactive"]["body"]["text"] == (
        f"{BUSINESS} (Anfrage {setup.reference}): Welches Material hat das Dach?")
    assert sent["interactive"]["action"]["buttons"] == [
        {"type": "reply", "reply": {"id": f"thread:reply:{setup.lead_id}", "title": "Antworten"}}]
    # The business sees its message as sent, never the customer's number.
    html = client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True)
    assert "Gesendet" in page_text(html)
    assert WA_ID not in html
    assert "Jonas Beispiel" not in html


def test_a_photo_over_whatsapp_is_uploaded_without_its_metadata(
        app, client, make_tenant, make_user, login_as, providers):
    setup = make_setup(app, make_tenant, make_user, channel=ChannelName.WHATSAPP)
    login_as(setup.owner)

    post_message(client, setup.lead_id, files=(("dach.jpg", jpeg_with_location()),))

    (upload,) = providers.calls("POST", rf"/{PHONE_NUMBER_ID}/media$")
    assert b"image/jpeg" in upload.body
    assert b"Exif" not in upload.body
    assert b"Musterstrasse" not in upload.body
    assert b"PhoneMaker" not in upload.body
    bodies = graph_sends(providers)
    assert bodies[0]["type"] == "image"
    # The photo carries the reply button (it is the last message of this send).
    assert bodies[-1]["interactive"]["action"]["buttons"][0]["reply"]["id"] == (
        f"thread:reply:{setup.lead_id}")


def test_outside_the_window_an_approved_template_goes_first_and_the_text_after_the_tap(
        app, client, make_tenant, make_user, login_as, providers, monkeypatch):
    monkeypatch.setitem(app.config, "WHATSAPP_APPROVED_TEMPLATES", ("business_message",))
    setup = make_setup(app, make_tenant, make_user, channel=ChannelName.WHATSAPP,
                       last_inbound_hours_ago=30)
    login_as(setup.owner)

    page = post_message(client, setup.lead_id, "Passt Ihnen Dienstag für die Besichtigung?")

    (sent,) = graph_sends(providers)
    assert sent["type"] == "template"
    template = sent["template"]
    assert template["name"] == "business_message"
    assert template["components"] == [
        {"type": "body", "parameters": [{"type": "text", "text": BUSINESS},
                                        {"type": "text", "text": setup.reference}]},
        {"type": "button", "sub_type": "quick_reply", "index": "0",
         "parameters": [{"type": "payload", "payload": f"thread:reply:{setup.lead_id}"}]}]
    assert "Die Kundschaft erhält einen Hinweis" in page_text(page.get_data(as_text=True))
    html = page_text(client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True))
    assert "Hinweis gesendet" in html

    # The customer taps the template's button: the window is open again, the text follows.
    tap = whatsapp_webhook({"id": "wamid.TAP1", "type": "button",
                            "context": {"from": "4930000000", "id": "wamid.OUT0001"},
                            "button": {"payload": f"thread:reply:{setup.lead_id}",
                                       "text": "Antworten"}})
    assert post_webhook(client, "whatsapp", tap).status_code == 200

    texts = [body.get("text", {}).get("body") or body.get("interactive", {}).get(
        "body", {}).get("text") for body in graph_sends(providers)[1:]]
    assert (f"{BUSINESS} (Anfrage {setup.reference}): Passt Ihnen Dienstag für die "
            "Besichtigung?") in texts
    html = page_text(client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True))
    assert "Hinweis gesendet" not in html


def test_outside_the_window_without_a_template_the_message_is_held_and_the_business_told(
        app, client, make_tenant, make_user, login_as, providers):
    setup = make_setup(app, make_tenant, make_user, channel=ChannelName.WHATSAPP,
                       last_inbound_hours_ago=30)
    login_as(setup.owner)
    before = page_text(client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True))
    assert "vor mehr als 24 Stunden zuletzt geschrieben" in before

    page = post_message(client, setup.lead_id, "Können wir am Freitag kommen?")

    assert graph_sends(providers) == []
    assert "Gespeichert, aber nicht zugestellt" in page_text(page.get_data(as_text=True))
    (message,) = outbound_of(app, setup.customer_id)
    assert message.status == "held"
    html = page_text(client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True))
    assert "Nicht zugestellt: Die Kundschaft hat vor mehr als 24 Stunden zuletzt geschrieben" \
        in html
    assert "Können wir am Freitag kommen?" in html


def test_after_stop_nothing_is_sent_and_the_business_sees_why(
        app, client, make_tenant, make_user, login_as, providers):
    setup = make_setup(app, make_tenant, make_user, channel=ChannelName.WHATSAPP)
    stop = whatsapp_webhook({"id": "wamid.STOP1", "type": "text", "text": {"body": "STOP"}})
    assert post_webhook(client, "whatsapp", stop).status_code == 200
    after_stop = len(graph_sends(providers))  # the STOP confirmation
    login_as(setup.owner)

    page = post_message(client, setup.lead_id, "Sind Sie noch interessiert?")

    assert len(graph_sends(providers)) == after_stop
    assert ("Nicht gesendet: Die Kundschaft hat keine Nachrichten mehr erlaubt"
            in page_text(page.get_data(as_text=True)))
    html = page_text(client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True))
    assert "Sind Sie noch interessiert?" in html
    assert "Die Kundschaft hat keine Nachrichten mehr erlaubt (sie hat STOP geschrieben). " \
           "Es wurde nichts gesendet." in html
    (entry,) = thread_rows(app, setup.lead_id)
    assert entry.channel_message_id is None


def test_on_messenger_a_text_without_sentences_is_split_between_words(
        app, client, make_tenant, make_user, login_as, providers):
    setup = make_setup(app, make_tenant, make_user, channel=ChannelName.MESSENGER)
    login_as(setup.owner)
    words = [f"Dachziegel{number}" for number in range(250)]  # about 3000 characters
    text = " ".join(words)

    post_message(client, setup.lead_id, text)

    sent = [call.json()["message"] for call in providers.calls("POST", rf"/{PAGE_ID}/messages$")]
    assert len(sent) == 2
    assert all(len(message["text"]) <= 2000 for message in sent)  # Messenger's cap
    bodies = [message["text"].split("): ", 1)[1] for message in sent]
    # No word is cut: every part ends and starts with a whole word.
    assert " ".join(bodies).split() == words
    assert "quick_replies" not in sent[0]
    assert sent[1]["quick_replies"][0]["payload"] == f"thread:reply:{setup.lead_id}"


def test_the_business_message_sent_signal_names_the_lead_and_the_first_entry(
        app, client, make_tenant, make_user, login_as):
    setup = make_setup(app, make_tenant, make_user)
    heard = []

    def receiver(_sender, **data):
        heard.append(data)

    signals.business_message_sent.connect(receiver)
    try:
        login_as(setup.owner)
        post_message(client, setup.lead_id, "Zwei Fotos anbei",
                     files=(("a.png", png_bytes()), ("b.png", png_bytes())))
    finally:
        signals.business_message_sent.disconnect(receiver)

    rows = thread_rows(app, setup.lead_id)
    assert [(row.text, len(row.media)) for row in rows] == [("", 1), ("", 1),
                                                           ("Zwei Fotos anbei", 0)]
    assert heard == [{"lead_id": setup.lead_id, "thread_message_id": rows[0].id}]


def test_a_held_message_reaches_the_customer_when_they_write_again(
        app, client, make_tenant, make_user, login_as, providers):
    setup = make_setup(app, make_tenant, make_user, channel=ChannelName.WHATSAPP,
                       last_inbound_hours_ago=30)
    login_as(setup.owner)
    post_message(client, setup.lead_id, "Können wir am Freitag kommen?")
    assert graph_sends(providers) == []

    answer = whatsapp_webhook({"id": "wamid.BACK1", "type": "text",
                               "text": {"body": "Hallo, ich bin wieder da"}})
    assert post_webhook(client, "whatsapp", answer).status_code == 200

    assert any("Können wir am Freitag kommen?" in json.dumps(body, ensure_ascii=False)
               for body in graph_sends(providers))
    (message,) = [row for row in outbound_of(app, setup.customer_id)
                  if "Freitag" in (row.text or "")]
    assert message.status == "sent"
