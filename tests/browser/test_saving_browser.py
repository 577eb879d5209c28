"""A student's work is never lost (issue 16), in Chromium: two tabs of one browser, a damaged
copy, the Remember choice, a shared computer, the demo, and the backup file into a new browser.
"""

from __future__ import annotations

import json
import time

import pytest

from interview_coach.saving.wording import load_saving_wording
from tests.browser.helpers import (
    exception_boxes,
    expect,
    open_app,
    saved_records,
    wait_for_app,
    wait_for_store,
)

pytestmark = pytest.mark.browser

WORDS = load_saving_wording()
NAME = "information-interview-coach"
FIRST, SECOND = "Research the industry", "Learn the organization's products"


def open_on(page, url: str, path: str) -> None:
    open_app(page, f"{url}/{path}")
    wait_for_store(page)


def tick(page, label: str) -> None:
    page.locator('[data-testid="stMain"] [data-testid="stCheckbox"]').filter(
        has_text=label).first.click()
    wait_for_app(page)


def done_count(page) -> str:
    return page.get_by_text("Done:").first.text_content()


def add_person(page, name: str) -> None:
    wait_for_app(page)
    folded = page.locator('[data-testid="stExpander"] details').filter(
        has_text="Add someone you could ask")
    if folded.get_attribute("open") is None:  # the quick add folds once the list has someone
        folded.locator("summary").click()
    box = page.get_by_label("Their name")
    box.fill(name)
    page.get_by_role("button", name="Add to my list").click()
    wait_for_app(page)
    expect(page.get_by_text(name).first).to_be_visible()


def wait_records(page, test: str, arg=None, area: str = "localStorage") -> None:
    """Wait until `test` (JavaScript on `records`, key -> text, and `arg`) holds."""
    page.wait_for_function(
        f"""([area, arg]) => {{ const records = Object.fromEntries(Object.entries(window[area])
          .filter(([k]) => k.startsWith("{NAME}/")).map(([k, t]) => [k.slice({len(NAME) + 1}), t]));
          return {test}; }}""", arg=[area, arg], timeout=60_000)


def wait_stored_text(page, text: str) -> None:
    """Wait until some key or value of this browser's storage holds `text` (whatever the
    layout of the copy)."""
    page.wait_for_function("(text) => Object.entries(localStorage).some(([k, v]) =>"
                           " k.includes(text) || v.includes(text))", arg=text, timeout=60_000)


def people_named(records: dict[str, str]) -> list[str]:
    return sorted(json.loads(t)["v"]["name"] for k, t in records.items()
                  if k.startswith("person/"))


def choose_where(page, label: str) -> None:
    page.locator('[data-testid="stSidebar"]').get_by_text(label).click()
    wait_for_app(page)


# --- two tabs of one browser ----------------------------------------------------------------


def test_people_added_in_one_tab_and_a_tick_in_the_other_both_survive(new_context, app_url):
    context = new_context()
    checklist, people = context.new_page(), context.new_page()
    open_on(checklist, app_url, "checklist")
    open_on(people, app_url, "people")
    for name in ("Ana Ruiz", "Ben Okafor", "Chloe Martin"):
        add_person(people, name)
    wait_stored_text(people, "Chloe Martin")
    tick(checklist, FIRST)  # the tab that never saw the people page writes only its tick
    wait_stored_text(checklist, "research-industry")
    for page in (checklist, people):
        page.reload()
        wait_for_store(page)
    for name in ("Ana Ruiz", "Ben Okafor", "Chloe Martin"):
        expect(people.get_by_text(name).first).to_be_visible()
    stored = saved_records(people)
    assert people_named(stored) == ["Ana Ruiz", "Ben Okafor", "Chloe Martin"]
    assert json.loads(stored["checklist/research-industry"])["v"]["done"] is True
    expect(checklist.get_by_text("Done: 1 of")).to_be_visible()
    assert exception_boxes(checklist) == exception_boxes(people) == 0


def test_ticks_in_two_tabs_both_survive_and_each_tab_shows_both(new_context, app_url):
    context = new_context()
    one, two = context.new_page(), context.new_page()
    open_on(one, app_url, "checklist")
    open_on(two, app_url, "checklist")
    tick(one, FIRST)
    wait_stored_text(one, "research-industry")
    tick(two, SECOND)
    wait_stored_text(two, "research-organization")
    one.reload()
    wait_for_store(one)
    expect(one.get_by_text("Done: 2 of")).to_be_visible()
    expect(two.get_by_text("Done: 2 of")).to_be_visible()  # heard from the other tab


