"""In Chromium: the browser copy with many people. Restore N people from a backup file, read them
back on a reload, and what one tick writes (the store's data on the WebSocket) with them all.

Run from the repo root: .venv/bin/python bench/bench_saving.py [--people 10000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interview_coach.saving import backup_file, records  # noqa: E402
from tests.browser.conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    VIEWPORT,
    _start_server,
    local_cluster,
)
from tests.browser.helpers import open_app, wait_for_app, wait_for_store  # noqa: E402

NAME = "information-interview-coach"
COUNT_JS = f"() => Object.keys(localStorage).filter(k => k.startsWith('{NAME}/')).length"


def backup(path: Path, count: int) -> None:
    texts = {f"person/p{n:06d}": records.person_text(
        {"id": f"p{n:06d}", "name": f"Person {n}", "organization": "Clinic",
         "stage": "Requested", "stage_dates": {"To ask": "2026-10-01", "Requested": "2026-10-02"},
         "updated": 1_700_000_000_000 + n}) for n in range(count)}
    path.write_bytes(backup_file.write_backup(texts, "2026-12-01T00:00:00Z"))


def store_sizes(page) -> list[int]:
    """Bytes of the data of every browser_store element the server sends from now on."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    sizes: list[int] = []

    def read(frame: bytes) -> None:
        message = ForwardMsg()
        message.ParseFromString(frame)
        element = message.delta.new_element
        if element.WhichOneof("type") == "bidi_component" and \
                element.bidi_component.component_name.endswith("browser_store"):
            sizes.append(len(element.bidi_component.json.encode()))

    page.on("websocket", lambda ws: ws.on("framereceived", read))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    count = parser.parse_args().people
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "backup.json"
        backup(file, count)
        file_bytes = file.stat().st_size
        process, url = _start_server(ROOT / "app.py", Path(tmp) / "server.log")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                     args=CHROMIUM_ARGS)
                page = browser.new_context(viewport=VIEWPORT).new_page()
                page.set_default_timeout(300_000)
                sizes = store_sizes(page)
                open_app(page, f"{url}/checklist")
                wait_for_store(page)
                page.get_by_text("Restore from a file").click()
                page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
                    str(file))
                page.get_by_role("button", name="Replace my work with the file").wait_for()
                sizes.clear()
                start = time.monotonic()
                page.get_by_role("button", name="Replace my work with the file").click()
                page.wait_for_function(f"() => ({COUNT_JS})() >= {count}", polling=100,
                                       timeout=300_000)
                restore_s = time.monotonic() - start
                restore_bytes = max(sizes, default=0)
                wait_for_app(page, timeout_ms=300_000)
                stored_chars = page.evaluate(f"""() => Object.entries(localStorage)
                  .filter(([k]) => k.startsWith('{NAME}/'))
                  .reduce((n, [k, v]) => n + k.length + v.length, 0)""")
                start = time.monotonic()
                page.reload()
                wait_for_store(page, timeout_ms=300_000)
                reload_s = time.monotonic() - start
                sizes.clear()
                page.get_by_text("Research the industry").first.click()
                wait_for_app(page)
                tick_bytes = sizes[:]
                browser.close()
        finally:
            local_cluster.stop(process)
    print(json.dumps({
        "people": count,
        "file_bytes": file_bytes,
        "restore_click_to_all_stored_s": round(restore_s, 2),
        "restore_write_message_bytes": restore_bytes,
        "stored_characters": stored_chars,
        "reload_to_work_shown_s": round(reload_s, 2),
        "one_tick_store_data_bytes": tick_bytes,
    }, indent=1))


if __name__ == "__main__":
    main()
