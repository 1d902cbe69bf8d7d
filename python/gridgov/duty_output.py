"""Duty roster outputs: what a watch-post roster looks like to the people who keep it.

A duty table is a DataFrame (or a dict of columns) with one row per duty block and the columns
``volunteer`` and ``post`` (text ids), ``day`` (an integer, 0 = the first day of the week) and
``start`` and ``end`` (whole hours of that day, 0 to 24; the duty is [start, end)). Every function
checks the table first and raises :class:`gridgov.InputError` naming the row (counted from 0) and
the column for a missing column, a value of the wrong type, hours outside 0..24 or out of order,
a negative day, or one volunteer on two overlapping duties.

- :func:`gantt_by_post`: who stands at a post (or at every post) over the week, one colour per
  volunteer throughout.
- :func:`gantt_by_volunteer`: one volunteer's week, one colour per post throughout.
- :func:`to_ics`: one volunteer's duties as an RFC 5545 calendar to import into a phone.
- :func:`write_duty_outputs`: all of these as PNG and .ics files in a folder.

Calendars give local times in a named IANA time zone (``Asia/Shanghai`` by default) with a
VTIMEZONE stating its UTC offset that week, taken from the system's or the ``tzdata`` package's
zone data. China keeps one offset all year; a zone that changes its offset during the week
(a daylight saving switch) is refused with InputError. The output is byte-for-byte the same for
the same input: event ids and time stamps come from the table and the week's first date, never
from the clock.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from numbers import Integral
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from ._gridgov import InputError

__all__ = ["gantt_by_post", "gantt_by_volunteer", "to_ics", "write_duty_outputs"]

COLUMNS = ("volunteer", "post", "day", "start", "end")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

DutyTable = pd.DataFrame | Mapping[str, Sequence[Any]]


def _error(record: str, field: str, problem: str) -> InputError:
    """An InputError worded like the ones raised in C++: 'record: field 'name': problem'."""
    error = InputError(f"{record}: field '{field}': {problem}" if field else f"{record}: {problem}")
    error.record, error.field = record, field
    return error


def _checked(table: DutyTable) -> pd.DataFrame:
    """The duty table with just its five columns, ids as str and hours as int; raises InputError
    naming the row and column of the first bad value."""
    frame = pd.DataFrame(table)
    for column in COLUMNS:
        if column not in frame.columns:
            raise _error("duty table", column, "missing column (a duty table has columns " + ", ".join(COLUMNS) + ")")
    values = {column: frame[column].tolist() for column in COLUMNS}
    for row, (volunteer, post, day, start, end) in enumerate(zip(*values.values())):
        record = f"duty table row {row}"
        for column, value in (("volunteer", volunteer), ("post", post)):
            if not isinstance(value, str) or not value:
                raise _error(record, column, f"expected a non-empty text id, got {value!r}")
            if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
                raise _error(record, column, f"contains a control character: {value!r}")
        for column, value in (("day", day), ("start", start), ("end", end)):
            if isinstance(value, bool) or not isinstance(value, Integral):
                raise _error(record, column, f"expected an integer, got {value!r}")
        if day < 0:
            raise _error(record, "day", f"must not be negative ({day})")
        for column, value in (("start", start), ("end", end)):
            if not 0 <= value <= 24:
                raise _error(record, column, f"must be an hour from 0 to 24 ({value})")
        if start >= end:
            raise _error(record, "end", f"must be after start ({start} >= {end})")
    who, post, day, start, end = values.values()
    # Sorted by start, one volunteer's duties on one day overlap if and only if two neighbours do.
    ordered = sorted(range(len(who)), key=lambda k: (who[k], day[k], start[k], k))
    for a, b in zip(ordered, ordered[1:]):
        if (who[a], day[a]) == (who[b], day[b]) and start[b] < end[a]:
            raise _error(f"duty table row {b}", "start", f"volunteer '{who[b]}' is already on duty at '{post[a]}' "
                                                         f"on day {day[a]} from {start[a]} to {end[a]} (row {a})")
    return pd.DataFrame(values)


def _only(duties: pd.DataFrame, column: str, value: str) -> pd.DataFrame:
    """The duties whose ``column`` is ``value``; raises InputError when there are none."""
    chosen = duties[duties[column] == value]
    if chosen.empty:
        raise _error("duty table", column, f"has no duties for {column} {value!r}")
    return chosen


def _colours(ids: pd.Series) -> dict[str, Any]:
    """One colour per id, by sorted id, so an id has the same colour in every chart of a table:
    the ten strong colours of tab20 first, then their light partners."""
    palette = plt.get_cmap("tab20").colors
    palette = palette[::2] + palette[1::2]
    return {name: palette[k % 20] for k, name in enumerate(sorted(set(ids)))}


def _days(duties: pd.DataFrame) -> int:
    """How many days the charts show: a week, or more when the table reaches further."""
    return max(7, int(duties["day"].max()) + 1) if len(duties) else 7


def _day_labels(duties: pd.DataFrame, day_names: Sequence[str] | None) -> list[str]:
    days = _days(duties)
    if day_names is None:
        return [f"day {d}" for d in range(days)]
    if len(day_names) < days:
        raise _error("day_names", "", f"has {len(day_names)} names for {days} days")
    return list(day_names[:days])


def _draw_posts(duties: pd.DataFrame, posts: list[str], labels: list[str]) -> Figure:
    colours = _colours(duties["volunteer"])
    here = {post: duties[duties["post"] == post] for post in posts}
    rows = [here[post]["volunteer"].nunique() for post in posts]
    fig, axes = plt.subplots(len(posts), 1, sharex=True, squeeze=False,
                             figsize=(12, 0.8 + sum(0.35 * r + 0.7 for r in rows)),
                             gridspec_kw={"height_ratios": [r + 1 for r in rows]})
    for ax, post in zip(axes[:, 0], posts):
        volunteers = sorted(set(here[post]["volunteer"]))
        for y, volunteer in enumerate(volunteers):
            mine = here[post][here[post]["volunteer"] == volunteer]
            ax.barh(y, (mine["end"] - mine["start"]).to_numpy(), left=(24 * mine["day"] + mine["start"]).to_numpy(),
                    height=0.7, color=colours[volunteer], label=volunteer)
        ax.set_yticks(range(len(volunteers)), volunteers)
        ax.set_ylim(len(volunteers) - 0.5, -0.5)
        ax.set_title(f"Post {post}", loc="left")
        ax.set_xlim(0, 24 * len(labels))
        ax.set_xticks([24 * d + 12 for d in range(len(labels))], labels)
        ax.set_xticks(range(0, 24 * len(labels) + 1, 24), minor=True)
        ax.tick_params(axis="x", which="major", length=0)
        ax.grid(axis="x", which="minor", color="#999999")
    fig.tight_layout()
    return fig


def gantt_by_post(table: DutyTable, post: str | None = None, *, day_names: Sequence[str] | None = None) -> Figure:
    """Who is on duty at ``post`` over the week, or at every post (one chart per post, sorted by
    id) when ``post`` is None: one row per volunteer, one bar per duty, days side by side along
    the x axis in hours from the start of day 0. A volunteer has the same colour at every post.
    Days are labelled ``day_names`` (e.g. ``["Mon", ..., "Sun"]``) or "day 0", "day 1"...

    Raises InputError for a bad table or a post with no duties in it."""
    duties = _checked(table)
    if post is not None:
        _only(duties, "post", post)
    posts = sorted(set(duties["post"])) if post is None else [post]
    if not posts:
        raise _error("duty table", "", "has no duties to draw")
    return _draw_posts(duties, posts, _day_labels(duties, day_names))


def _draw_volunteer(duties: pd.DataFrame, volunteer: str, labels: list[str]) -> Figure:
    colours = _colours(duties["post"])
    mine = _only(duties, "volunteer", volunteer)
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.4 * len(labels)))
    for post in sorted(set(mine["post"])):
        at = mine[mine["post"] == post]
        ax.barh(at["day"].to_numpy(), (at["end"] - at["start"]).to_numpy(), left=at["start"].to_numpy(), height=0.7,
                color=colours[post], label=post)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    first, last = max(int(mine["start"].min()) - 1, 0), min(int(mine["end"].max()) + 1, 24)
    ax.set_xlim(first, last)
    ax.set_xticks(range(first, last + 1), [f"{h:02d}" for h in range(first, last + 1)])
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    ax.set_xlabel("hour of day")
    ax.legend(title="post", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    hours = int((mine["end"] - mine["start"]).sum())
    ax.set_title(f"Volunteer {volunteer}: {len(mine)} duties, {hours} hours", loc="left")
    fig.tight_layout()
    return fig


def gantt_by_volunteer(table: DutyTable, volunteer: str, *, day_names: Sequence[str] | None = None) -> Figure:
    """One volunteer's week: one row per day (labelled as in :func:`gantt_by_post`), hours of
    the day along the x axis (the span of the volunteer's duties, an hour either side), one bar
    per duty coloured by post, with a legend of posts. A post has the same colour in every
    volunteer's chart of a table.

    Raises InputError for a bad table or a volunteer with no duties in it."""
    duties = _checked(table)
    return _draw_volunteer(duties, volunteer, _day_labels(duties, day_names))


def _text(value: str) -> str:
    """An iCalendar TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and line
    breaks escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return re.sub(r"\r\n|\r|\n", r"\\n", value)


def _fold(line: str) -> str:
    """A content line folded to at most 75 octets per physical line (RFC 5545 section 3.1),
    between characters, never inside one; continuation lines start with one space."""
    parts, part, size, limit = [], "", 0, 75
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append(part)
            part, size, limit = "", 0, 74  # the leading space takes one octet
        part += char
        size += octets
    parts.append(part)
    return "\r\n ".join(parts) + "\r\n"


def _utc_offset(offset: timedelta) -> str:
    """A UTC offset as iCalendar writes it: +0800, -0330, +053328 when it has seconds."""
    sign = "-" if offset < timedelta(0) else "+"
    minutes, seconds = divmod(abs(int(offset.total_seconds())), 60)
    text = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    return text + (f"{seconds:02d}" if seconds else "")


def _vtimezone(tz: str, week_start: date, days: int) -> list[str]:
    """A VTIMEZONE with the one UTC offset ``tz`` has from the start of ``week_start`` until
    ``days`` days later; raises InputError for an unknown zone or one whose offset changes."""
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise _error(f"time zone {tz!r}", "", "is not an IANA time zone known here") from None
    first = datetime.combine(week_start, time(), zone)
    offsets = {(first + timedelta(hours=h)).utcoffset() for h in range(24 * days + 1)}
    if len(offsets) > 1:
        found = ", ".join(sorted(_utc_offset(o) for o in offsets))
        raise _error(f"time zone {tz!r}", "", f"changes its UTC offset in the week of {week_start.isoformat()} "
                                                f"({found}); only a zone with one offset over the week is supported")
    offset, kind = _utc_offset(first.utcoffset()), "DAYLIGHT" if first.dst() else "STANDARD"
    return ["BEGIN:VTIMEZONE", f"TZID:{tz}", f"BEGIN:{kind}", f"DTSTART:{week_start:%Y%m%d}T000000",
            f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", f"TZNAME:{_text(first.tzname())}", f"END:{kind}",
            "END:VTIMEZONE"]


def _ics(duties: pd.DataFrame, volunteer: str, week_start: date, tz: str, calendar_name: str | None) -> str:
    mine = _only(duties, "volunteer", volunteer).sort_values(["day", "start"])
    midnight = datetime.combine(week_start, time())
    stamp = f"{week_start:%Y%m%d}T000000Z"
    name = calendar_name if calendar_name is not None else f"Watch-post duty: {volunteer}"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//gridgov//duty roster//EN", "CALSCALE:GREGORIAN",
             f"NAME:{_text(name)}", f"X-WR-CALNAME:{_text(name)}",
             *_vtimezone(tz, week_start, int(mine["day"].max()) + 1)]
    for post, day, start, end in mine[["post", "day", "start", "end"]].itertuples(index=False):
        begin = f"{midnight + timedelta(days=int(day), hours=int(start)):%Y%m%dT%H%M%S}"
        finish = f"{midnight + timedelta(days=int(day), hours=int(end)):%Y%m%dT%H%M%S}"
        key = "\x1f".join([volunteer, post, begin]).encode("utf-8")
        lines += ["BEGIN:VEVENT", f"UID:duty-{begin}-{hashlib.sha256(key).hexdigest()[:24]}@gridgov",
                  f"DTSTAMP:{stamp}", f"DTSTART;TZID={tz}:{begin}", f"DTEND;TZID={tz}:{finish}",
                  f"SUMMARY:{_text('Duty at ' + post)}", f"LOCATION:{_text(post)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) for line in lines)


def to_ics(table: DutyTable, volunteer: str, week_start: date, tz: str = "Asia/Shanghai",
           calendar_name: str | None = None) -> str:
    """One volunteer's duties as iCalendar text (RFC 5545): one event per duty, "Duty at <post>"
    at the post, from ``week_start`` + day at the start hour to the end hour (24 is midnight of
    the next day), in local time of ``tz``. Lines end with CRLF and are folded at 75 octets;
    encode the text as UTF-8 and write it without newline translation. ``calendar_name``
    defaults to "Watch-post duty: <volunteer>".

    Event ids are stable (from volunteer, post, date and start hour) and the time stamp is the
    start of ``week_start`` in UTC, so the same table gives the same text. Raises InputError for
    a bad table, a volunteer with no duties in it, an unknown zone or a zone whose UTC offset
    changes during the week."""
    return _ics(_checked(table), volunteer, week_start, tz, calendar_name)


def _slugs(ids: pd.Series) -> dict[str, str]:
    """File names for ids, sorted by id: an id of ASCII letters, digits and inner dashes as it
    is; any other id (or two ids equal but for case, as Windows and macOS file names ignore
    case) as its letters and digits, '_' and a hash of the id, so no two ids share a name."""
    base = {i: re.sub(r"[^A-Za-z0-9]+", "-", i).strip("-")[:48] for i in sorted(set(ids))}
    folded = Counter(b.lower() for b in base.values())
    hashed = {i: f"{b}_{hashlib.sha256(i.encode('utf-8')).hexdigest()[:12]}" for i, b in base.items()}
    return {i: b if b == i and folded[b.lower()] == 1 else hashed[i] for i, b in base.items()}


def _save(fig: Figure, path: Path) -> Path:
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def write_duty_outputs(table: DutyTable, folder: str | Path, week_start: date,
                       tz: str = "Asia/Shanghai") -> dict[str, list[Path]]:
    """Writes every output of a duty table into ``folder``: ``gantt/post-<slug>.png`` per post,
    ``gantt/volunteer-<slug>.png`` per volunteer and ``ics/<slug>.ics`` per volunteer, days
    labelled with their dates ("Mon 03-02"). The slug is the id when it is ASCII letters, digits
    and dashes, else a safe form plus a hash of the id, so two ids never share a file.

    Returns the paths written under the keys "post_gantt", "volunteer_gantt" and "ics", each
    sorted by id. Raises InputError (before writing anything) as :func:`gantt_by_post` and
    :func:`to_ics` do."""
    duties = _checked(table)
    folder = Path(folder)
    volunteers = _slugs(duties["volunteer"])
    calendars = {slug: _ics(duties, volunteer, week_start, tz, None) for volunteer, slug in volunteers.items()}
    dates = [week_start + timedelta(days=d) for d in range(_days(duties))]
    labels = [f"{_WEEKDAYS[d.weekday()]} {d:%m-%d}" for d in dates]
    (folder / "gantt").mkdir(parents=True, exist_ok=True)
    (folder / "ics").mkdir(parents=True, exist_ok=True)
    written: dict[str, list[Path]] = {"post_gantt": [], "volunteer_gantt": [], "ics": []}
    for post, slug in _slugs(duties["post"]).items():
        written["post_gantt"].append(_save(_draw_posts(duties, [post], labels), folder / "gantt" / f"post-{slug}.png"))
    for volunteer, slug in volunteers.items():
        written["volunteer_gantt"].append(
            _save(_draw_volunteer(duties, volunteer, labels), folder / "gantt" / f"volunteer-{slug}.png"))
        path = folder / "ics" / f"{slug}.ics"
        path.write_bytes(calendars[slug].encode("utf-8"))
        written["ics"].append(path)
    return written
