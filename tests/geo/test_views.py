"""The admin postcode page: import state, distance check with credit, fallback without data."""

from marketplace.accounts.models import Role
from marketplace.geo.services import import_geonames


def test_without_data_the_page_explains_the_fallback(client, make_user, login_as):
    admin = login_as(make_user(role=Role.ADMIN))
    page = admin.get("/admin/postcodes/?origin=60311&target=60594").get_data(as_text=True)
    assert "geo import" in page
    assert "GeoNames (geonames.org), CC BY 4.0" in page
    assert ": 2" in page  # shared leading digits
    bad = admin.get("/admin/postcodes/?origin=123&target=60594").get_data(as_text=True)
    assert "123" in bad


def test_with_data_the_distance_is_shown_with_credit(app, client, make_user, login_as,
                                                      tmp_path):
    sample = tmp_path / "DE.txt"
    sample.write_text("DE\t10117\tBerlin\tBerlin\tBE\t\t00\t\t11000\t52.5170\t13.3889\t4\n"
                      "DE\t60311\tFrankfurt am Main\tHessen\tHE\t\t00\t\t06412\t50.1106"
                      "\t8.6822\t4\n", encoding="utf-8")
    with app.app_context():
        import_geonames(str(sample))
    admin = login_as(make_user(role=Role.ADMIN))
    page = admin.get("/admin/postcodes/?origin=60311&target=10117").get_data(as_text=True)
    assert "Frankfurt am Main" in page
    assert "Berlin" in page
    assert " km" in page
    assert "GeoNames (geonames.org), CC BY 4.0" in page
    unknown = admin.get("/admin/postcodes/?origin=60311&target=99999").get_data(as_text=True)
    assert "99999" in unknown
    assert client.get("/admin/postcodes/").status_code == 200
