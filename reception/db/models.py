"""Imports every model module, so that Base.metadata knows all tables (migrations, tests)."""

from reception.core import settings as _settings
from reception.core.alerts import models as _alerts
from reception.core.lodging import models as _lodging
from reception.core.petitions import models as _petitions
from reception.core.protocol import models as _protocol
from reception.core.security import models as _security
from reception.core.visitors import models as _visitors
from reception.db.base import Base

metadata = Base.metadata
__all__ = [
    "_alerts",
    "_lodging",
    "_petitions",
    "_protocol",
    "_security",
    "_settings",
    "_visitors",
    "metadata",
]
