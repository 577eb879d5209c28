"""The Join screen's address and QR code: how a room of students opens the coach.

The address is the configured public one when there is one (the server may sit behind a proxy
under another name), else the address the instructor's browser used, without the page's own
path. The QR code is drawn with segno as a PNG.
"""

from __future__ import annotations

import io
from ipaddress import ip_address
from urllib.parse import urlsplit, urlunsplit

import segno

QR_SCALE = 12  # pixels per module: about 450 px for a typical address
LOCAL_NAMES = {"localhost", "localhost.localdomain"}


def app_address(page_url: str, page_path: str, configured: str = "") -> str:
    """The app's own address: `configured` if set, else `page_url` without `/page_path`,
    its query or fragment (e.g. https://coach.example.edu/ for …/join?x=1)."""
    if configured.strip():
        return configured.strip()
    parts = urlsplit(page_url)
    path = parts.path
    if page_path and path.rstrip("/").endswith("/" + page_path):
        path = path.rstrip("/")[: -len(page_path)]
    return urlunsplit((parts.scheme, parts.netloc, path or "/", "", ""))


def is_local(address: str) -> bool:
    """True when only this computer can open the address (localhost, 127.x, ::1, 0.0.0.0)."""
    host = (urlsplit(address).hostname or "").lower()
    if host in LOCAL_NAMES:
        return True
    try:
        ip = ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def qr_png(address: str, scale: int = QR_SCALE) -> bytes:
    """The address as a QR code (medium error correction, the standard quiet border)."""
    out = io.BytesIO()
    segno.make(address, error="m").save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
