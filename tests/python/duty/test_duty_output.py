"""Duty roster outputs: Gantt charts whose bars are the duties of the table, calendars that a
separate RFC 5545 reader gives back as the same duties, input errors that name the row and
column, and the files of a whole roster."""

from __future__ import annotations

import re
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import gridgov  # noqa: E402
from gridgov import duty_output  # noqa: E402

MONDAY = date(2026, 3, 2)
CHENLIANDIAN = "No. 11 Chenliandian Hutong 陈连店胡同11号"
COLUMNS = ["volunteer", "post", "day", "start", "end"]


def duties(rows=None) -> pd.DataFrame:
    """Two posts over a week: V1 and V2 share P1 (V2 until midnight), V3 stands at P2 and V1
    at P2 too on day 2, adjacent to nothing of his own."""
    rows = rows if rows is not None else [
        ("V1", "P1", 0, 8, 12), ("V2", "P1", 0, 12, 24), ("V1", "P1", 1, 0, 4), ("V1", "P2", 2, 18, 20),
        ("V3", "P2", 2, 8, 18), ("V3", "P2", 6, 6, 10), ("V2", "P1", 3, 12, 24), ("V2", "P1", 4, 0, 6),
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def bars(ax) -> list[tuple[str, float, float, float]]:
    """(label of the bar's container, x, width, y centre) of every bar on ``ax``."""
    return sorted((c.get_label(), float(p.get_x()), float(p.get_width()), float(p.get_y() + p.get_height() / 2))
                  for c in ax.containers for p in c.patches)


def ytick_texts(ax) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


# --- Gantt charts ---------------------------------------------------------------------------


def test_post_chart_has_one_bar_per_duty_of_the_post_spanning_its_hours_of_the_week():
    t = duties()
    fig = duty_output.gantt_by_post(t, "P1")
    ax = fig.axes[0]
    rows = ytick_texts(ax)
    assert rows == ["V1", "V2"]
    drawn = [(who, x, w) for who, x, w, y in bars(ax) if rows[round(y)] == who]
    expected = sorted((r.volunteer, 24.0 * r.day + r.start, float(r.end - r.start))
                      for r in t[t["post"] == "P1"].itertuples())
    assert drawn == expected  # every bar on its volunteer's row, none missing, none extra
    assert ax.get_xlim() == (0, 24 * 7)
    plt.close(fig)


def test_all_posts_one_chart_each_and_a_volunteer_keeps_their_colour():
    t = duties()
    fig = duty_output.gantt_by_post(t, day_names=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["Post P1", "Post P2"]
    assert sum(len(ax.patches) for ax in fig.axes) == len(t)
    colour = {}
    for ax in fig.axes:
        for c in ax.containers:
            for p in c.patches:
                colour.setdefault(c.get_label(), set()).add(tuple(p.get_facecolor()))
    assert all(len(c) == 1 for c in colour.values())  # V1 looks the same at P1 and P2
    assert len({next(iter(c)) for c in colour.values()}) == 3  # three volunteers, three colours
    assert [t.get_text() for t in fig.axes[-1].get_xticklabels()] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    plt.close(fig)


def test_volunteer_chart_has_one_bar_per_duty_on_its_day_coloured_and_labelled_by_post():
    t = duties()
    fig = duty_output.gantt_by_volunteer(t, "V1")
    ax = fig.axes[0]
    assert ytick_texts(ax) == [f"day {d}" for d in range(7)]
    expected = sorted((r.post, float(r.start), float(r.end - r.start), float(r.day))
                      for r in t[t["volunteer"] == "V1"].itertuples())
    assert bars(ax) == expected
    assert [x.get_text() for x in ax.get_legend().get_texts()] == ["P1", "P2"]
    left, right = ax.get_xlim()
    assert left <= 0 and right >= 20  # every hour of every duty is in view
    plt.close(fig)


def test_charts_grow_past_a_week_when_the_table_does_and_need_a_name_for_each_day():
    t = duties([("V1", "P1", 9, 8, 12)])
    fig = duty_output.gantt_by_volunteer(t, "V1")
    assert len(ytick_texts(fig.axes[0])) == 10
    plt.close(fig)
    with pytest.raises(gridgov.InputError, match=r"day_names: has 7 names for 10 days"):
        duty_output.gantt_by_post(t, day_names=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])


def test_unknown_post_or_volunteer_is_an_error_not_an_empty_chart():
    with pytest.raises(gridgov.InputError, match="duty table: field 'post': has no duties for post 'P9'"):
        duty_output.gantt_by_post(duties(), "P9")
    with pytest.raises(gridgov.InputError, match="duty table: field 'volunteer': has no duties for volunteer 'V9'"):
        duty_output.gantt_by_volunteer(duties(), "V9")
    with pytest.raises(gridgov.InputError, match="duty table: field 'volunteer': has no duties for volunteer 'V9'"):
        duty_output.to_ics(duties(), "V9", MONDAY)


# --- iCalendar ------------------------------------------------------------------------------


def physical_lines(data: bytes) -> list[bytes]:
    """The physical lines of a calendar, checking that each ends with CRLF."""
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert not any(b"\r" in line or b"\n" in line for line in lines), "a line break that is not CRLF"
    return lines


def unfold(data: bytes) -> list[tuple[str, str, str]]:
    """(name, parameters, raw value) of each content line, unfolded as RFC 5545 section 3.1 says."""
    logical: list[bytes] = []
    for line in physical_lines(data):
        if line.startswith(b" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    out = []
    for line in logical:
        head, value = line.decode("utf-8").split(":", 1)
        name, _, params = head.partition(";")
        out.append((name, params, value))
    return out


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def events(data: bytes) -> list[dict[str, tuple[str, str]]]:
    """Each VEVENT as {property: (parameters, raw value)}."""
    found, current = [], None
    for name, params, value in unfold(data):
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            found.append(current)
            current = None
        elif current is not None:
            assert name not in current, f"{name} twice in one event"
            current[name] = (params, value)
    return found


def local(day: int, hour: int) -> str:
    """YYYYMMDDTHHMMSS of an hour of a day of the week; hour 24 is 00:00 of the next day (a date
    plus a timedelta counts whole days only)."""
    return f"{MONDAY + timedelta(days=day, hours=hour):%Y%m%d}T{hour % 24:02d}0000"


def test_calendar_holds_each_duty_of_the_volunteer_at_its_local_times():
    t = duties()
    data = duty_output.to_ics(t, "V2", MONDAY).encode("utf-8")
    got = sorted((e["DTSTART"], e["DTEND"], unescape(e["LOCATION"][1]), unescape(e["SUMMARY"][1])) for e in events(data))
    mine = t[t["volunteer"] == "V2"]
    tz = "TZID=Asia/Shanghai"
    assert got == sorted(((tz, local(r.day, r.start)), (tz, local(r.day, r.end)), r.post, f"Duty at {r.post}")
                         for r in mine.itertuples())
    assert (tz, "20260303T000000") in [e["DTEND"] for e in events(data)]  # 24:00 of day 0 is midnight of day 1
    head = unfold(data)
    assert head[:4] == [("BEGIN", "", "VCALENDAR"), ("VERSION", "", "2.0"), ("PRODID", "", "-//gridgov//duty roster//EN"),
                        ("CALSCALE", "", "GREGORIAN")]
    assert ("TZOFFSETTO", "", "+0800") in head and ("TZID", "", "Asia/Shanghai") in head
    assert head[-1] == ("END", "", "VCALENDAR")


def test_calendar_is_byte_identical_whatever_the_row_order_and_uids_are_unique():
    t = duties()
    first = duty_output.to_ics(t, "V1", MONDAY)
    assert duty_output.to_ics(t.iloc[::-1].reset_index(drop=True), "V1", MONDAY) == first
    uids = [e["UID"][1] for e in events(first.encode("utf-8"))]
    assert len(uids) == len(set(uids)) == 3
    next_week = [e["UID"][1] for e in events(duty_output.to_ics(t, "V1", MONDAY + timedelta(days=7)).encode("utf-8"))]
    assert not set(uids) & set(next_week)  # next week's duties do not replace this week's in a calendar app
    assert {e["DTSTAMP"][1] for e in events(first.encode("utf-8"))} == {"20260302T000000Z"}


def test_text_values_are_escaped_and_read_back_unchanged():
    post = r"Gate 3, east; the \ side"
    data = duty_output.to_ics(duties([("V1", post, 0, 8, 12)]), "V1", MONDAY, calendar_name="Duty\nweek 10").encode()
    (event,) = events(data)
    assert event["LOCATION"][1] == r"Gate 3\, east\; the \\ side"
    assert unescape(event["LOCATION"][1]) == post and unescape(event["SUMMARY"][1]) == f"Duty at {post}"
    assert ("X-WR-CALNAME", "", r"Duty\nweek 10") in unfold(data)


def test_long_chinese_post_is_folded_between_characters_and_unfolds_to_itself():
    post = f"{CHENLIANDIAN}，东门；北京市东城区东花市街道"
    data = duty_output.to_ics(duties([("V1", post, 0, 8, 12)]), "V1", MONDAY).encode("utf-8")
    lines = physical_lines(data)
    assert max(len(line) for line in lines) <= 75
    assert sum(line.startswith(b" ") for line in lines) >= 2  # SUMMARY and LOCATION both folded
    for line in lines:
        line.decode("utf-8")  # no physical line starts or ends inside a character
    (event,) = events(data)
    assert unescape(event["LOCATION"][1]) == post


def test_long_ascii_post_fills_lines_to_exactly_75_octets():
    post = "Gate " + "x" * 300
    data = duty_output.to_ics(duties([("V1", post, 0, 8, 12)]), "V1", MONDAY).encode("utf-8")
    lines = physical_lines(data)
    location = next(k for k, line in enumerate(lines) if line.startswith(b"LOCATION:"))
    assert [len(line) for line in lines[location:location + 3]] == [75, 75, 75]
    assert unescape(events(data)[0]["LOCATION"][1]) == post


def test_calendar_time_zones():
    summer = duty_output.to_ics(duties([("V1", "P1", 0, 8, 12)]), "V1", date(2026, 7, 6), tz="Europe/Berlin")
    assert ("TZOFFSETTO", "", "+0200") in unfold(summer.encode()) and "BEGIN:DAYLIGHT\r\n" in summer
    assert "DTSTART;TZID=Europe/Berlin:20260706T080000\r\n" in summer
    switch = duties([("V1", "P1", 0, 8, 12), ("V1", "P1", 6, 8, 12)])  # Europe moves its clocks on Sunday 29 March
    with pytest.raises(gridgov.InputError, match=r"time zone 'Europe/Berlin': changes its UTC offset .*\(\+0100, \+0200\)"):
        duty_output.to_ics(switch, "V1", date(2026, 3, 23), tz="Europe/Berlin")
    assert "DTSTART;TZID=Europe/Berlin:20260323T080000" in duty_output.to_ics(
        switch.iloc[:1], "V1", date(2026, 3, 23), tz="Europe/Berlin")  # a week's duties before the switch are fine
    with pytest.raises(gridgov.InputError, match="time zone 'Mars/Olympus': is not an IANA time zone"):
        duty_output.to_ics(switch, "V1", MONDAY, tz="Mars/Olympus")


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda t: t.drop(columns="post"), "duty table: field 'post': missing column"),
        (lambda t: t.assign(day=t["day"].astype(object).where(t.index != 2, "2")),
         "duty table row 2: field 'day': expected an integer, got '2'"),
        (lambda t: t.assign(start=t["start"].astype(float).where(t.index != 1, 12.5)),
         "duty table row 0: field 'start': expected an integer, got 8.0"),  # a float column is refused as a whole
        (lambda t: t.assign(volunteer=t["volunteer"].astype(object).where(t.index != 4, 7)),
         "duty table row 4: field 'volunteer': expected a non-empty text id, got 7"),
        (lambda t: t.assign(post=t["post"].where(t.index != 5, "")),
         "duty table row 5: field 'post': expected a non-empty text id, got ''"),
        (lambda t: t.assign(post=t["post"].where(t.index != 5, "P\n1")),
         "duty table row 5: field 'post': contains a control character"),
        (lambda t: t.assign(end=t["end"].where(t.index != 3, 18)),
         "duty table row 3: field 'end': must be after start (18 >= 18)"),
        (lambda t: t.assign(end=t["end"].where(t.index != 6, 25)),
         "duty table row 6: field 'end': must be an hour from 0 to 24 (25)"),
        (lambda t: t.assign(start=t["start"].where(t.index != 7, -1)),
         "duty table row 7: field 'start': must be an hour from 0 to 24 (-1)"),
        (lambda t: t.assign(day=t["day"].where(t.index != 1, -1)),
         "duty table row 1: field 'day': must not be negative (-1)"),
        (lambda t: pd.concat([t, duties([("V3", "P1", 2, 17, 19)])], ignore_index=True),
         "duty table row 8: field 'start': volunteer 'V3' is already on duty at 'P2' on day 2 from 8 to 18 (row 4)"),
        (lambda t: pd.concat([t, t.iloc[[0]]], ignore_index=True),
         "duty table row 8: field 'start': volunteer 'V1' is already on duty at 'P1' on day 0 from 8 to 12 (row 0)"),
    ],
)
def test_bad_tables_raise_naming_row_and_column(change, message):
    bad = change(duties())
    for output in (lambda: duty_output.gantt_by_post(bad), lambda: duty_output.gantt_by_volunteer(bad, "V1"),
                   lambda: duty_output.to_ics(bad, "V1", MONDAY)):
        with pytest.raises(gridgov.InputError, match=re.escape(message)) as error:
            output()
        record, field = message.split(": field ")[0], message.split("'")[1]
        assert (error.value.record, error.value.field) == (record, field)
        assert isinstance(error.value, ValueError)