def test_a_stale_tab_writes_only_what_it_changed(new_context, app_url):
    context = new_context()
    stale, fresh = context.new_page(), context.new_page()
    open_on(stale, app_url, "checklist")
    cdp = context.new_cdp_session(stale)
    cdp.send("Page.setWebLifecycleState", {"state": "frozen"})  # hears nothing meanwhile
    open_on(fresh, app_url, "people")
    for name in ("Dana Lee", "Eli Stone"):
        add_person(fresh, name)
    wait_stored_text(fresh, "Eli Stone")
    cdp.send("Page.setWebLifecycleState", {"state": "active"})
    tick(stale, FIRST)
    wait_stored_text(stale, "research-industry")
    time.sleep(0.5)  # anything else the stale tab would write has been written by now
    fresh.reload()
    wait_for_store(fresh)
    expect(fresh.get_by_text("Eli Stone").first).to_be_visible()
    expect(fresh.get_by_text("Dana Lee").first).to_be_visible()
    assert people_named(saved_records(fresh)) == ["Dana Lee", "Eli Stone"]


def test_forget_in_one_tab_reaches_the_other_and_stays_forgotten(new_context, app_url):
    context = new_context()
    one, two = context.new_page(), context.new_page()
    open_on(one, app_url, "checklist")
    tick(one, FIRST)
    open_on(two, app_url, "checklist")
    expect(two.get_by_text("Done: 1 of")).to_be_visible()
    one.get_by_text(WORDS.forget.button).click()
    one.get_by_role("button", name=WORDS.forget.confirm).click()
    wait_for_app(one)
    expect(two.get_by_text("Done: 0 of")).to_be_visible()  # the other tab forgot it too
    expect(two.get_by_text(WORDS.forget.forgotten_elsewhere)).to_be_visible()
    tick(two, SECOND)  # its next write holds only this new tick, not the forgotten one
    wait_stored_text(two, "research-organization")
    one.reload()
    wait_for_store(one)
    expect(one.get_by_text("Done: 1 of")).to_be_visible()
    assert list(saved_records(two)) == ["checklist/research-organization"]


# --- what is stored can always be read back ---------------------------------------------------


def plant_and_open(page, url: str, path: str, entries: dict[str, str]) -> None:
    open_app(page, url)
    page.evaluate("(entries) => { for (const [k, v] of Object.entries(entries))"
                  " localStorage.setItem(k, v); }", entries)
    open_on(page, url, path)


def v1_copy(parts: dict) -> str:
    return json.dumps({"app": NAME, "version": 1, "parts": parts})


def test_a_far_future_date_is_kept_and_read_back(page, app_url):
    # An old copy whose log has a date its reader refuses: that cell is set aside, not the log.
    log = ("date,contact,organization,status\r\n2150-09-03,Far Future,Mars Base,Scheduled\r\n"
           "2026-10-01,Ana Ruiz,Clinic,Completed\r\n")
    dated = json.dumps({"u": 5, "v": {"id": "pfar", "name": "Dee Far", "stage": "Scheduled",
                                      "date": "2150-09-03"}})
    plant_and_open(page, app_url, "people", {NAME: v1_copy({"log_csv": log})})
    expect(page.get_by_text("Far Future").first).to_be_visible()
    expect(page.get_by_text("Ana Ruiz").first).to_be_visible()
    page.evaluate("(text) => localStorage.setItem('information-interview-coach/person/pfar',"
                  " text)", dated)  # as the app's own copy holds a far-future interview
    page.reload()
    wait_for_store(page)
    for name in ("Far Future", "Ana Ruiz", "Dee Far"):
        expect(page.get_by_text(name).first).to_be_visible()
    tick_records = saved_records(page)
    assert json.loads(tick_records["person/pfar"])["v"]["date"] == "2150-09-03"
    assert people_named(tick_records) == ["Ana Ruiz", "Dee Far", "Far Future"]
    assert exception_boxes(page) == 0


def test_one_huge_writing_field_loses_no_other_draft(page, app_url):
    huge = "x" * 250_000
    writing = {"request": {"program": huge}, "thank_you": {"learned": "what the nurse said"}}
    plant_and_open(page, app_url, "checklist", {NAME: v1_copy({"writing": writing})})
    expect(page.get_by_text("longer than the coach allows").first).to_be_visible()
    wait_records(page, "'writing/thank_you' in records && 'writing/request' in records")
    stored = saved_records(page)
    assert json.loads(stored["writing/thank_you"])["v"] == {"learned": "what the nurse said"}
    assert len(json.loads(stored["writing/request"])["v"]["program"]) == 200_000
    page.reload()
    wait_for_store(page)
    assert json.loads(saved_records(page)["writing/thank_you"])["v"]["learned"] == \
        "what the nurse said"


