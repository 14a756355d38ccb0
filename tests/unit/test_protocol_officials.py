"""Officials and the one precedence order, on both databases, with permissions per role."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput, NotFound, NotPermitted
from reception.core.lodging.guests import guests_of
from reception.core.lodging.models import Guest
from reception.core.protocol.officials import (
    OfficialForm,
    activate_official,
    add_official,
    deactivate_official,
    get_official,
    list_officials,
    reorder,
    update_official,
)
from reception.core.protocol.precedence import PersonKind, precedence_order
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit import lodging_support as support


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def _add(db: Database, actor: Actor, name: str, rank: str, post: str = "") -> int:
    with db.unit() as session:
        return add_official(session, actor, OfficialForm(name, post, "市政府", rank)).id


def _names(db: Database, actor: Actor) -> list[str]:
    with db.unit() as session:
        return [o.name for o in list_officials(session, actor)]


def test_officials_by_rank_then_the_offices_order(db: Database, clerk: Actor) -> None:
    _add(db, clerk, "赵局长", "正厅级")
    _add(db, clerk, "钱书记", "provincial_chief")
    _add(db, clerk, "孙副局长", "bureau_deputy")
    _add(db, clerk, "李局长", "bureau_chief")
    assert _names(db, clerk) == ["钱书记", "赵局长", "李局长", "孙副局长"]
    with db.unit() as session:
        views = list_officials(session, clerk)
    assert [v.number for v in views] == [1, 2, 3, 4]
    assert [v.order_in_rank for v in views] == [1, 1, 2, 1]
    assert views[0].rank_label == "Provincial or ministerial, chief"


def test_reorder_within_a_rank(db: Database, clerk: Actor) -> None:
    ids = [_add(db, clerk, name, "county_chief") for name in ("甲一", "乙二", "丙三", "丁四")]
    with db.unit() as session:
        moved = reorder(session, clerk, ids[3], 1)
    assert [o.name for o in moved] == ["丁四", "甲一", "乙二", "丙三"]
    assert [o.order_in_rank for o in moved] == [1, 2, 3, 4]
    with db.unit() as session:
        reorder(session, clerk, ids[3], 99)  # clamped to the end
    assert _names(db, clerk) == ["甲一", "乙二", "丙三", "丁四"]
    with db.unit() as session:
        entries = session.scalars(
            select(AuditEntry.after)
            .where(AuditEntry.action == "official.reorder")
            .order_by(AuditEntry.seq)
        ).all()
    assert len(entries) == 2
    assert json.loads(entries[0] or "{}")["order"] == [ids[3], *ids[:3]]


def test_a_new_rank_puts_the_official_last_in_it(db: Database, clerk: Actor) -> None:
    first = _add(db, clerk, "周一", "bureau_chief")
    _add(db, clerk, "吴二", "bureau_chief")
    moved = _add(db, clerk, "郑三", "bureau_deputy")
    with db.unit() as session:
        view = update_official(
            session, clerk, moved, OfficialForm("郑三", "局长", "市政府", "正厅级")
        )
    assert (view.rank, view.order_in_rank, view.post) == ("bureau_chief", 3, "局长")
    with db.unit() as session:
        update_official(session, clerk, first, OfficialForm("周一", "", "市政府", "副厅级"))
    with db.unit() as session:
        views = list_officials(session, clerk)
    assert [(v.name, v.order_in_rank) for v in views] == [("吴二", 1), ("郑三", 2), ("周一", 1)]


def test_deactivated_officials_leave_the_order(db: Database, clerk: Actor) -> None:
    a = _add(db, clerk, "王甲", "section_chief")
    _add(db, clerk, "王乙", "section_chief")
    with db.unit() as session:
        view = deactivate_official(session, clerk, a, "调离")
    assert view.active is False
    assert _names(db, clerk) == ["王乙"]
    with db.unit() as session:
        everyone = list_officials(session, clerk, include_inactive=True)
        assert [(o.name, o.active, o.number) for o in everyone] == [
            ("王乙", True, 1),
            ("王甲", False, 0),
        ]
        with pytest.raises(NotFound):
            reorder(session, clerk, a, 1)
    with db.unit() as session:
        activate_official(session, clerk, a)
    assert _names(db, clerk) == ["王乙", "王甲"]
    with db.unit() as session:
        reasons = session.scalars(
            select(AuditEntry.reason).where(AuditEntry.action == "official.deactivate")
        ).all()
    assert reasons == ["调离"]


def test_forms_are_checked(db: Database, clerk: Actor) -> None:
    with db.unit() as session:
        with pytest.raises(InvalidInput, match="rank level"):
            add_official(session, clerk, OfficialForm("张三", "", "", "大官"))
        with pytest.raises(InvalidInput):
            add_official(session, clerk, OfficialForm("", "", "", "正处级"))
        with pytest.raises(NotFound):
            get_official(session, clerk, 999)


def test_guests_follow_the_officials_of_their_rank(db: Database, clerk: Actor) -> None:
    delegation = support.delegation(db)
    head = support.guest(db, "黄团长", rank="bureau_chief", delegation_id=delegation)
    support.guest(db, "安处长", rank="county_chief", delegation_id=delegation)
    support.guest(db, "白副局长", rank="bureau_deputy", delegation_id=delegation)
    support.guest(db, "陈局长", rank="bureau_chief", delegation_id=delegation)
    with db.unit() as session:
        row = session.get(Guest, head)
        assert row is not None
        row.is_head = True
    _add(db, clerk, "钟局长", "bureau_chief")
    _add(db, clerk, "马处长", "county_chief")
    with db.unit() as session:
        order = precedence_order(session, clerk, delegation_id=delegation)
        lodging_order = [g.name for g in guests_of(session, delegation)]
    assert [p.name for p in order] == ["钟局长", "黄团长", "陈局长", "白副局长", "马处长", "安处长"]
    assert [p.kind for p in order][:2] == [PersonKind.OFFICIAL, PersonKind.GUEST]
    assert order[1].unit == "某省发展和改革委员会"
    # the lodging lists keep the same order of the guests
    assert lodging_order == [p.name for p in order if p.kind is PersonKind.GUEST]
    with db.unit() as session:
        guests_only = precedence_order(session, clerk, officials=False, delegation_id=delegation)
    assert [p.name for p in guests_only] == ["黄团长", "陈局长", "白副局长", "安处长"]


@pytest.mark.parametrize(
    ("role", "may_change", "may_read"),
    [
        (Role.LODGING_CLERK, True, True),
        (Role.DIRECTOR, True, True),
        (Role.RECEPTIONIST, False, False),
        (Role.PETITIONS_OFFICER, False, False),
        (Role.ADMINISTRATOR, False, False),
    ],
)
def test_permissions_per_role(
    db: Database, staff: dict[Role, Actor], role: Role, may_change: bool, may_read: bool
) -> None:
    actor = staff[role]
    existing = _add(db, staff[Role.LODGING_CLERK], "刘主任", "county_chief")
    changes: list[Callable[[Session], object]] = [
        lambda s: add_official(s, actor, OfficialForm("新人", "", "", "科员")),
        lambda s: reorder(s, actor, existing, 1),
        lambda s: deactivate_official(s, actor, existing),
    ]
    for change in changes:
        with db.unit() as session:
            if may_change:
                change(session)
            else:
                with pytest.raises(NotPermitted):
                    change(session)
    with db.unit() as session:
        if may_read:
            assert len(list_officials(session, actor, include_inactive=True)) >= 1
            precedence_order(session, actor)
        else:
            with pytest.raises(NotPermitted):
                list_officials(session, actor)
            with pytest.raises(NotPermitted):
                precedence_order(session, actor)
