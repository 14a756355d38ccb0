"""The petitions log (信访) from the command line, through the desk's own services:

    reception petition add --name N --id-number ID --phone P --summary T [...]   a new matter
    reception petition list [--due-within DAYS] [--overdue] [--all]           the deadlines view
    reception petition show CASE_NO                   the full record (opening it is audited)
    reception petition step CASE_NO STEP [--on D] [--reason R] [--unit U] [--reply T]

`add` screens for the person's earlier matters first (by ID number, or name and phone) and
names them; it registers a new matter either way. Exit codes as everywhere: 2 bad input
(an ID number or phone refused: the message names the option, nothing is written), 4 a
step the case cannot take, 5 not permitted (only the petitions officer and the director
read the log), 6 no such case.
"""

from __future__ import annotations

from argparse import _SubParsersAction
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from reception.commands.context import CONTEXT, Context, HelpText
from reception.commands.lodging import parse_day
from reception.core.errors import InvalidInput
from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.cases import (
    authorize_reading,
    case_by_number,
    case_dates,
    case_row,
    office_today,
)
from reception.core.petitions.clock import deadlines
from reception.core.petitions.models import JOINT_VISIT_PEOPLE
from reception.core.petitions.states import CaseForm, CaseState, DueKind, Step
from reception.core.petitions.views import CaseView
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP

FORMS = [f.value for f in CaseForm]
STEPS = [s.value for s in Step if s is not Step.EXTEND]
# Where each field of the intake form comes from on the command line.
OPTIONS = {
    "form": "--form",
    "received_on": "--received",
    "summary": "--summary",
    "demands": "--demands",
    "category": "--category",
    "unit_concerned": "--unit",
    "people_count": "--people",
    "representatives": "--people",
    "petitioners": "--name",
    "name": "--name",
    "id_number": "--id-number",
    "phone": "--phone",
    "address": "--address",
}
SAME_PERSON = ("id_number", "name_phone")  # screening matches that name the person
REPEATS_SHOWN = 50


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    json_help = tr("print the result as JSON")
    petition = commands.add_parser("petition", help=tr("The petitions log (信访)."))
    actions = petition.add_subparsers(dest="petition_action", required=True, metavar="ACTION")

    add = actions.add_parser(
        "add", help=tr("Register a new matter; earlier matters of the person are named.")
    )
    add.add_argument("--name", required=True, metavar="NAME", help=tr("the petitioner's name"))
    add.add_argument(
        "--id-number", default="", metavar="ID", help=tr("the petitioner's resident ID number")
    )
    add.add_argument("--phone", default="", metavar="PHONE", help=tr("mobile or landline number"))
    add.add_argument(
        "--summary", required=True, metavar="TEXT", help=tr("what the matter is about")
    )
    add.add_argument(
        "--received", metavar="YYYY-MM-DD", help=tr("the day it was received (default today)")
    )
    add.add_argument(
        "--form",
        choices=FORMS,
        default=CaseForm.VISIT.value,
        help=tr("how it came (default visit)"),
    )
    add.add_argument(
        "--people",
        type=int,
        default=1,
        metavar="K",
        help=tr("how many people came; five or more is a joint visit"),
    )
    add.add_argument(
        "--category", default="", metavar="C", help=tr("the category, such as 劳动社保/拖欠工资")
    )
    add.add_argument("--unit", default="", metavar="UNIT", help=tr("the unit concerned"))
    add.add_argument("--demands", default="", metavar="TEXT", help=tr("what the petitioner asks"))
    add.add_argument("--address", default="", metavar="TEXT", help=tr("the petitioner's address"))
    add.add_argument("--json", action="store_true", help=json_help)
    add.set_defaults(handler=run_add)

    listing = actions.add_parser(
        "list", help=tr("Open cases by deadline: overdue first, then due soonest.")
    )
    listing.add_argument(
        "--due-within",
        type=int,
        metavar="DAYS",
        help=tr("only cases due within DAYS days (overdue ones included)"),
    )
    listing.add_argument("--overdue", action="store_true", help=tr("only overdue cases"))
    listing.add_argument(
        "--all", action="store_true", help=tr("closed, refused and final cases too")
    )
    listing.add_argument(
        "--text", default="", metavar="TEXT", help=tr("a case number or a petitioner's name")
    )
    listing.add_argument("--unit", default="", metavar="UNIT", help=tr("only this unit"))
    listing.add_argument(
        "--limit", type=int, default=200, metavar="N", help=tr("at most N cases (default 200)")
    )
    listing.add_argument("--json", action="store_true", help=json_help)
    listing.set_defaults(handler=run_list)

    show = actions.add_parser(
        "show", help=tr("The full record of a case, decrypted (the opening is audited).")
    )
    show.add_argument("case_no", metavar="CASE_NO", help=tr("the case number, XF2026-000123"))
    show.add_argument("--json", action="store_true", help=json_help)
    show.set_defaults(handler=run_show)

    step = actions.add_parser("step", help=tr("Take a step of a case's workflow."))
    step.add_argument("case_no", metavar="CASE_NO", help=tr("the case number, XF2026-000123"))
    step.add_argument("step", choices=STEPS, metavar="STEP", help=tr("one of: ") + ", ".join(STEPS))
    step.add_argument("--on", metavar="YYYY-MM-DD", help=tr("the day of the step (default today)"))
    step.add_argument(
        "--reason", default="", metavar="TEXT", help=tr("the reason (refuse, object)")
    )
    step.add_argument("--unit", default="", metavar="UNIT", help=tr("the unit (assign)"))
    step.add_argument(
        "--reply", default="", metavar="TEXT", help=tr("the reply or decision (reply, decide_*)")
    )
    step.add_argument("--json", action="store_true", help=json_help)
    step.set_defaults(handler=run_step)