def test_a_damaged_copy_is_kept_for_download_never_overwritten(page, app_url):
    broken = '{"app":"information-interview-coach","version":1,"parts":{"picks":[' + "{" * 3
    good_tick = json.dumps({"u": 1, "v": {"done": True, "note": "ask Robin"}})
    plant_and_open(page, app_url, "checklist", {
        NAME: broken, f"{NAME}/person/p1": "{not a record",
        f"{NAME}/checklist/research-industry": good_tick})
    expect(page.get_by_text("could not be read").first).to_be_visible()
    expect(page.get_by_text("Done: 1 of")).to_be_visible()  # the good record is back
    tick(page, SECOND)
    page.reload()
    wait_for_store(page)
    kept = page.evaluate("() => Object.entries(localStorage)")
    texts = [text for _, text in kept]
    assert "{not a record" in texts  # under a backup key, as it was
    with page.expect_download() as download:
        page.get_by_role("button", name=WORDS.set_aside.button).click()
    held = json.loads(download.value.path().read_text("utf-8"))["copies"]
    assert "{not a record" in held.values()
    assert exception_boxes(page) == 0


def test_merging_past_the_limit_is_refused_and_the_copy_reads_back_whole(
        new_context, app_url, tmp_path):
    from interview_coach.people.record import MAX_PEOPLE
    from interview_coach.saving import backup_file, records

    def people_file(path, first: int, count: int) -> None:
        texts = {f"person/p{n:06d}": records.person_text(
            {"id": f"p{n:06d}", "name": f"Person {n}", "updated": 1}) for n in
            range(first, first + count)}
        path.write_bytes(backup_file.write_backup(texts, "2026-12-01T00:00:00Z"))

    big, more = tmp_path / "big.json", tmp_path / "more.json"
    people_file(big, 0, MAX_PEOPLE - 1_000)
    people_file(more, MAX_PEOPLE, 2_000)
    page = new_context().new_page()
    open_on(page, app_url, "checklist")
    restore_file(page, big, WORDS.restore.replace)
    wait_records(page, f"Object.keys(records).length >= {MAX_PEOPLE - 1_000}")
    restore_file(page, more, WORDS.restore.merge)
    expect(page.get_by_text("more than the").first).to_be_visible()
    page.reload()
    wait_for_store(page)
    assert len(saved_records(page)) == MAX_PEOPLE - 1_000
    assert exception_boxes(page) == 0
    assert page.get_by_text("could not be read").count() == 0


def open_restore(page) -> None:
    """Open "Restore from a file" (its box is drawn only while it is open); once is enough."""
    box = page.locator('[data-testid="stSidebar"] details').filter(has_text=WORDS.restore.heading)
    if box.get_attribute("open") is None:
        page.get_by_text(WORDS.restore.heading).click()
    expect(page.locator('[data-testid="stFileUploaderDropzoneInput"]')).to_be_attached()


def restore_file(page, path, button: str) -> None:
    open_restore(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(path))
    page.get_by_role("button", name=button).click()
    wait_for_app(page, timeout_ms=120_000)


# --- the Remember choice, a shared computer, the demo -------------------------------------


def test_the_remember_choice_is_kept_and_reaches_every_tab(new_context, app_url):
    context = new_context()
    one, two = context.new_page(), context.new_page()
    open_on(one, app_url, "checklist")
    tick(one, FIRST)
    open_on(two, app_url, "checklist")
    choose_where(one, WORDS.where.off)
    wait_records(one, "Object.keys(records).length === 0")
    tick(two, SECOND)  # the other tab heard the choice: it writes nothing either
    expect(two.locator('[data-testid="stSidebar"]').get_by_text(WORDS.status.off)).to_be_visible()
    assert saved_records(two) == {}
    for page in (one, two):
        page.reload()
        wait_for_store(page)
        expect(page.get_by_role("radio", name=WORDS.where.off)).to_be_checked()
        expect(page.get_by_text("Done: 0 of")).to_be_visible()
    assert saved_records(one) == {}
    flags = one.evaluate("() => Object.entries(localStorage).filter(([k]) =>"
                         f" k.startsWith('{NAME}'))")
    assert flags == [[f"{NAME}:mode", "off"]]  # the choice, and no student data


