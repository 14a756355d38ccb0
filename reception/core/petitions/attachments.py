"""Attachments: scanned letters and photos kept in the database with their case, encrypted
(the file's bytes never reach the database in the clear). The SHA-256 of the content is
kept to tell two copies of one file apart; the media type is taken from the file's name
unless given. Reading an attachment back is audited, like opening the case."""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from pathlib import PureWindowsPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import DatabaseUnusable, InvalidInput, NotFound
from reception.core.petitions.cases import ATTACHMENT, CASE, case_row, cipher_of
from reception.core.petitions.models import Attachment
from reception.core.petitions.record import attachment_view, display_names
from reception.core.petitions.views import AttachmentView
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
FILENAME_MAX = 200
DEFAULT_MEDIA_TYPE = "application/octet-stream"
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")


def clean_filename(filename: str) -> str:
    """The file's own name: any folder dropped (either slash), control characters out."""
    name = PureWindowsPath(str(filename).replace("/", "\\")).name.strip()
    return "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf", "Cs"))


def media_type_of(filename: str, given: str | None) -> str:
    """The given media type (checked), else the one the name suggests, else binary."""
    if given is not None and given.strip():
        text = given.strip().lower()
        if len(text) > 80 or not _MEDIA_TYPE.fullmatch(text):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{media_type} is not a media type."), media_type=text
            )
        return text
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    return guessed or DEFAULT_MEDIA_TYPE


def add_attachment(
    session: Session,
    actor: Actor,
    case_id: int,
    filename: str,
    data: bytes,
    media_type: str | None = None,
) -> AttachmentView:
    """Keep a file with the case, encrypted. Refused: an empty file, one over
    MAX_ATTACHMENT_BYTES, a name that is empty or too long."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    case = case_row(session, case_id)
    name = clean_filename(filename)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The file has no name."))
    if len(name) > FILENAME_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A file name may have at most {most} characters."),
            most=FILENAME_MAX,
        )
    content = bytes(data)
    if not content:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The file is larger than {most} MB: scan it at a lower resolution."
            ),
            most=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )
    kind = media_type_of(name, media_type)
    row = Attachment(
        case_id=case.id,
        filename=name,
        media_type=kind,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content_blob=cipher_of(session).encrypt_bytes(content, ATTACHMENT.encode()),
        added_at=utcnow(),
        added_by=actor.login,
    )
    session.add(row)
    session.flush()
    record(
        session,
        actor,
        "petition.attachment.add",
        CASE,
        case.id,
        None,
        {
            "case_no": case.case_no,
            "attachment_id": row.id,
            "media_type": row.media_type,
            "size": row.size,
            "sha256": row.sha256,
        },
    )
    return attachment_view(row, display_names(session, {row.added_by}))


def attachment_content(
    session: Session, actor: Actor, attachment_id: int
) -> tuple[AttachmentView, bytes]:
    """The attachment and its content, decrypted; the reading is audited."""
    authorize(session, actor, Permission.SEE_PETITIONER_DETAILS)
    row = session.scalars(select(Attachment).where(Attachment.id == attachment_id)).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no attachment {id}."), id=attachment_id
        )
    content = cipher_of(session).decrypt_bytes(row.content_blob, ATTACHMENT.encode())
    if hashlib.sha256(content).hexdigest() != row.sha256:
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP("Errors", "The attachment {id} is damaged."), id=attachment_id
        )
    record(
        session,
        actor,
        "petition.attachment.open",
        CASE,
        row.case_id,
        None,
        {"attachment_id": row.id, "sha256": row.sha256},
    )
    return attachment_view(row, display_names(session, {row.added_by})), content