# -- helpers -------------------------------------------------------------------------------


def _words(ctx: Context, source: str, **values: Any) -> str:
    return ctx.translate(CONTEXT, source).format(**values)


def _state(ctx: Context, state: CaseState) -> str:
    return ctx.translate("Petitions", state.label)


def _due_kind(ctx: Context, kind: DueKind | None) -> str:
    return "" if kind is None else ctx.translate("Petitions", kind.label)


def _view_json(view: CaseView) -> dict[str, Any]:
    data = asdict(view)
    for key, value in data.items():
        if isinstance(value, date):
            data[key] = value.isoformat()
    return data


def _clocks(session: Session, case_id: int) -> dict[str, str | None]:
    """Every deadline of the case now, ISO dates; None where its clock has not started."""
    limits = deadlines(case_dates(case_row(session, case_id)), load_calendar(session))
    return {
        f"{kind.value}_due": (None if (day := limits.of(kind)) is None else day.isoformat())
        for kind in DueKind
    }


def _case_id(session: Session, actor: Actor, case_no: str) -> int:
    """The case numbered `case_no`, for a reader of the log (others learn nothing of it)."""
    authorize_reading(session, actor)
    return case_by_number(session, case_no).id


class _Refused(InvalidInput):
    """An intake refused, said on one line with the options to mend."""

    context = CONTEXT


def _refusal(ctx: Context, problems: dict[str, str]) -> _Refused:
    parts = []
    for key, reason in problems.items():
        leaf = key.rpartition(".")[2]
        option = OPTIONS.get(leaf, leaf)
        shown = ctx.translate(getattr(reason, "context", "Errors"), str(reason))
        parts.append(
            _words(ctx, QT_TRANSLATE_NOOP("Cli", "{option}: {reason}"), option=option, reason=shown)
        )
    return _Refused(
        QT_TRANSLATE_NOOP("Cli", "Nothing was saved: {problems}."), problems="; ".join(parts)
    )


# -- add -----------------------------------------------------------------------------------


def run_add(ctx: Context) -> int:
    from reception.core.petitions.intake import IntakeForm, IntakeRefused, register_case
    from reception.core.petitions.people import PetitionerForm
    from reception.core.petitions.screening import screen

    args = ctx.args
    received = parse_day(args.received, "--received") if args.received else None
    person = PetitionerForm(
        name=args.name,
        id_number=args.id_number,
        phone=args.phone,
        address=args.address,
        is_representative=args.people >= JOINT_VISIT_PEOPLE,
    )
    actor = ctx.acting()
    try:
        with ctx.database().unit() as session:
            intake = IntakeForm(
                form=args.form,
                received_on=received or office_today(session),
                summary=args.summary,
                petitioners=[person],
                demands=args.demands,
                category=args.category,
                unit_concerned=args.unit,
                people_count=args.people,
            )
            hits = screen(
                session,
                actor,
                id_number=args.id_number,
                name=args.name,
                phone=args.phone,
                limit=REPEATS_SHOWN,
            )
            view = register_case(session, actor, intake)
            clocks = _clocks(session, view.id)
    except IntakeRefused as refused:
        raise _refusal(ctx, refused.problems) from None
    earlier = [hit for hit in hits if hit.matched_by in SAME_PERSON]
    if ctx.wants_json:
        ctx.emit_json(
            {
                **_view_json(view),
                "acceptance_due": clocks["acceptance_due"],
                "handling_due": clocks["handling_due"],
                "repeat_of": [hit.case_no for hit in earlier],
                "repeat_of_final": [hit.case_no for hit in earlier if hit.is_final],
                "earlier": [
                    {
                        "case_no": hit.case_no,
                        "received_on": hit.received_on.isoformat(),
                        "state": hit.state.value,
                        "is_final": hit.is_final,
                        "matched_by": hit.matched_by,
                    }
                    for hit in earlier
                ],
            }
        )
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli", "Case {case_no} registered: received {received}, decide on acceptance by {due}."
        ),
        case_no=view.case_no,
        received=view.received_on.isoformat(),
        due=clocks["acceptance_due"],
    )
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "The 60-day handling period starts when the case is accepted.")
    )
    if view.is_joint:
        ctx.say(
            QT_TRANSLATE_NOOP("Cli", "A joint visit of {people} people."), people=view.people_count
        )
    if not earlier:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "No earlier case of this person."))
        return 0
    ctx.say(QT_TRANSLATE_NOOP("Cli", "It repeats earlier cases of this person:"))
    for hit in earlier:
        line = f"  {hit.case_no}  {hit.received_on.isoformat()}  {_state(ctx, hit.state)}"
        if hit.is_final:
            line += "  " + _words(
                ctx,
                QT_TRANSLATE_NOOP("Cli", "final: not accepted again on the same facts and reasons"),
            )
        print(line, file=ctx.out)
    return 0