def test_a_shared_computer_keeps_nothing_after_the_tab_closes(new_context, app_url):
    context = new_context()
    page = context.new_page()
    open_on(page, app_url, "checklist")
    choose_where(page, WORDS.where.tab)
    expect(page.get_by_text(WORDS.shared_reminder)).to_be_visible()
    tick(page, FIRST)
    wait_records(page, "'checklist/research-industry' in records", area="sessionStorage")
    assert saved_records(page) == {}  # nothing in localStorage
    page.reload()
    wait_for_store(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()  # a reload keeps it
    page.close()
    later = context.new_page()  # the next student at this computer
    open_on(later, app_url, "checklist")
    expect(later.get_by_text("Done: 0 of")).to_be_visible()
    expect(later.get_by_role("radio", name=WORDS.where.tab)).to_be_checked()


HOLD_STORE = """
  // Until the test says so, the page never looks settled, so the store cannot report.
  window.__holdStore = sessionStorage.getItem("release-store") === null;
  const hold = () => {
    if (!window.__holdStore) return;
    if (!document.getElementById("hold-store")) {
      const el = document.createElement("div");
      el.id = "hold-store";
      el.setAttribute("data-testid", "stSkeleton");
      el.hidden = true;
      document.body?.appendChild(el);
    }
    setTimeout(hold, 20);
  };
  hold();
"""


def test_the_demo_cannot_start_before_the_saved_work_is_read(new_context, app_url):
    context = new_context()
    page = context.new_page()
    open_on(page, app_url, "checklist")
    tick(page, FIRST)
    wait_stored_text(page, "research-industry")
    page.add_init_script(HOLD_STORE)
    page.reload()
    start = page.get_by_role("button", name=WORDS.demo.start)
    start.wait_for()
    start.click(force=True)  # pressed before the browser has answered
    page.wait_for_timeout(1_000)
    page.evaluate("() => { window.__holdStore = false; sessionStorage.setItem('release-store', 1);"
                  " document.getElementById('hold-store')?.remove(); }")
    wait_for_store(page)
    reset = page.get_by_role("button", name=WORDS.demo.reset)
    if reset.count():
        reset.click()
        wait_for_app(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()
    start.click()  # now it starts, and Reset brings the student's own work back
    wait_for_app(page)
    expect(page.get_by_text("Done: 1 of")).to_have_count(0)
    page.get_by_role("button", name=WORDS.demo.reset).click()
    wait_for_app(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()
    page.reload()
    wait_for_store(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()


# --- the backup file ----------------------------------------------------------------------------


def test_backup_into_a_new_browser_gives_back_every_part_byte_for_byte(new_context, app_url,
                                                                       tmp_path):
    page = new_context().new_page()
    open_on(page, app_url, "checklist")
    tick(page, FIRST)
    open_on(page, app_url, "people")
    add_person(page, "Priya Sharma")
    add_person(page, "Jose Garcia")
    open_on(page, app_url, "question_picker")
    page.locator('[data-testid="stExpander"] summary').filter(has_text="Career path").click()
    wait_for_app(page)
    page.get_by_text("How did you get your job?").first.click()
    wait_for_app(page)
    wait_records(page, "'picks' in records && Object.keys(records).length >= 4")
    expect(page.get_by_text(WORDS.reminder.split(".")[0])).to_be_visible()
    before = saved_records(page)
    with page.expect_download() as download:
        page.get_by_role("button", name=WORDS.download.button).click()
    wait_for_app(page)
    expect(page.get_by_text(WORDS.reminder.split(".")[0])).to_have_count(0)
    backup = tmp_path / download.value.suggested_filename
    download.value.save_as(backup)
    assert backup.name.endswith(".json")
    before = saved_records(page)
    assert "backed_up" in before  # when the last backup was made: not part of the work itself
    del before["backed_up"]

    other = new_context().new_page()  # another computer
    open_on(other, app_url, "checklist")
    open_restore(other)
    other.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(backup))
    expect(other.get_by_text("This file holds 2 people")).to_be_visible()
    other.get_by_role("button", name=WORDS.restore.replace).click()
    wait_for_app(other)
    wait_records(other, f"Object.keys(records).length >= {len(before)}")
    assert saved_records(other) == before  # every record, byte for byte
    other.reload()
    wait_for_store(other)
    assert saved_records(other) == before
    expect(other.get_by_text("Done: 1 of")).to_be_visible()
    assert other.evaluate("() => document.documentElement.getAttribute("
                          "'data-storage-persisted')") in ("true", "false")
