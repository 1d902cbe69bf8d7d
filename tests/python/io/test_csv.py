"""CSV files of records: round trips, line numbers in errors, and safe writes."""

import pytest

import gridgov


def test_every_kind_round_trips(street, tmp_path):
    for kind in ("buildings", "households", "volunteers", "posts", "stations", "grids"):
        path = tmp_path / f"{kind}.csv"
        gridgov.io.write_csv(path, getattr(street, kind), kind)
        assert gridgov.io.read_csv(path, kind) == getattr(street, kind)


def test_errors_name_file_line_record_and_column(tmp_path):
    path = tmp_path / "households.csv"
    path.write_text("id,building,size\nH1,B1,2\nH2,B1,two\n")
    with pytest.raises(gridgov.InputError, match=r"households.csv line 3 \(household 'H2'\): field 'size': expected an integer, got 'two'"):
        gridgov.io.read_csv(path, "households")
    path.write_text("id,building\nH1\n")
    with pytest.raises(gridgov.InputError, match="households.csv line 2: has 1 fields but the header has 2"):
        gridgov.io.read_csv(path, "households")
    with pytest.raises(gridgov.InputError, match="unknown kind 'people'"):
        gridgov.io.read_csv(path, "people")


def test_csv_matches_the_dataframe_columns(street, tmp_path):
    import pandas as pd

    path = tmp_path / "volunteers.csv"
    gridgov.io.write_csv(path, street.volunteers, "volunteers")
    frame = pd.read_csv(path, keep_default_na=False, na_values=[""])
    assert list(frame.columns) == list(street.frame("volunteers").columns)
    assert gridgov.Volunteer.from_frame(frame) == street.volunteers


def test_column_documentation():
    cols = gridgov.io.columns("volunteers")
    assert list(cols.columns) == ["name", "kind", "required", "meaning"]
    assert "max_hours_day" in set(cols["name"])
