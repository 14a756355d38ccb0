"""Which areas of the dashboard an operator sees: each area to exactly the roles its own
list services let read it, checked the same way (the areas' own `authorize_reading`), so
the dashboard never shows a figure whose list the operator could not open.

- queue: whoever serves visitors, or reads everything (the on-site list's rule);
- lodging: lodging clerks and the director (reception.core.lodging.rooms);
- petitions: petitions officers and the director (reception.core.petitions.cases).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import Session

from reception.core.lodging.rooms import authorize_reading as authorize_lodging
from reception.core.petitions.cases import authorize_reading as authorize_petitions
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission


class Area(StrEnum):
    QUEUE = "queue"
    LODGING = "lodging"
    PETITIONS = "petitions"


_READERS: dict[Area, tuple[Permission, ...]] = {
    Area.QUEUE: (Permission.SERVE_VISITORS, Permission.READ_EVERYTHING),
    Area.LODGING: (Permission.MANAGE_LODGING, Permission.READ_EVERYTHING),
    Area.PETITIONS: (Permission.HANDLE_PETITIONS, Permission.READ_EVERYTHING),
}


def sees(actor: Actor, area: Area) -> bool:
    """Whether the actor's role may read the area (no database check: see authorize_area)."""
    return any(actor.may(permission) for permission in _READERS[area])


def authorize_area(session: Session, actor: Actor, area: Area) -> None:
    """Refuse (NotPermitted) unless the operator, as the database knows them now, may read
    the area: the same check as the area's own lists."""
    if area is Area.LODGING:
        authorize_lodging(session, actor)
    elif area is Area.PETITIONS:
        authorize_petitions(session, actor)
    else:
        # checkin.on_site checks the role only; the database check is the stricter one.
        wanted = next((p for p in _READERS[area] if actor.may(p)), _READERS[area][0])
        authorize(session, actor, wanted)
