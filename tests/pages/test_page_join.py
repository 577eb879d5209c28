"""The Join page: the app's address as large text and a QR code (AppTest)."""

from apptest_helpers import open_page


def test_join_shows_the_configured_address_and_its_code(monkeypatch):
    monkeypatch.setenv("INTERVIEW_COACH_PUBLIC_URL", "https://coach.example.edu/")
    at = open_page("join")
    assert not at.exception
    assert [c.value for c in at.code] == ["https://coach.example.edu/"]
    [qr] = [h.proto.body for h in at.get("html") if "data:image/png;base64," in h.proto.body]
    assert 'alt="QR code for https://coach.example.edu/"' in qr
    assert not at.warning  # a public address: no "only this computer" warning


def test_a_local_address_gets_a_warning(monkeypatch):
    monkeypatch.setenv("INTERVIEW_COACH_PUBLIC_URL", "http://127.0.0.1:8501/")
    at = open_page("join")
    assert "only works on this computer" in at.warning[0].value
