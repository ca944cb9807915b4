"""The station navigator: the region → station model and the search box over it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kzobserver.domain.model import Station
from kzobserver.storage.reference import current_election, list_regions
from kzobserver.storage.stations import add_stations_to_election, list_stations
from kzobserver.ui.navigator import StationNavigator
from kzobserver.ui.stationmodel import StationIdRole, StationTreeModel

pytestmark = pytest.mark.gui


def type_text(widget, text: str) -> None:
    """Type ``text`` as key presses; QTest.keyClicks aborts on characters beyond Latin-1
    (Cyrillic, "№"), which are exactly what observers type."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def load_model(logbook, lang: str = "en") -> StationTreeModel:
    election = current_election(logbook)
    model = StationTreeModel()
    model.set_stations(
        list_regions(logbook, election.id), list_stations(logbook, election.id), lang
    )
    return model


def visible_stations(model: StationTreeModel) -> list:
    found = []
    for r in range(model.rowCount()):
        region = model.index(r, 0)
        for s in range(model.rowCount(region)):
            found.append(model.station_at(model.index(s, 0, region)))
    return found


@pytest.fixture
def navigator(qtbot, demo_logbook):
    widget = StationNavigator()
    qtbot.addWidget(widget)
    widget.load(demo_logbook, current_election(demo_logbook), "en")
    return widget


@pytest.fixture
def cyrillic_logbook(kz_logbook):
    election = current_election(kz_logbook)
    add_stations_to_election(
        kz_logbook,
        election,
        [
            Station("101", region="almaty", address="г. Алматы, ул. Абая, 10"),
            Station("102", region="almaty", address="УЛИЦА ЁЛКИНА, 5"),
            Station("203", region="astana", address="пр. Республики, 2"),
        ],
    )
    return kz_logbook


def test_model_passes_qtmodeltester(qtmodeltester, demo_logbook):
    model = load_model(demo_logbook)
    qtmodeltester.check(model)
    model.set_filter("12")
    qtmodeltester.check(model)
    model.set_filter("no such station anywhere")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_model_of_an_empty_logbook_passes_qtmodeltester(qtmodeltester, kz_logbook):
    model = load_model(kz_logbook)
    assert model.rowCount() == 21  # the regions are there before any station
    assert model.total_count() == 0
    qtmodeltester.check(model)


def test_navigator_lists_every_region_and_station(navigator):
    model = navigator.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(names) == 21  # 17 regions, 3 cities of republican significance, abroad
    assert names[0].startswith("Abai Region (")
    assert names[-1] == "Abroad (66)"
    assert model.visible_count() == model.total_count() == 10_223
    assert sum(model.rowCount(model.index(r, 0)) for r in range(21)) == 10_223
    first = model.index(0, 0, model.index(0, 0))
    assert first.data().startswith("№ ")
    assert " — " in first.data()
    assert navigator.count_label.text() == "10,223 stations"


def test_stations_are_in_number_order_within_a_region(navigator):
    model = navigator.model
    region = model.index(3, 0)
    numbers = [int(model.station_at(model.index(r, 0, region)).number) for r in range(20)]
    assert numbers == sorted(numbers)


def test_region_names_follow_the_ui_language(demo_logbook):
    model = load_model(demo_logbook, "ru")
    assert model.index(0, 0).data().startswith("Абайская область")
    model = load_model(demo_logbook, "kk")
    assert model.index(0, 0).data().startswith("Абай облысы")


def test_typing_a_number_filters_by_number_prefix(qtbot, navigator):
    type_text(navigator.search, "№ 1234")  # "№" means: numbers only
    qtbot.waitUntil(lambda: navigator.model.filter_text() == "№ 1234")
    found = visible_stations(navigator.model)
    assert [s.number for s in found] == ["1234"]
    assert navigator.count_label.text() == "1 of 10,223 stations"
    # the region of a hit is expanded, so the hit is in sight
    assert navigator.tree.isExpanded(navigator.model.index(0, 0))


def test_digits_match_number_prefix_or_address(qtbot, navigator):
    qtbot.keyClicks(navigator.search, "999")
    qtbot.waitUntil(lambda: navigator.model.filter_text() == "999")
    found = visible_stations(navigator.model)
    assert {s.number for s in found if s.number.startswith("999")} == {
        "999",
        *(str(n) for n in range(9990, 10000)),
    }
    assert all(s.number.startswith("999") or "999" in s.address for s in found)


