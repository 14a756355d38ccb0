"""The alert rules, kept in office_setting under "alerts": each rule switched on or off, and
the number it is tuned by. Every rule is on by default; the administrator changes them
(update_alert_rules), audited as any setting change.

- joint_visit: a joint visit (five people or more) came today;
- case_due: an open case is due within `case_due_days` days (0: today), or overdue;
- arriving: a delegation arrives within `arriving_minutes` with its checklist unfinished;
- long_wait: a ticket has waited more than `wait_minutes` in the queue;
- final_again: a final matter (终结) was presented again today.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import OfficeSetting, write_setting
from reception.core.text import QT_TRANSLATE_NOOP

SETTING_KEY = "alerts"

# The numbers' ranges (inclusive); a value outside is refused, nothing is written.
CASE_DUE_DAYS = (0, 60)
ARRIVING_MINUTES = (5, 24 * 60)
WAIT_MINUTES = (5, 8 * 60)

SWITCHES = ("joint_visit", "case_due", "arriving", "long_wait", "final_again")
NUMBERS: dict[str, tuple[int, int]] = {
    "case_due_days": CASE_DUE_DAYS,
    "arriving_minutes": ARRIVING_MINUTES,
    "wait_minutes": WAIT_MINUTES,
}

_REFUSED: dict[str, str] = {
    "case_due_days": QT_TRANSLATE_NOOP(
        "Errors", "A case alert comes {least} to {most} days before the deadline."
    ),
    "arriving_minutes": QT_TRANSLATE_NOOP(
        "Errors", "A delegation alert comes {least} to {most} minutes before the arrival."
    ),
    "wait_minutes": QT_TRANSLATE_NOOP(
        "Errors", "A waiting alert comes after {least} to {most} minutes."
    ),
}


@dataclass(frozen=True)
class AlertRules:
    joint_visit: bool = True
    case_due: bool = True
    case_due_days: int = 3
    arriving: bool = True
    arriving_minutes: int = 60
    long_wait: bool = True
    wait_minutes: int = 30
    final_again: bool = True


DEFAULT_RULES = AlertRules()


def _stored_value(name: str, value: Any) -> Any:
    """A stored value as the rules hold it; a value of the wrong kind (an older or hand-edited
    setting) falls back to the default rather than stopping every desk's alerts."""
    default = getattr(DEFAULT_RULES, name)
    if name in NUMBERS:
        least, most = NUMBERS[name]
        ok = isinstance(value, int) and not isinstance(value, bool) and least <= value <= most
        return value if ok else default
    return value if isinstance(value, bool) else default


def load_alert_rules(session: Session) -> AlertRules:
    row = session.get(OfficeSetting, SETTING_KEY)
    if row is None:
        return DEFAULT_RULES
    stored = json.loads(row.value)
    if not isinstance(stored, dict):
        return DEFAULT_RULES
    known = {f.name for f in fields(AlertRules)}
    return AlertRules(**{k: _stored_value(k, v) for k, v in stored.items() if k in known})


def check_rule(name: str, value: Any) -> Any:
    """The value if the rule `name` takes it; InvalidInput naming the allowed range if not."""
    if name in NUMBERS:
        least, most = NUMBERS[name]
        whole = isinstance(value, int) and not isinstance(value, bool)
        if not whole or not least <= value <= most:
            raise InvalidInput(_REFUSED[name], least=least, most=most)
        return value
    if name in SWITCHES:
        if not isinstance(value, bool):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The alert rule {rule} is on or off."), rule=name
            )
        return value
    raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no alert rule {rule}."), rule=name)


def update_alert_rules(session: Session, actor: Actor, **changes: Any) -> AlertRules:
    """Change the rules given; only the administrator may. Every value is checked before
    any is written; the change is one audited setting change."""
    authorize(session, actor, Permission.MANAGE_SETTINGS)
    checked = {name: check_rule(name, value) for name, value in changes.items()}
    rules = replace(load_alert_rules(session), **checked)
    write_setting(session, actor, SETTING_KEY, asdict(rules))
    return rules
