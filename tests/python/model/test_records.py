"""Records: keyword construction by column names, attributes in user units, errors that name
the record and field, copies, equality, pickling."""

import pickle

import pytest

import gridgov


def test_attributes_are_the_columns_in_user_units():
    v = gridgov.Volunteer(id="V7", group="steward", availability="daily 08:00-11:00,15:00-17:00", max_hours_shift=2,
                          skills=["en", "medical"])
    assert v.group == "steward"
    assert v.availability == "daily 08:00-11:00,15:00-17:00"
    assert v.max_hours_shift == 2.0
    assert v.max_hours_day == 8.0  # the documented default
    assert v.skills == ["en", "medical"]
    assert v.home_x is None
    assert v.has_skill("medical") and not v.has_skill("ko")


def test_text_values_are_parsed_like_csv_cells():
    h = gridgov.Household(id="H1", building="B1", size="3", reached="true")
    assert h.size == 3 and h.reached is True
    assert gridgov.Volunteer(id="V1", group="student", skills="en; ko").skills == ["en", "ko"]


def test_errors_name_the_record_and_the_field():
    with pytest.raises(gridgov.InputError, match=r"household 'H1': field 'size': expected an integer, got 'two'") as e:
        gridgov.Household(id="H1", building="B1", size="two")
    assert isinstance(e.value, ValueError)
    assert e.value.record == "household 'H1'" and e.value.field == "size"
    with pytest.raises(gridgov.InputError, match="field 'building': is a required column of household records"):
        gridgov.Household(id="H1")
    with pytest.raises(gridgov.InputError, match=r"field 'sise': is not a column of household records \(known: id, building, size"):
        gridgov.Household(id="H1", building="B1", sise=2)
    with pytest.raises(gridgov.InputError, match="volunteer 'V1': field 'availability': unknown day 'moon'"):
        gridgov.Volunteer(id="V1", group="student", availability="moon 08:00-10:00")
    with pytest.raises(gridgov.InputError, match="field 'group': unknown value 'wizard'"):
        gridgov.Volunteer(id="V1", group="wizard")


def test_integers_that_do_not_fit_are_errors_not_wraps():
    with pytest.raises(gridgov.InputError, match="is out of range"):
        gridgov.Household(id="H1", building="B1", size=2**40)
    with pytest.raises(gridgov.InputError, match="is out of range"):
        gridgov.Node(id=2**70, x=0, y=0)


def test_replace_copies_and_checks():
    h = gridgov.Household(id="H1", building="B1")
    h2 = h.replace(size=5, language="ko")
    assert (h.size, h2.size, h2.language) == (1, 5, "ko")
    with pytest.raises(gridgov.InputError, match="field 'attempts'"):
        h.replace(attempts="many")


def test_equality_repr_dict_and_pickle():
    h = gridgov.Household(id="H1", building="B1", size=2, home_observation=True)
    assert h == gridgov.Household(id="H1", building="B1", size=2, home_observation=True)
    assert h != h.replace(size=3)
    assert h != "H1"
    assert repr(h) == "Household(id='H1', building='B1', size=2, home_observation=True)"
    assert h.to_dict()["size"] == 2
    assert pickle.loads(pickle.dumps(h)) == h
    v = gridgov.Volunteer(id="V1", group="student", home_x=3.5, home_y=4)
    assert pickle.loads(pickle.dumps(v)) == v


def test_level_rules_parse_and_explain_errors():
    rules = gridgov.LevelRules(["red if size > 4", "green"])
    assert rules.level(gridgov.Household(id="H", building="B", size=5)) == gridgov.Level.red
    assert gridgov.LevelRules().text[0] == "red if home_observation"
    with pytest.raises(gridgov.InputError, match="level rule 1: is the last rule and must be a bare level"):
        gridgov.LevelRules(["red if reached"])
    assert gridgov.Level.red > gridgov.Level.orange > gridgov.Level.green


def test_weekly_windows():
    w = gridgov.WeeklyWindows("sat,sun 09:00-12:00; mon-fri 19:00-21:00")
    assert w.text == "mon-fri 19:00-21:00; sat,sun 09:00-12:00"
    assert w.on("sat") == ["09:00-12:00"]
    assert w.total_hours == 16.0
    with pytest.raises(gridgov.InputError, match="overlap"):
        gridgov.WeeklyWindows("mon 08:00-10:00,09:00-11:00")
