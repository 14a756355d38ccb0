"""Roles and what each may do. Services check these themselves; the desk only hides.

The director reads everything and approves extensions; the administrator keeps operators
and settings. A permission is named by what it lets an operator do.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reception.core.errors import NotPermitted
from reception.core.text import QT_TRANSLATE_NOOP, Phrase


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    LODGING_CLERK = "lodging_clerk"
    PETITIONS_OFFICER = "petitions_officer"
    DIRECTOR = "director"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        """English source of the role's name; translate in context "Roles"."""
        return Phrase("Roles", ROLE_LABELS[self])


ROLE_LABELS: dict[Role, str] = {
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Roles", "Receptionist"),
    Role.LODGING_CLERK: QT_TRANSLATE_NOOP("Roles", "Lodging clerk"),
    Role.PETITIONS_OFFICER: QT_TRANSLATE_NOOP("Roles", "Petitions officer"),
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Roles", "Director"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


class Permission(StrEnum):
    MANAGE_OPERATORS = "manage_operators"
    MANAGE_SETTINGS = "manage_settings"
    READ_AUDIT = "read_audit"
    BACKUP = "backup"
    LOAD_DEMO_DATA = "load_demo_data"
    SERVE_VISITORS = "serve_visitors"
    MANAGE_LODGING = "manage_lodging"
    HANDLE_PETITIONS = "handle_petitions"
    SEE_PETITIONER_DETAILS = "see_petitioner_details"
    APPROVE_EXTENSIONS = "approve_extensions"
    MANAGE_PROTOCOL = "manage_protocol"
    READ_EVERYTHING = "read_everything"

    @property
    def label(self) -> str:
        """English source of what the permission allows; context "Permissions"."""
        return Phrase("Permissions", PERMISSION_LABELS[self])


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.MANAGE_OPERATORS: QT_TRANSLATE_NOOP("Permissions", "manage operators"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "change the office settings"),
    Permission.READ_AUDIT: QT_TRANSLATE_NOOP("Permissions", "read the audit log"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Permissions", "back up or restore the database"),
    Permission.LOAD_DEMO_DATA: QT_TRANSLATE_NOOP("Permissions", "load demonstration data"),
    Permission.SERVE_VISITORS: QT_TRANSLATE_NOOP("Permissions", "serve visitors"),
    Permission.MANAGE_LODGING: QT_TRANSLATE_NOOP("Permissions", "manage guest lodging"),
    Permission.HANDLE_PETITIONS: QT_TRANSLATE_NOOP("Permissions", "handle petitions"),
    Permission.SEE_PETITIONER_DETAILS: QT_TRANSLATE_NOOP(
        "Permissions", "see petitioners' personal details"
    ),
    Permission.APPROVE_EXTENSIONS: QT_TRANSLATE_NOOP("Permissions", "approve extensions"),
    Permission.MANAGE_PROTOCOL: QT_TRANSLATE_NOOP("Permissions", "manage precedence and seating"),
    Permission.READ_EVERYTHING: QT_TRANSLATE_NOOP("Permissions", "read every area"),
}

_P = Permission
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: frozenset({_P.SERVE_VISITORS}),
    Role.LODGING_CLERK: frozenset({_P.MANAGE_LODGING, _P.MANAGE_PROTOCOL}),
    Role.PETITIONS_OFFICER: frozenset({_P.HANDLE_PETITIONS, _P.SEE_PETITIONER_DETAILS}),
    Role.DIRECTOR: frozenset(
        {
            _P.READ_EVERYTHING,
            _P.READ_AUDIT,
            _P.SEE_PETITIONER_DETAILS,
            _P.APPROVE_EXTENSIONS,
            _P.MANAGE_PROTOCOL,
        }
    ),
    Role.ADMINISTRATOR: frozenset(
        {_P.MANAGE_OPERATORS, _P.MANAGE_SETTINGS, _P.READ_AUDIT, _P.BACKUP, _P.LOAD_DEMO_DATA}
    ),
}


@dataclass(frozen=True)
class Actor:
    """The operator on whose behalf a service acts. `operator_id` is None for the system
    itself (first set-up, migrations)."""

    operator_id: int | None
    login: str
    role: Role | None

    def may(self, permission: Permission) -> bool:
        return self.role is not None and permission in GRANTS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            raise NotPermitted(
                QT_TRANSLATE_NOOP("Errors", "Your role may not {action}."),
                action=permission.label,
            )


SYSTEM = Actor(operator_id=None, login="system", role=None)