def test_touching_duties_do_not_overlap():
    t = duties([("V1", "P1", 0, 8, 12), ("V1", "P2", 0, 12, 24), ("V1", "P1", 1, 0, 4), ("V1", "P1", 1, 4, 5)])
    assert len(events(duty_output.to_ics(t, "V1", MONDAY).encode())) == 4


# --- files ----------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:Glyph")  # the default font has no Chinese characters
def test_writes_a_chart_per_post_and_per_volunteer_and_a_calendar_per_volunteer(tmp_path):
    t = pd.concat([duties(), duties([("v1", CHENLIANDIAN, 5, 8, 12), ("a/b", "P1", 5, 8, 12), ("a b", "P1", 5, 12, 14)])],
                  ignore_index=True)
    mine = plt.figure()
    before = plt.get_fignums()
    written = duty_output.write_duty_outputs(t, tmp_path / "out", MONDAY)
    assert plt.get_fignums() == before and plt.fignum_exists(mine.number)  # closes its own figures, only those
    plt.close(mine)
    files = sorted(p for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert files == sorted(p for paths in written.values() for p in paths)
    volunteers, posts = t["volunteer"].nunique(), t["post"].nunique()
    assert [len(written[k]) for k in ("post_gantt", "volunteer_gantt", "ics")] == [posts, volunteers, volunteers]
    names = {p.name.lower() for p in files}
    assert len(names) == len(files)  # no two ids share a file, even where case is ignored
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+", p.name) for p in files)
    assert (tmp_path / "out" / "ics" / "V3.ics").read_bytes() == duty_output.to_ics(t, "V3", MONDAY).encode("utf-8")
    assert (tmp_path / "out" / "gantt" / "post-P2.png") in written["post_gantt"]
    for png in written["post_gantt"] + written["volunteer_gantt"]:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    again = duty_output.write_duty_outputs(t, tmp_path / "again", MONDAY)
    assert [p.relative_to(tmp_path / "again") for ps in again.values() for p in ps] == \
           [p.relative_to(tmp_path / "out") for ps in written.values() for p in ps]


def test_writes_nothing_when_a_calendar_cannot_be_made(tmp_path):
    with pytest.raises(gridgov.InputError, match="Mars/Olympus"):
        duty_output.write_duty_outputs(duties(), tmp_path / "out", MONDAY, tz="Mars/Olympus")
    assert not (tmp_path / "out").exists()
