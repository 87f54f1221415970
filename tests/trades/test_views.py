"""The admin catalogue page and its detection box."""

from marketplace.accounts.models import Role


def test_catalogue_page_lists_every_anlage_and_tries_detection(client, make_user, login_as):
    admin = login_as(make_user(role=Role.ADMIN))
    page = admin.get("/admin/trades/").get_data(as_text=True)
    assert "Dachdecker" in page
    assert "Gebäudereiniger" in page
    assert "Bestattungsgewerbe" in page
    assert page.count("<code>") == 151
    result = admin.get("/admin/trades/?text=Heizung+f%C3%A4llt+aus").get_data(as_text=True)
    assert "Installateur und Heizungsbauer" in result or "Plumber and heating engineer" in result
    assert client.get("/admin/").status_code == 200


def test_catalogue_page_is_for_admins_only(client, make_user, make_tenant, login_as):
    assert client.get("/admin/trades/").status_code in (302, 401)
    owner = login_as(make_user(role=Role.OWNER, tenant=make_tenant()))
    assert owner.get("/admin/trades/").status_code == 404
