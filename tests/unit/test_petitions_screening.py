"""Repeat screening (筛重) and the cases search: by ID number, by name and phone, by a name's
beginning, pinyin or initials; strongest match first, final matters flagged; who may look."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from reception.core.errors import NotPermitted
from reception.core.petitions import screening
from reception.core.petitions.models import PetitionCase
from reception.core.petitions.screening import (
    BY_ID_NUMBER,
    BY_NAME,
    BY_NAME_PHONE,
    ScreenHit,
    screen,
    search_cases,
)
from reception.core.petitions.states import CaseState
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.petitions_intake_support import (
    MAN_ID,
    OTHER_PHONE,
    PHONE,
    THIRD_ID,
    WOMAN_ID,
    person,
    register,
)


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def log(db: Database, officer: Actor) -> dict[str, str]:
    """Four matters: 张三 (ID number, phone) twice, the second final; 张三丰; 李四 without
    an ID number. Case numbers by name."""
    cases = {
        "old": register(db, officer, person(), received_on=date(2025, 3, 1)).case_no,
        "new": register(db, officer, person(), received_on=date(2026, 10, 9)).case_no,
        "feng": register(
            db, officer, person("张三丰", id_number=THIRD_ID, phone=OTHER_PHONE)
        ).case_no,
        "li": register(db, officer, person("李四", id_number="", phone=PHONE)).case_no,
    }
    with db.unit() as s:
        s.execute(
            update(PetitionCase)
            .where(PetitionCase.case_no == cases["old"])
            .values(state=CaseState.FINAL.value, is_final=True)
        )
    return cases


def _screen(
    db: Database, actor: Actor, *, id_number: str = "", name: str = "", phone: str = ""
) -> list[ScreenHit]:
    with db.read() as s:
        return screen(s, actor, id_number=id_number, name=name, phone=phone)


def _found(hits: list[ScreenHit]) -> list[tuple[str, str]]:
    return [(hit.case_no, hit.matched_by) for hit in hits]


def test_the_id_number_finds_the_persons_matters_newest_first(
    db: Database, officer: Actor, log: dict[str, str]
) -> None:
    hits = _screen(db, officer, id_number=MAN_ID.lower().replace("1", "１", 1))
    assert _found(hits) == [(log["new"], BY_ID_NUMBER), (log["old"], BY_ID_NUMBER)]
    assert [hit.is_final for hit in hits] == [False, True]
    assert hits[1].state is CaseState.FINAL
    assert hits[0].petitioner == "张三"
    assert hits[0].visit_count == 1 and hits[0].category == "城乡建设/物业管理"


@pytest.mark.parametrize("typed", ["", "1101051980", MAN_ID[:-1] + "Z", WOMAN_ID[:10]])
def test_an_incomplete_or_invalid_id_number_is_ignored(
    db: Database, officer: Actor, log: dict[str, str], typed: str
) -> None:
    assert _screen(db, officer, id_number=typed) == []


def test_an_unknown_id_number_finds_nothing(
    db: Database, officer: Actor, log: dict[str, str]
) -> None:
    assert _screen(db, officer, id_number=WOMAN_ID) == []


def test_name_and_phone_find_a_person_without_id_number(
    db: Database, officer: Actor, log: dict[str, str]
) -> None:
    hits = _screen(db, officer, name="李四", phone="138 1234 5678")
    assert _found(hits) == [(log["li"], BY_NAME_PHONE)]


def test_the_strongest_match_comes_first_and_each_matter_once(
    db: Database, officer: Actor, log: dict[str, str]
) -> None:
    hits = _screen(db, officer, id_number=MAN_ID, name="张三", phone=PHONE)
    # 张三's matters by ID number (and also by name and phone: listed once), then 张三丰's
    # by the name's beginning.
    assert _found(hits) == [
        (log["new"], BY_ID_NUMBER),
        (log["old"], BY_ID_NUMBER),
        (log["feng"], BY_NAME),
    ]


@pytest.mark.parametrize("typed", ["张三", "zhangsan", "ZhangS", "zs", "z s"])
def test_a_names_beginning_pinyin_or_initials_find_namesakes(
    db: Database, officer: Actor, log: dict[str, str], typed: str
) -> None:
    hits = _screen(db, officer, name=typed)
    assert {case_no for case_no, _ in _found(hits)} == {log["new"], log["old"], log["feng"]}
    assert {hit.matched_by for hit in hits} == {BY_NAME}
    assert [hit.received_on for hit in hits] == sorted(
        (hit.received_on for hit in hits), reverse=True
    )


@pytest.mark.parametrize("typed", ["z", "3", "张*", "王"])
def test_a_name_that_matches_nobody_or_too_many_finds_nothing(
    db: Database, officer: Actor, log: dict[str, str], typed: str
) -> None:
    assert _screen(db, officer, name=typed) == []


def test_the_limit_holds(db: Database, officer: Actor, log: dict[str, str]) -> None:
    with db.read() as s:
        hits = screen(s, officer, name="张", limit=2)
    assert _found(hits) == [(log["feng"], BY_NAME), (log["new"], BY_NAME)]


def test_a_prefix_shared_by_many_reaches_the_most_recently_added_people(
    db: Database, officer: Actor, log: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screening, "WIDE", 1)
    # 张三丰 was added after 张三: only his matter is gathered.
    assert _found(_screen(db, officer, name="张")) == [(log["feng"], BY_NAME)]
    # An exact match is not capped.
    assert len(_screen(db, officer, id_number=MAN_ID)) == 2


def test_the_director_screens_and_sees_names(
    db: Database, staff: dict[Role, Actor], log: dict[str, str]
) -> None:
    hits = _screen(db, staff[Role.DIRECTOR], id_number=MAN_ID)
    assert [hit.petitioner for hit in hits] == ["张三", "张三"]


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.LODGING_CLERK, Role.ADMINISTRATOR])
def test_other_roles_may_not_screen_or_search(
    db: Database, staff: dict[Role, Actor], log: dict[str, str], role: Role
) -> None:
    with db.read() as s, pytest.raises(NotPermitted):
        screen(s, staff[role], id_number=MAN_ID)
    with db.read() as s, pytest.raises(NotPermitted):
        search_cases(s, staff[role], "张三")


def _search(db: Database, actor: Actor, text: str) -> list[str]:
    with db.read() as s:
        return [view.case_no for view in search_cases(s, actor, text)]


def test_search_by_case_number(db: Database, officer: Actor, log: dict[str, str]) -> None:
    assert _search(db, officer, log["feng"].lower()) == [log["feng"]]
    assert set(_search(db, officer, "XF2026-")) == {log["new"], log["feng"], log["li"]}


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("张三", {"new", "old", "feng"}),
        ("张三丰", {"feng"}),
        ("lisi", {"li"}),
        ("ls", {"li"}),
        ("zsf", {"feng"}),
        ("", set()),
        ("王", set()),
    ],
)
def test_search_by_name_pinyin_or_initials(
    db: Database, officer: Actor, log: dict[str, str], typed: str, names: set[str]
) -> None:
    found = _search(db, officer, typed)
    assert set(found) == {log[name] for name in names}
    with db.read() as s:
        received = [v.received_on for v in search_cases(s, officer, typed)]
    assert received == sorted(received, reverse=True)


def test_the_director_searches(db: Database, staff: dict[Role, Actor], log: dict[str, str]) -> None:
    with db.read() as s:
        [view] = search_cases(s, staff[Role.DIRECTOR], "李四")
    assert view.case_no == log["li"] and view.petitioners == "李四"
