"""The ledger from Python: DataFrames in and out, levels over time, plans and promises, CSV files,
and bad input refused naming the row and the column with nothing written."""

import pandas as pd
import pytest

import gridgov
from gridgov.ledger import Ledger


def visits(**columns):
    base = {"household": ["H1", "H2"], "day": [1, 1], "time": ["09:30", 70200], "volunteers": ["V1", "V1;V2"],
            "outcome": ["not_home", "reached"], "note": ["", "after dinner"]}
    return pd.DataFrame({**base, **columns})


def test_a_dataframe_of_contacts_updates_households_and_comes_back(street, tmp_path):
    with Ledger.create(tmp_path / "street.ledger", street) as ledger:
        ledger.record(visits())
        contacts = ledger.contacts()
        households = ledger.households()
    assert list(contacts.columns) == ["household", "day", "time", "volunteers", "outcome", "note"]
    assert list(contacts["time"]) == ["09:30", "19:30"], "seconds since midnight are read too"
    assert list(contacts["volunteers"]) == ["V1", "V1;V2"]
    assert list(households.columns[-3:]) == ["level", "since", "moved_on"]
    assert list(households["attempts"]) == [1, 1, 0, 0]
    assert list(households["reached"]) == [False, True, False, False]
    assert list(households["level"]) == ["green", "green", "red", "orange"]
    assert households["moved_on"].isna().all()


def test_reopened_file_holds_everything_and_a_closed_ledger_says_so(street, tmp_path):
    path = tmp_path / "street.ledger"
    ledger = Ledger.create(path, street, day=1)
    ledger.record([gridgov.ledger.Contact(household="H1", day=2, time="10:00", outcome="reached", volunteers=["V1"])])
    ledger.close()
    with pytest.raises(ValueError, match="closed"):
        ledger.contacts()
    with Ledger.open(path) as again:
        assert again.first_day == 1
        assert again.schema_version == gridgov.ledger.schema_version
        assert again.community().households[0].reached
        assert again.contacts()["outcome"].tolist() == ["reached"]


def test_close_lets_go_of_the_file_while_other_references_live(street, tmp_path):
    path = tmp_path / "street.ledger"
    ledger = Ledger.create(path, street)
    core = ledger._core  # another reference to the compiled ledger, as a caller may hold
    ledger.record([{"household": "H1", "day": 1, "time": "10:00", "outcome": "reached"}])
    ledger.close()
    ledger.close()
    assert not (tmp_path / "street.ledger-wal").exists() and not (tmp_path / "street.ledger-shm").exists()
    with pytest.raises(RuntimeError, match="the ledger '.*street.ledger' is closed"):
        core.contacts()
    path.rename(tmp_path / "moved.ledger")
    with Ledger.open(tmp_path / "moved.ledger") as again:
        assert again.contacts()["household"].tolist() == ["H1"]


def test_levels_day_by_day_and_their_history(street):
    ledger = Ledger.create(":memory:", street)
    for day in (1, 2, 3):
        ledger.record([{"household": "H1", "day": day, "time": "10:00", "outcome": "not_home"}])
    ledger.record([{"household": "H1", "day": 5, "time": "19:30", "outcome": "reached"}])
    assert [ledger.level_on("H1", d).name for d in range(7)] == ["green"] * 3 + ["orange"] * 2 + ["green"] * 2
    history = ledger.level_history()
    assert list(history.columns) == ["household", "day", "level"]
    assert history[history.household == "H1"][["day", "level"]].values.tolist() == [[0, "green"], [3, "orange"], [5, "green"]]


