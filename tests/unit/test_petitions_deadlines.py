"""The deadlines view (ordering, paging by key, filters), the administrator's edit of the
working-day calendar (checks, recomputed deadlines, audit) and of the petitions settings."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import URL

from reception.core.errors import InvalidInput, NotPermitted
from reception.core.petitions.calendar_edit import (
    calendar_warning,
    calendar_year,
    parse_calendar_text,
    set_calendar_year,
)
from reception.core.petitions.deadlines import (
    CaseFilter,
    list_cases,
    officers,
    page_key,
    units_in_use,
)
from reception.core.petitions.models import PetitionCase
from reception.core.petitions.settings import DEFAULT_CATEGORIES, load_petition_settings
from reception.core.petitions.settings_edit import update_petition_settings
from reception.core.petitions.states import CaseState, Step
from reception.core.petitions.views import Urgency
from reception.core.petitions.workflow import take_step
from reception.core.security.keys import Keys
from reception.core.security.models import AuditEntry
from reception.core.security.operators import add_operator, create_first_administrator
from reception.core.security.roles import Actor, Role
from reception.db.database import Database, open_database
from tests.unit.petitions_support import add_case, new_case

TODAY = date(2026, 11, 25)


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def desk(db: Database, officer: Actor) -> dict[str, int]:
    """Cases in every part of the view: overdue, due soon, due later, owing nothing, closed."""
    with db.unit() as session:

        def case(name: str, received: date, unit: str = "市住房和城乡建设局") -> int:
            return add_case(session, officer, received_on=received, names=(name,), unit=unit).id

        ids = {
            "overdue": case("张三", date(2026, 11, 1)),  # acceptance due 11-16
            "soon": case("李四", date(2026, 11, 12), "区人社局"),  # due 11-27
            "later": case("王五", date(2026, 11, 20)),  # due 12-07
            "replied": case("赵六", date(2026, 10, 8)),
            "replied_older": case("钱七", date(2026, 10, 7)),
            "closed": case("孙八", date(2026, 11, 24)),
        }
        for name in ("replied", "replied_older"):
            take_step(session, officer, ids[name], Step.ACCEPT, today=TODAY)
            take_step(session, officer, ids[name], Step.REPLY, reply="已答复", today=TODAY)
        take_step(session, officer, ids["closed"], Step.REFUSE, reason="不属受理范围", today=TODAY)
    return ids


def names(views: list[Any], ids: dict[str, int]) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[v.id] for v in views]


def test_due_cases_come_first_overdue_first_then_the_rest_newest_first(
    db: Database, officer: Actor, desk: dict[str, int]
) -> None:
    with db.read() as session:
        listed = list_cases(session, officer, today=TODAY)
        every = list_cases(session, officer, CaseFilter(open_only=False), today=TODAY)
    assert names(listed, desk) == ["overdue", "soon", "later", "replied", "replied_older"]
    assert [v.urgency for v in listed[:3]] == [Urgency.OVERDUE, Urgency.DUE_SOON, Urgency.ON_TRACK]
    assert names(every, desk)[3:] == ["closed", "replied", "replied_older"]


@pytest.mark.parametrize("size", [1, 2, 3])
def test_pages_by_key_give_every_case_once(
    db: Database, officer: Actor, desk: dict[str, int], size: int
) -> None:
    flt = CaseFilter(open_only=False)
    seen: list[Any] = []
    with db.read() as session:
        whole = list_cases(session, officer, flt, today=TODAY)
        after = None
        while page := list_cases(session, officer, flt, today=TODAY, limit=size, after=after):
            assert len(page) <= size
            seen += page
            after = page_key(page[-1])
    assert [v.id for v in seen] == [v.id for v in whole] and len(whole) == 6


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (CaseFilter(overdue=True), ["overdue"]),
        (CaseFilter(due_within=2), ["overdue", "soon"]),
        (CaseFilter(unit="区人社局"), ["soon"]),
        (CaseFilter(states=(CaseState.REPLIED,)), ["replied", "replied_older"]),
        (CaseFilter(text="李"), ["soon"]),
        (CaseFilter(text="zhaol"), ["replied"]),
        (CaseFilter(text="ww"), ["later"]),
        (CaseFilter(text="nobody"), []),
        (CaseFilter(text="孙", open_only=False), ["closed"]),
        (CaseFilter(received_on=date(2026, 11, 24), open_only=False), ["closed"]),
        (CaseFilter(received_on=date(2026, 11, 12)), ["soon"]),
        (CaseFilter(joint_visit_on=date(2026, 11, 1), open_only=False), []),
    ],
)
def test_filters(
    db: Database, officer: Actor, desk: dict[str, int], flt: CaseFilter, expected: list[str]
) -> None:
    with db.read() as session:
        assert names(list_cases(session, officer, flt, today=TODAY), desk) == expected


def test_a_joint_visit_finds_its_case_on_the_day_it_came(db: Database, officer: Actor) -> None:
    with db.unit() as session:
        joint = add_case(
            session,
            officer,
            received_on=date(2026, 11, 20),
            names=("张三", "李四"),
            representatives=("张三",),
            people_count=5,
        ).id
        add_case(session, officer, received_on=date(2026, 11, 20), names=("王五",))
    with db.read() as session:
        came = list_cases(session, officer, CaseFilter(joint_visit_on=date(2026, 11, 20)))
        before = list_cases(session, officer, CaseFilter(joint_visit_on=date(2026, 11, 19)))
    assert [v.id for v in came] == [joint]
    assert before == []


def test_by_case_number_officer_and_units(
    db: Database, officer: Actor, staff: dict[Role, Actor], desk: dict[str, int]
) -> None:
    with db.read() as session:
        number = session.get(PetitionCase, desk["later"]).case_no  # type: ignore[union-attr]
        assert names(list_cases(session, officer, CaseFilter(text=number.lower())), desk) == [
            "later"
        ]
        mine = CaseFilter(officer_id=officer.operator_id, open_only=False)
        assert len(list_cases(session, staff[Role.DIRECTOR], mine, today=TODAY)) == 6
        assert list_cases(session, officer, CaseFilter(officer_id=-1)) == []
        assert units_in_use(session, officer) == ["区人社局", "市住房和城乡建设局"]
        assert officers(session, officer) == [(officer.operator_id, "petitions_officer")]


def test_the_due_part_reads_the_next_due_index(sqlite_url: URL, keys: Keys) -> None:
    """On SQLite, where the plan can be asked: the due part of a page is an index scan."""
    db = open_database(sqlite_url, keys)
    statements: list[tuple[str, Any]] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def keep(conn: Any, cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if "next_due_on IS NOT NULL" in sql:
            statements.append((sql, params))

    try:
        with db.unit() as session:
            made = create_first_administrator(session, "admin", "管理员", "admin-pass-1")
            boss = Actor(made.id, made.login, Role.ADMINISTRATOR)
            made = add_operator(session, boss, "xf", "xf", Role.PETITIONS_OFFICER, "desk-pass-1")
        reader = Actor(made.id, made.login, Role.PETITIONS_OFFICER)
        with db.read() as session:
            list_cases(session, reader, today=TODAY, limit=10)
        sql, params = statements[-1]
        with db.read() as session:
            plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
        assert "ix_petition_case_next_due_on" in " ".join(str(r) for r in plan)
    finally:
        db.close()


# -- the calendar --------------------------------------------------------------------------


def test_a_new_year_of_the_calendar_moves_open_deadlines_and_is_audited(
    db: Database, admin: Actor, officer: Actor
) -> None:
    case_id = new_case(db, officer, received_on=date(2027, 9, 16))
    with db.read() as session:
        assert session.get(PetitionCase, case_id).next_due_on == date(2027, 10, 1)  # type: ignore[union-attr]
        assert calendar_warning(session, TODAY) == [2027]
    days = parse_calendar_text("# 2027\n2027-01-01 元旦\n2027-10-01..2027-10-07 国庆节\n")
    with db.unit() as session:
        year = set_calendar_year(session, admin, 2027, days, [(date(2027, 9, 26), "国庆节")])
    assert (year.source, len(year.holidays), year.workdays) == (
        "office",
        8,
        [(date(2027, 9, 26), "国庆节")],
    )
    with db.read() as session:
        assert session.get(PetitionCase, case_id).next_due_on == date(2027, 10, 8)  # type: ignore[union-attr]
        assert calendar_warning(session, TODAY) == []
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "calendar.change")
        ).one()
    assert '"holidays":0' in (entry.before or "") and '"cases_moved":1' in (entry.after or "")


def test_a_stored_year_is_read_and_replaced_whole(
    db: Database, admin: Actor, officer: Actor
) -> None:
    with db.read() as session:
        seeded = calendar_year(session, officer, 2026)
        assert calendar_year(session, admin, 2030).source == ""
    assert seeded.source == "chinesecalendar" and (date(2026, 10, 10), "国庆节") in seeded.workdays
    with db.unit() as session:
        set_calendar_year(session, admin, 2026, seeded.holidays, [])
    with db.read() as session:
        again = calendar_year(session, officer, 2026)
        count = session.execute(text("SELECT count(*) FROM work_calendar_day")).scalar()
    assert (again.source, again.workdays, again.holidays) == ("office", [], seeded.holidays)
    assert count and count > 500


@pytest.mark.parametrize(
    ("holidays", "workdays", "words"),
    [
        ([(date(2028, 1, 1), "元旦")], [], "not in 2027"),
        ([], [(date(2027, 9, 27), "国庆节")], "is a weekday"),
        ([(date(2027, 10, 2), "")], [(date(2027, 10, 2), "")], "both"),
        ([(date(2027, 1, 1), ""), (date(2027, 1, 1), "元旦")], [], "twice"),
        ([(date(2027, 1, 1), "元" * 41)], [], "at most 40"),
    ],
)
def test_a_calendar_year_that_cannot_be_is_refused(
    db: Database, admin: Actor, holidays: list[Any], workdays: list[Any], words: str
) -> None:
    with pytest.raises(InvalidInput) as refused, db.unit() as session:
        set_calendar_year(session, admin, 2027, holidays, workdays)
    assert words in refused.value.render()


@pytest.mark.parametrize("role", [Role.PETITIONS_OFFICER, Role.DIRECTOR, Role.RECEPTIONIST])
def test_only_the_administrator_edits_the_calendar_and_the_settings(
    db: Database, staff: dict[Role, Actor], role: Role
) -> None:
    with pytest.raises(NotPermitted), db.unit() as session:
        set_calendar_year(session, staff[role], 2027, [], [])
    with pytest.raises(NotPermitted), db.unit() as session:
        update_petition_settings(session, staff[role], due_soon_days=3)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("2027-13-01 元旦", "Line 1"),
        ("# x\n\nfoo", "Line 3"),
        ("2027-10-07..2027-10-01", "forward"),
    ],
)
def test_calendar_text_that_is_not_dates_is_refused(typed: str, words: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_calendar_text(typed)
    assert words in refused.value.render()


# -- the settings --------------------------------------------------------------------------


def test_the_settings_change_what_is_given_and_keep_the_rest(db: Database, admin: Actor) -> None:
    with db.unit() as session:
        update_petition_settings(
            session, admin, categories=[" 城乡建设 / 征地拆迁 ", "其他/其他"], due_soon_days=3
        )
        update_petition_settings(session, admin, templates={"reply": "答复\n{reply}"})
        kept = update_petition_settings(session, admin, templates={"acceptance": "受理\n{name}"})
        assert load_petition_settings(session) == kept
    assert kept.categories == ("城乡建设/征地拆迁", "其他/其他") and kept.due_soon_days == 3
    assert kept.templates == {"reply": "答复\n{reply}", "acceptance": "受理\n{name}"}
    with db.unit() as session:
        back = update_petition_settings(
            session, admin, templates={"reply": ""}, categories=DEFAULT_CATEGORIES
        )
    assert (
        back.templates == {"acceptance": "受理\n{name}"} and back.categories == DEFAULT_CATEGORIES
    )


@pytest.mark.parametrize(
    "change",
    [
        {"categories": ["其他/其他", "其他/其他"]},
        {"categories": [" "]},
        {"due_soon_days": 61},
        {"templates": {"memo": "标题"}},
        {"templates": {"reply": "答复\n{phone}"}},
    ],
)
def test_settings_that_cannot_be_are_refused(
    db: Database, admin: Actor, change: dict[str, Any]
) -> None:
    with pytest.raises(InvalidInput), db.unit() as session:
        update_petition_settings(session, admin, **change)
