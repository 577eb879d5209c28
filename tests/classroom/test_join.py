"""The Join screen's address and QR code."""

import io

import pytest
import zxingcpp
from PIL import Image

from interview_coach.classroom.join import app_address, is_local, qr_png


@pytest.mark.parametrize("page_url, expected", [
    ("http://10.0.4.7:8501/join", "http://10.0.4.7:8501/"),
    ("https://coach.example.edu/coach/join?x=1#top", "https://coach.example.edu/coach/"),
    ("https://coach.example.edu/join/", "https://coach.example.edu/"),
    ("https://coach.example.edu/", "https://coach.example.edu/"),
])
def test_the_address_is_the_apps_own_without_the_page(page_url, expected):
    assert app_address(page_url, "join") == expected


def test_a_configured_public_address_wins():
    assert app_address("http://127.0.0.1:8501/join", "join",
                       " https://coach.example.edu/ ") == "https://coach.example.edu/"


@pytest.mark.parametrize("address, local", [
    ("http://127.0.0.1:8501/", True), ("http://localhost:8501/", True),
    ("http://[::1]:8501/", True), ("http://0.0.0.0:8501/", True),
    ("http://10.0.4.7:8501/", False), ("https://coach.example.edu/", False)])
def test_local_addresses_are_told_apart(address, local):
    assert is_local(address) is local


def test_the_qr_code_decodes_to_the_address():
    address = "https://coach.example.edu/coach/"
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr_png(address))))
    assert found.text == address and found.format == zxingcpp.BarcodeFormat.QRCode