def test_bad_rows_are_named_and_nothing_is_recorded(street):
    ledger = Ledger.create(":memory:", street)
    with pytest.raises(gridgov.InputError, match=r"contacts DataFrame row 1: field 'outcome': unknown value 'gone'"):
        ledger.record(visits(outcome=["reached", "gone"]))
    with pytest.raises(gridgov.InputError, match=r"contacts DataFrame row 1: field 'household': unknown household 'H9'"):
        ledger.record(visits(household=["H1", "H9"]))
    with pytest.raises(gridgov.InputError, match=r"field 'volunteers': unknown volunteer 'V5'"):
        ledger.record(visits(volunteers=["V1", "V5"]))
    with pytest.raises(gridgov.InputError, match=r"row 1: field 'time': expected a clock time HH:MM .* got '0930'"):
        ledger.record(visits(time=["09:30", "0930"]))  # text is a clock time, never 930 seconds
    assert ledger.contacts().empty
    assert (ledger.households()["attempts"] == 0).all()


def test_csv_files_round_trip_and_errors_name_the_line(street, tmp_path):
    a = Ledger.create(":memory:", street)
    a.record(visits())
    a.export_csv(tmp_path / "contacts.csv")
    b = Ledger.create(":memory:", street)
    b.import_csv(tmp_path / "contacts.csv")
    pd.testing.assert_frame_equal(b.contacts(), a.contacts())
    pd.testing.assert_frame_equal(b.households(), a.households())
    (tmp_path / "paper.csv").write_text("household,day,time,outcome\nH3,1,10:00,reached\nH4,1,10:05,away\n")
    with pytest.raises(gridgov.InputError, match=r"paper.csv line 3: field 'outcome': unknown value 'away'"):
        b.import_csv(tmp_path / "paper.csv")
    assert len(b.contacts()) == 2


def test_an_edited_households_frame_updates_flags_from_its_day(street):
    ledger = Ledger.create(":memory:", street)
    households = ledger.households()
    households.loc[households.id == "H1", "home_observation"] = True
    ledger.update_households(4, households)
    assert ledger.level_on("H1", 3) == gridgov.Level.green
    assert ledger.level_on("H1", 4) == gridgov.Level.red
    ledger.update_households(5, [gridgov.Household(id="H5", building="B2")])
    assert ledger.households()["since"].tolist() == [0, 0, 0, 0, 5]


def test_moved_households_leave_the_community(street):
    ledger = Ledger.create(":memory:", street)
    ledger.record([{"household": "H2", "day": 2, "time": "11:00", "outcome": "moved"}])
    assert [h.id for h in ledger.community().households] == ["H1", "H3", "H4"]
    assert ledger.households()["moved_on"].tolist()[1] == 2


def test_plans_and_promises(street):
    ledger = Ledger.create(":memory:", street)
    ledger.record_plan(pd.DataFrame({"day": [1, 1], "kind": ["evening", "evening"], "team": ["T1", "T1"], "seq": [0, 1],
                                     "target": ["H1", "H2"], "start": ["19:00", "19:20"], "end": ["19:10", "19:30"]}))
    ledger.mark_done(1, "evening", "T1", 0)
    plans = ledger.plans(1)
    assert plans["status"].tolist() == ["done", "planned"]
    assert plans["start"].tolist() == ["19:00", "19:20"]
    with pytest.raises(gridgov.InputError, match="unknown value 'night'"):
        ledger.mark_done(1, "night", "T1", 1)
    ledger.promise([{"household": "H2", "day": 2, "window": "19:00-20:00", "note": "call first"}])
    assert ledger.promises(2)[["household", "window"]].values.tolist() == [["H2", "19:00-20:00"]]
    assert ledger.promises(3).empty
    assert list(ledger.promises(3).columns) == ["household", "day", "window", "note"]


def test_files_that_are_not_ledgers_or_too_new_are_refused(street, tmp_path):
    import sqlite3

    path = tmp_path / "street.ledger"
    Ledger.create(path, street).close()
    with pytest.raises(gridgov.InputError, match="already exists"):
        Ledger.create(path, street)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {gridgov.ledger.schema_version + 1}")
    with pytest.raises(gridgov.InputError, match="newer than this gridgov reads"):
        Ledger.open(path)
    (tmp_path / "notes.txt").write_text("not a ledger\n")
    with pytest.raises(gridgov.InputError, match="is not a gridgov ledger"):
        Ledger.open(tmp_path / "notes.txt")