def test_typing_text_filters_by_address_case_insensitively(qtbot, navigator):
    qtbot.keyClicks(navigator.search, "SAMPLE avenue")
    qtbot.waitUntil(lambda: navigator.model.filter_text() == "SAMPLE avenue")
    found = visible_stations(navigator.model)
    assert 500 < len(found) < 10_223
    assert all("Sample Avenue" in s.address for s in found)
    shown = navigator.model.visible_count()
    assert navigator.count_label.text() == f"{shown:,} of 10,223 stations"


def test_the_filter_waits_for_the_typist(qtbot, navigator):
    navigator.search.setText("Test Lane")
    assert navigator.model.filter_text() == ""  # not on every keystroke
    qtbot.waitUntil(lambda: navigator.model.filter_text() == "Test Lane", timeout=2000)


def test_cyrillic_search_ignores_case_and_yo(qtbot, cyrillic_logbook):
    widget = StationNavigator()
    qtbot.addWidget(widget)
    widget.load(cyrillic_logbook, current_election(cyrillic_logbook), "ru")
    type_text(widget.search, "абая")
    qtbot.waitUntil(lambda: widget.model.filter_text() == "абая")
    assert [s.number for s in visible_stations(widget.model)] == ["101"]
    widget.search.clear()
    type_text(widget.search, "Елкина")
    qtbot.waitUntil(lambda: widget.model.filter_text() == "Елкина")
    assert [s.number for s in visible_stations(widget.model)] == ["102"]
    widget.search.clear()
    qtbot.waitUntil(lambda: widget.model.filter_text() == "")
    assert widget.model.visible_count() == 3


def test_selecting_a_station_reports_it(qtbot, navigator):
    model = navigator.model
    index = model.index(2, 0, model.index(1, 0))
    with qtbot.waitSignal(navigator.station_selected) as blocker:
        navigator.tree.setCurrentIndex(index)
    assert blocker.args == [index.data(StationIdRole)]
    with qtbot.waitSignal(navigator.selection_cleared):
        navigator.tree.setCurrentIndex(model.index(1, 0))


# Showing a window on the offscreen platform logs this warning; it is about the platform.
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@OFFSCREEN_SHOW
def test_down_from_the_search_box_enters_the_list_and_enter_opens(qtbot, navigator):
    navigator.show()  # focus moves only within a shown window
    qtbot.waitExposed(navigator)
    navigator.focus_search()
    assert navigator.focusWidget() is navigator.search
    qtbot.keyClicks(navigator.search, "Example Square")
    qtbot.keyClick(navigator.search, Qt.Key.Key_Down)  # before the debounce has fired
    assert navigator.model.filter_text() == "Example Square"
    assert navigator.focusWidget() is navigator.tree
    current = navigator.model.station_at(navigator.tree.currentIndex())
    assert current is not None and "Example Square" in current.address
    with qtbot.waitSignal(navigator.station_activated) as blocker:
        qtbot.keyClick(navigator.tree, Qt.Key.Key_Return)
    assert blocker.args == [current.id]


def test_enter_in_the_search_box_opens_the_station_with_that_number(qtbot, navigator):
    qtbot.keyClicks(navigator.search, "77")
    with qtbot.waitSignal(navigator.station_activated) as blocker:
        qtbot.keyClick(navigator.search, Qt.Key.Key_Return)
    station = navigator.model.station_at(navigator.tree.currentIndex())
    assert station.number == "77"
    assert blocker.args == [station.id]


def test_selection_survives_filtering_when_still_visible(qtbot, navigator):
    station_id = navigator.model.station_at(navigator.model.find_number("4321")).id
    assert navigator.select_station(station_id)
    navigator.search.setText("432")
    navigator.apply_filter()
    assert navigator.current_station_id() == station_id
    navigator.search.setText("")
    navigator.apply_filter()
    assert navigator.current_station_id() == station_id


def test_reloading_an_empty_navigator(qtbot):
    widget = StationNavigator()
    qtbot.addWidget(widget)
    widget.load(None, None, "en")
    assert widget.model.rowCount() == 0
    assert widget.model.first_station_index() == QModelIndex()
    assert widget.count_label.text() == "0 stations"


def test_escape_in_the_search_box_clears_the_filter(qtbot, navigator):
    qtbot.keyClicks(navigator.search, "Test Lane")
    navigator.apply_filter()
    assert navigator.model.visible_count() < 10_223
    qtbot.keyClick(navigator.search, Qt.Key.Key_Escape)
    assert navigator.search.text() == ""
    assert navigator.model.visible_count() == 10_223
