"""The People page's table in Chromium: a row with only a name is a person to ask, counted at
once, and kept when the student leaves the page and comes back, and after a reload."""

from tests.browser.helpers import exception_boxes, expect, open_app, wait_for_app, wait_for_store


def people_to_ask(page) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text="People to ask")
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def test_a_name_typed_in_the_tables_new_row_is_kept_and_counted(page, app_url):
    open_app(page, f"{app_url}/people")
    wait_for_store(page)
    page.get_by_role("tab", name="Table").click()
    wait_for_app(page)
    grid = page.locator('[data-testid="stDataFrame"]')
    grid.hover()
    page.get_by_role("button", name="Add row").click()
    wait_for_app(page)  # the new row is there; a student sees it, then types
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 70, box["y"] + 52 + 17)  # its Name cell
    wait_for_app(page)
    page.keyboard.type("Bo Chen", delay=30)
    page.keyboard.press("Enter")
    wait_for_app(page)
    expect(page.locator('[data-testid="stMetric"]').filter(has_text="People to ask")
           .locator('[data-testid="stMetricValue"]')).to_have_text("1")

    page.locator('[data-testid="stTopNavSection"]', has_text="Tools").click()
    page.locator('[data-testid="stTopNavDropdownLink"]', has_text="Writing help").click()
    wait_for_app(page)
    page.locator('[data-testid="stTopNavSection"]', has_text="Tools").click()
    page.locator('[data-testid="stTopNavDropdownLink"]', has_text="People").click()
    wait_for_app(page)
    expect(page.get_by_text("Bo Chen", exact=True).first).to_be_visible()  # on its card
    assert people_to_ask(page) == "1"

    page.reload()  # a new session: the person comes back from this browser's copy
    wait_for_app(page)
    wait_for_store(page)
    expect(page.get_by_text("Bo Chen", exact=True).first).to_be_visible()
    assert people_to_ask(page) == "1"
    assert exception_boxes(page) == 0
