"""Monthly figures: cases by category, form and unit, decisions, replies and the on-time
rate (a reply on the rolled-forward last day is on time, a late one is not, an extension
counts), open overdue cases, repeat and joint visits."""

from __future__ import annotations

from datetime import date

import pytest

from reception.core.errors import InvalidInput, NotPermitted
from reception.core.petitions.states import CaseForm, Step
from reception.core.petitions.statistics import monthly_statistics
from reception.core.petitions.workflow import approve_extension, ask_extension, take_step
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.petitions_support import add_case, add_repeat_visit

TODAY = date(2026, 11, 25)
HOUSING, WAGES = "城乡建设/物业管理", "劳动社保/拖欠工资"


def _replied(
    db: Database, officer: Actor, director: Actor, accepted: date, replied: date, ext: int = 0
) -> None:
    with db.unit() as session:
        case = add_case(session, officer, received_on=accepted)
        take_step(session, officer, case.id, Step.ACCEPT, on=accepted, today=TODAY)
        if ext:
            ask_extension(session, officer, case.id, ext, "需补充调查", today=date(2026, 10, 1))
            approve_extension(session, director, case.id, today=date(2026, 10, 1))
        take_step(session, officer, case.id, Step.REPLY, on=replied, reply="已答复", today=TODAY)


@pytest.fixture
def november(db: Database, staff: dict[Role, Actor]) -> Actor:
    """Three cases received in November 2026, one in October left overdue, three replies
    given in November, and visits."""
    officer, director = staff[Role.PETITIONS_OFFICER], staff[Role.DIRECTOR]
    with db.unit() as session:
        first = add_case(session, officer, received_on=date(2026, 11, 2), category=HOUSING)
        second = add_case(
            session, officer, received_on=date(2026, 11, 5), form="letter", category=HOUSING
        )
        joint = add_case(
            session,
            officer,
            received_on=date(2026, 11, 10),
            category=WAGES,
            unit="区人力资源和社会保障局",
            people_count=6,
        )
        add_case(session, officer, received_on=date(2026, 10, 1), category=WAGES)  # overdue
        for case, day in ((first, date(2026, 11, 3)), (second, date(2026, 11, 6))):
            take_step(session, officer, case.id, Step.ACCEPT, on=day, today=TODAY)
        take_step(
            session,
            officer,
            joint.id,
            Step.REFUSE,
            on=date(2026, 11, 11),
            reason="已起诉",
            today=TODAY,
        )
        for day in (date(2026, 10, 20), date(2026, 11, 20), date(2026, 11, 21)):
            add_repeat_visit(session, officer, first.id, day)
    # due 2026-10-31, a Saturday: rolled to Monday 11-02, the reply that day is on time
    _replied(db, officer, director, date(2026, 9, 1), date(2026, 11, 2))
    _replied(db, officer, director, date(2026, 8, 1), date(2026, 11, 3))  # due 09-30: late
    _replied(db, officer, director, date(2026, 8, 20), date(2026, 11, 18), ext=30)  # due 11-18
    return officer


def test_the_month_counts_cases_decisions_and_visits(db: Database, november: Actor) -> None:
    with db.read() as session:
        figures = monthly_statistics(session, november, 2026, 11, today=TODAY)
    assert (figures.received, figures.accepted, figures.not_accepted) == (3, 2, 1)
    assert figures.by_category == [(HOUSING, 2), (WAGES, 1)]
    assert figures.by_form == [(CaseForm.VISIT, 2), (CaseForm.LETTER, 1)]
    assert figures.by_unit == [("市住房和城乡建设局", 2), ("区人力资源和社会保障局", 1)]
    assert (figures.repeat_visits, figures.joint_visits) == (2, 1)
    assert figures.overdue_open == 1  # received 10-01, acceptance due 10-16, never decided


def test_the_on_time_rate_counts_replies_within_the_handling_period(
    db: Database, november: Actor
) -> None:
    with db.read() as session:
        figures = monthly_statistics(session, november, 2026, 11, today=TODAY)
    assert (figures.replied, figures.replied_on_time) == (3, 2)
    assert figures.on_time_rate == pytest.approx(2 / 3)


def test_another_month_has_its_own_figures(db: Database, november: Actor) -> None:
    with db.read() as session:
        october = monthly_statistics(session, november, 2026, 10, today=TODAY)
        empty = monthly_statistics(session, november, 2026, 12, today=TODAY)
    assert (october.received, october.by_category, october.repeat_visits) == (1, [(WAGES, 1)], 1)
    assert (october.replied, october.on_time_rate, october.overdue_open) == (0, None, 1)
    assert (empty.received, empty.by_form, empty.on_time_rate) == (0, [], None)


def test_a_month_that_is_not_one_is_refused(db: Database, november: Actor) -> None:
    with pytest.raises(InvalidInput), db.read() as session:
        monthly_statistics(session, november, 2026, 13)


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.LODGING_CLERK, Role.ADMINISTRATOR])
def test_only_the_petitions_office_and_the_director_see_the_figures(
    db: Database, staff: dict[Role, Actor], role: Role
) -> None:
    with db.read() as session:
        assert monthly_statistics(session, staff[Role.DIRECTOR], 2026, 11).received == 0
    with pytest.raises(NotPermitted), db.read() as session:
        monthly_statistics(session, staff[role], 2026, 11)