# -- list ----------------------------------------------------------------------------------


def _due_text(ctx: Context, view: CaseView, today: date) -> str:
    if view.next_due_on is None:
        return ""
    left = (view.next_due_on - today).days
    kind = _due_kind(ctx, view.next_due_kind)
    due = view.next_due_on.isoformat()
    if left < 0:
        return _words(
            ctx,
            QT_TRANSLATE_NOOP("Cli", "{kind} by {due}: overdue by {days} days"),
            kind=kind,
            due=due,
            days=-left,
        )
    if left == 0:
        return _words(
            ctx, QT_TRANSLATE_NOOP("Cli", "{kind} by {due}: due today"), kind=kind, due=due
        )
    return _words(
        ctx,
        QT_TRANSLATE_NOOP("Cli", "{kind} by {due}: {days} days left"),
        kind=kind,
        due=due,
        days=left,
    )


def run_list(ctx: Context) -> int:
    from reception.core.petitions.deadlines import CaseFilter, list_cases

    args = ctx.args
    if args.due_within is not None and args.due_within < 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{option} {text} is not a number of days."),
            option="--due-within",
            text=str(args.due_within),
        )
    flt = CaseFilter(
        text=args.text,
        unit=args.unit,
        due_within=args.due_within,
        overdue=args.overdue,
        open_only=not args.all,
    )
    actor = ctx.acting()
    with ctx.database().read() as session:
        today = office_today(session)
        views = list_cases(session, actor, flt, today=today, limit=max(1, args.limit))
    if ctx.wants_json:
        ctx.emit_json([_view_json(v) for v in views])
        return 0
    ctx.say(QT_TRANSLATE_NOOP("Cli", "{count} cases."), count=len(views))
    for view in views:
        parts = [
            view.case_no,
            view.received_on.isoformat(),
            view.petitioners,
            _state(ctx, view.state),
            view.assigned_unit or view.unit_concerned,
            _due_text(ctx, view, today),
        ]
        print("  ".join(part for part in parts if part), file=ctx.out)
    return 0


# -- show ----------------------------------------------------------------------------------


def run_show(ctx: Context) -> int:
    from reception.core.petitions.record import open_case

    actor = ctx.acting()
    with ctx.database().unit() as session:  # opening the record is audited: a write
        record = open_case(session, actor, _case_id(session, actor, ctx.args.case_no))
    if ctx.wants_json:
        data = asdict(record)
        ctx.emit_json(data)
        return 0
    view = record.case
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "Case {case_no}, received {received}: {state}."),
        case_no=view.case_no,
        received=view.received_on.isoformat(),
        state=_state(ctx, view.state),
    )
    for person in record.petitioners:
        print(
            f"  {person.name}  {person.id_number}  {person.phone}  {person.address}", file=ctx.out
        )
    print(record.summary, file=ctx.out)
    if record.demands:
        print(record.demands, file=ctx.out)
    if record.reply:
        print(record.reply, file=ctx.out)
    for event in record.events:
        to = _state(ctx, event.to_state) if event.to_state else ""
        print(
            f"  {event.on_day.isoformat()}  {event.kind}  {to}  {event.note}".rstrip(), file=ctx.out
        )
    return 0


# -- step ----------------------------------------------------------------------------------


def run_step(ctx: Context) -> int:
    from reception.core.petitions.workflow import take_step

    args = ctx.args
    on = parse_day(args.on, "--on") if args.on else None
    actor = ctx.acting()
    with ctx.database().unit() as session:
        case_id = _case_id(session, actor, args.case_no)
        view = take_step(
            session,
            actor,
            case_id,
            Step(args.step),
            on=on,
            reason=args.reason,
            unit=args.unit,
            reply=args.reply,
        )
        clocks = _clocks(session, view.id)
    if ctx.wants_json:
        ctx.emit_json({**_view_json(view), **clocks})
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "Case {case_no}: {step}, now {state}."),
        case_no=view.case_no,
        step=ctx.translate("Petitions", Step(args.step).label),
        state=_state(ctx, view.state),
    )
    if view.next_due_on is not None:
        ctx.say(
            QT_TRANSLATE_NOOP("Cli", "Next: {kind} by {due}."),
            kind=_due_kind(ctx, view.next_due_kind),
            due=view.next_due_on.isoformat(),
        )
    return 0
