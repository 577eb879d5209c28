import json
from datetime import date

import pandas as pd
import pytest
from altair.utils.schemapi import validate_jsonschema
from altair.vegalite.v6.schema.core import load_schema
from jsonschema import ValidationError

from interview_coach.log import charts as log_charts
from interview_coach.log.charts import (
    FEW_INTERVIEWS,
    LARGE,
    MAX_LABELLED_WEEKS,
    NORMAL,
    breakdown_chart,
    describe_breakdown,
    describe_funnel,
    describe_weekly,
    funnel_chart,
    has_data,
    weekly_chart,
)
from interview_coach.log.schema import coerce_types, empty_log
from interview_coach.log.stats import breakdown, funnel, weekly_interviews
from tests.log.test_stats import synthetic_log


def completed_on(days_and_counts: dict[str, int]) -> pd.DataFrame:
    rows = [
        dict(date=day, contact=f"{day} #{i}", status="Completed")
        for day, count in days_and_counts.items()
        for i in range(count)
    ]
    return coerce_types(pd.DataFrame(rows))


# 12 interviews over the 8 weeks from 1 Sep to 20 Oct 2025; the busiest is the week of 6 Oct.
EIGHT_WEEKS = completed_on(
    {
        "2025-09-01": 1,
        "2025-09-10": 2,
        "2025-09-15": 1,
        "2025-09-30": 2,
        "2025-10-06": 3,
        "2025-10-12": 1,
        "2025-10-14": 1,
        "2025-10-20": 1,
    }
)


def spec(chart: dict) -> dict:
    """The spec as the browser gets it: it must survive JSON as it is."""
    return json.loads(json.dumps(chart))


def check_vega_lite(chart: dict) -> None:
    validate_jsonschema(spec(chart), load_schema())


def walk(node):
    """Every (key, value) pair anywhere in a nested spec."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def font_sizes(chart) -> list[int]:
    return [v for k, v in walk(spec(chart)) if k.lower().endswith("fontsize")]


def contrast_on_white(hex_colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(hex_colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 1.05 / (luminance + 0.05)


@pytest.fixture
def frames():
    log = EIGHT_WEEKS
    return weekly_interviews(log), funnel(log), breakdown(log, "found_via")


def all_charts(weekly, funnel_frame, by_found, large=False):
    return [
        weekly_chart(weekly, large=large),
        funnel_chart(funnel_frame, large=large),
        breakdown_chart(by_found, "How found", large=large),
    ]


def test_has_data():
    assert not has_data(None)
    assert not has_data(weekly_interviews(empty_log()))
    assert not has_data(funnel(empty_log()))  # five stages, all zero
    assert not has_data(breakdown(empty_log(), "field"))
    assert has_data(weekly_interviews(EIGHT_WEEKS))
    requests_only = coerce_types(pd.DataFrame([dict(date="2025-10-01", contact="A")]))
    assert has_data(funnel(requests_only))
    assert has_data(breakdown(requests_only, "field"))  # 1 contact, 0 interviews


def test_factories_return_none_without_data():
    log = empty_log()
    assert weekly_chart(weekly_interviews(log)) is None
    assert funnel_chart(funnel(log)) is None
    assert breakdown_chart(breakdown(log, "field"), "Field") is None


def test_charts_have_titles_and_readable_fonts(frames):
    for large, smallest in ((False, NORMAL.text), (True, LARGE.text)):
        for chart in all_charts(*frames, large=large):
            chart_spec = spec(chart)
            assert chart_spec["title"]["text"]
            sizes = font_sizes(chart)
            assert sizes and min(sizes) >= smallest
    assert NORMAL.text == 14 and LARGE.text == 22


def test_axis_labels_use_the_shared_sizes(frames):
    axes = [v for k, v in walk(spec(funnel_chart(frames[1], large=True))) if k == "axis"]
    assert axes and all(a["labelFontSize"] == 22 and a["titleFontSize"] == 22 for a in axes)


def test_charts_leave_width_to_the_container(frames):
    for chart in all_charts(*frames):
        assert "width" not in spec(chart)


def test_palette_meets_wcag_aa_on_white():
    for colour in (
        log_charts.INTERVIEW_COLOUR,
        log_charts.TOTAL_COLOUR,
        log_charts.CONTACT_COLOUR,
        log_charts.INK,
        log_charts.MUTED_INK,
    ):
        assert contrast_on_white(colour) >= 4.5, colour


def test_weekly_chart_labels_bars_and_draws_the_total(frames):
    chart_spec = spec(weekly_chart(frames[0]))
    marks = [v["type"] if isinstance(v, dict) else v for k, v in walk(chart_spec) if k == "mark"]
    assert {"bar", "text", "line"} <= set(marks)
    line = next(v for k, v in walk(chart_spec) if k == "mark" and isinstance(v, dict)
                and v["type"] == "line")
    assert line["point"]["filled"] is True  # each week's total marked on the line
    assert chart_spec["resolve"] == {"scale": {"y": "independent"}}


def test_every_chart_spec_is_valid_vega_lite(frames):
    """The page draws them unvalidated (ui/people/charts.py): they are checked here."""
    few = weekly_interviews(completed_on({"2025-10-08": 1}))
    many = weekly_interviews(completed_on(
        {str(d.date()): 1 for d in pd.date_range("2024-01-01", periods=40, freq="7D")}))
    for large in (False, True):
        for chart in all_charts(*frames, large=large) + [weekly_chart(few, large=large),
                                                         weekly_chart(many, large=large)]:
            check_vega_lite(chart)


def test_the_schema_check_catches_a_misspelt_setting(frames):
    chart = funnel_chart(frames[1])
    chart["layer"][0]["encoding"]["x"]["axis"]["labelFontSizes"] = 14
    with pytest.raises(ValidationError):
        check_vega_lite(chart)


def test_weekly_chart_drops_number_labels_when_weeks_are_many():
    many = completed_on(
        {str(d.date()): 1 for d in pd.date_range("2024-01-01", periods=40, freq="7D")}
    )
    weekly = weekly_interviews(many)
    assert len(weekly) > MAX_LABELLED_WEEKS
    marks = [
        v["type"] if isinstance(v, dict) else v
        for k, v in walk(spec(weekly_chart(weekly)))
        if k == "mark"
    ]
    assert "text" not in marks


def test_funnel_chart_is_horizontal_and_in_stage_order(frames):
    layer = spec(funnel_chart(frames[1]))["layer"][0]
    assert layer["encoding"]["y"]["field"] == "stage"
    assert layer["encoding"]["y"]["sort"] == {"field": "order"}
    assert layer["encoding"]["x"]["field"] == "count"


def test_breakdown_chart_keeps_the_frame_order():
    frame = pd.DataFrame(
        {
            "label": ["Personal network", "Faculty or advisor", "Not recorded"],
            "contacts": [4, 2, 1],
            "interviews": [3, 0, 1],
        }
    )
    layer = spec(breakdown_chart(frame, "How found"))["layer"][0]
    assert layer["encoding"]["y"]["sort"] == list(frame["label"])
    assert layer["encoding"]["y"]["axis"]["title"] == "How found"


def test_ten_thousand_row_log_gives_small_chart_specs():
    log = synthetic_log()
    weekly, funnel_frame = weekly_interviews(log), funnel(log)
    for large in (False, True):
        charts = all_charts(weekly, funnel_frame, breakdown(log, "found_via"), large=large)
        charts.append(breakdown_chart(breakdown(log, "field"), "Field", large=large))
        for chart in charts:
            assert len(json.dumps(chart)) <= 100_000


def test_describe_weekly_matches_the_chart(frames):
    assert describe_weekly(frames[0]) == "12 interviews over 8 weeks; busiest week of 6 Oct with 4."


def test_describe_weekly_single_week_and_year_change():
    one = weekly_interviews(completed_on({"2025-10-08": 1}))
    assert describe_weekly(one) == "1 interview in the week of 6 Oct."
    across = weekly_interviews(completed_on({"2024-12-30": 2, "2025-01-06": 1}))
    assert describe_weekly(across) == (
        "3 interviews over 2 weeks; busiest week of 30 Dec 2024 with 2."
    )
    assert describe_weekly(weekly_interviews(empty_log())) == "No interviews recorded yet."


def test_describe_weekly_names_no_single_busiest_week_when_weeks_tie():
    tied = weekly_interviews(completed_on({"2025-10-06": 2, "2025-10-13": 1, "2025-10-20": 2}))
    assert describe_weekly(tied) == (
        "5 interviews over 3 weeks; at most 2 in one week (2 weeks had 2).")


def test_describe_funnel():
    frame = pd.DataFrame(
        {
            "stage": ["Requested", "Scheduled", "Completed", "Thank-you sent", "Referral named"],
            "count": [20, 15, 12, 9, 4],
            "order": [1, 2, 3, 4, 5],
        }
    )
    assert describe_funnel(frame) == (
        "Of 20 contacts you asked, 15 scheduled an interview, 12 completed one, "
        "9 got a thank-you note and 4 named a referral."
    )
    assert describe_funnel(funnel(empty_log())) == "No requests recorded yet."


def test_describe_breakdown():
    frame = pd.DataFrame(
        {"label": ["Personal network", "Not recorded"], "contacts": [3, 1], "interviews": [1, 0]}
    )
    assert describe_breakdown(frame, "How found") == (
        "Contacts and interviews by how found: Personal network: 3 contacts, 1 interview; "
        "Not recorded: 1 contact, 0 interviews."
    )
    assert describe_breakdown(breakdown(empty_log(), "field"), "Field") == (
        "No contacts recorded by field yet."
    )


def test_weekly_frame_dates_reach_the_chart_as_mondays(frames):
    dataset = spec(weekly_chart(frames[0]))["data"]["values"]
    assert [row["week"][:10] for row in dataset][:2] == ["2025-09-01", "2025-09-08"]
    assert date.fromisoformat(dataset[-1]["week"][:10]).weekday() == 0


def test_longest_filled_weekly_chart_stays_small():
    from interview_coach.log.stats import MAX_FILLED_WEEKS

    last = pd.Timestamp("2020-01-06") + pd.Timedelta(weeks=MAX_FILLED_WEEKS - 1)
    weekly = weekly_interviews(completed_on({"2020-01-06": 1, str(last.date()): 1}))
    assert len(weekly) == MAX_FILLED_WEEKS
    assert len(json.dumps(weekly_chart(weekly, large=True))) <= 100_000


def test_bar_numbers_have_room_and_the_legend_fits_a_phone(frames):
    _, stages, found = frames
    for chart, top in ((funnel_chart(stages), stages["count"].max()),
                       (breakdown_chart(found, "How found"),
                        found[["contacts", "interviews"]].max().max())):
        domains = [v["domain"] for k, v in walk(spec(chart)) if k == "scale" and "domain" in v
                   and isinstance(v["domain"][0], int | float)]
        assert domains and all(d[0] == 0 and d[1] >= top * 1.2 for d in domains), domains
    legends = [v for k, v in walk(spec(breakdown_chart(found, "How found"))) if k == "legend"]
    assert [legend.get("direction") for legend in legends if legend] == ["vertical"]


@pytest.mark.parametrize("days", [{"2025-10-08": 1}, {"2025-09-30": 1, "2025-10-14": 1}])
def test_with_few_interviews_over_time_is_a_small_table_not_bars(days):
    # One full-width bar said nothing: below a few interviews each is a row of a small table.
    frame = weekly_interviews(completed_on(days))
    chart_spec = spec(weekly_chart(frame))
    marks = [v["type"] if isinstance(v, dict) else v for k, v in walk(chart_spec) if k == "mark"]
    assert marks == ["text"]
    cells = {str(row["value"]) for row in chart_spec["data"]["values"]}
    for day in days:
        monday = pd.Timestamp(day) - pd.Timedelta(days=pd.Timestamp(day).day_of_week)
        assert f"{monday.day} {monday:%b} {monday.year}" in cells
    assert "1" in cells


def test_from_a_few_interviews_on_over_time_is_a_chart_again():
    frame = weekly_interviews(completed_on({"2025-09-30": 2, "2025-10-14": 1}))
    assert int(frame["interviews"].sum()) == FEW_INTERVIEWS
    marks = [v["type"] if isinstance(v, dict) else v
             for k, v in walk(spec(weekly_chart(frame))) if k == "mark"]
    assert "bar" in marks
