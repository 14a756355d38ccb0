"""The full case record (decrypted, audited at every opening), conversation records,
attachments, who may do what, and the database file holding no protected value in the
clear."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from reception.core.errors import DatabaseUnusable, InvalidInput, NotFound, NotPermitted
from reception.core.petitions import attachments as attachments_module
from reception.core.petitions.attachments import (
    add_attachment,
    attachment_content,
    clean_filename,
)
from reception.core.petitions.conversations import (
    NOT_THIS_CASE,
    SAID_EMPTY,
    UNKNOWN_MOOD,
    ConversationForm,
    ConversationRefused,
    add_conversation,
)
from reception.core.petitions.intake import record_repeat_visit
from reception.core.petitions.models import Attachment, Conversation, PetitionVisit
from reception.core.petitions.record import case_summary, open_case
from reception.core.petitions.states import CaseState, EventKind, Mood, Step
from reception.core.security.fields import FieldCipher
from reception.core.security.keys import Keys
from reception.core.security.operators import add_operator, create_first_administrator
from reception.core.security.roles import Actor, Role
from reception.db.database import Database, open_database
from tests.unit.petitions_intake_support import (
    ADDRESS,
    DEMANDS,
    MAN_ID,
    PHONE,
    RECEIVED,
    SUMMARY,
    TODAY,
    audit_rows,
    count,
    person,
    register,
)

SAID = "来访人情绪激动，称电梯停运导致老人无法下楼就医。"
PROMISES = "三个工作日内联系物业公司现场查看。"
NEXT_STEP = "交办市住建局督办。"
SCAN = b"%PDF-1.4 scanned letter \x00\x01\x02 unique-attachment-bytes-7c1e"


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def case_id(db: Database, officer: Actor) -> int:
    return register(db, officer, person(address=ADDRESS)).id


def _talk(db: Database, actor: Actor, case_id: int, **changes: object) -> int:
    values: dict[str, object] = {
        "said": SAID,
        "demands": DEMANDS,
        "promises": PROMISES,
        "mood": Mood.AGITATED,
        "next_step": NEXT_STEP,
    }
    values.update(changes)
    with db.unit() as s:
        return add_conversation(s, actor, case_id, ConversationForm(**values)).id  # type: ignore[arg-type]


def _attach(db: Database, actor: Actor, case_id: int, name: str = "来信.pdf") -> int:
    with db.unit() as s:
        return add_attachment(s, actor, case_id, name, SCAN).id


def test_the_full_record_is_decrypted(db: Database, officer: Actor, case_id: int) -> None:
    _talk(db, officer, case_id)
    _attach(db, officer, case_id)
    with db.unit() as s:
        record_repeat_visit(s, officer, case_id, came_on=TODAY, form="letter", today=TODAY)
    with db.unit() as s:
        full = open_case(s, officer, case_id)
    assert (full.summary, full.demands, full.reply) == (SUMMARY, DEMANDS, "")
    [who] = full.petitioners
    assert (who.name, who.id_number, who.phone, who.address, who.gender) == (
        "张三",
        MAN_ID,
        PHONE,
        ADDRESS,
        "male",
    )
    assert [(v.came_on, v.is_repeat, v.petitioner) for v in full.visits] == [
        (RECEIVED, False, "张三"),
        (TODAY, True, "张三"),
    ]
    assert full.visits[0].recorded_by == Role.PETITIONS_OFFICER.value  # its display name
    [talk] = full.conversations
    assert (talk.said, talk.promises, talk.next_step, talk.mood) == (
        SAID,
        PROMISES,
        NEXT_STEP,
        Mood.AGITATED,
    )
    assert talk.received_by == Role.PETITIONS_OFFICER.value
    [scan] = full.attachments
    assert (scan.filename, scan.media_type, scan.size) == ("来信.pdf", "application/pdf", len(SCAN))
    assert [e.kind for e in full.events] == [EventKind.REGISTERED, EventKind.REPEAT_VISIT]
    assert full.steps == [Step.ACCEPT, Step.REFUSE]
    assert full.case.state is CaseState.REGISTERED
    assert full.deadlines.acceptance == full.case.next_due_on


def test_every_opening_is_audited_without_plaintext(
    db: Database, officer: Actor, case_id: int
) -> None:
    for _ in range(2):
        with db.unit() as s:
            open_case(s, officer, case_id)
    opened = audit_rows(db, "petition.open")
    assert len(opened) == 2
    assert {row.entity_id for row in opened} == {str(case_id)}
    assert {row.operator_login for row in opened} == {officer.login}
    for row in opened:
        text = f"{row.before}{row.after}"
        assert MAN_ID not in text and PHONE not in text and SUMMARY not in text


def test_the_summary_row_is_masked_for_nobody_and_not_audited(
    db: Database, staff: dict[Role, Actor], case_id: int
) -> None:
    before = len(audit_rows(db))
    with db.read() as s:
        view = case_summary(s, staff[Role.DIRECTOR], case_id)
    assert view.petitioners == "张三" and view.id_number_masked.endswith(MAN_ID[-4:])
    assert MAN_ID not in view.id_number_masked
    assert len(audit_rows(db)) == before


def test_the_director_opens_but_does_not_write(
    db: Database, staff: dict[Role, Actor], case_id: int
) -> None:
    director = staff[Role.DIRECTOR]
    with db.unit() as s:
        assert open_case(s, director, case_id).summary == SUMMARY
    with db.unit() as s, pytest.raises(NotPermitted):
        add_conversation(s, director, case_id, ConversationForm(said=SAID))
    with db.unit() as s, pytest.raises(NotPermitted):
        add_attachment(s, director, case_id, "a.jpg", SCAN)
    attachment = _attach(db, staff[Role.PETITIONS_OFFICER], case_id)
    with db.unit() as s:
        assert attachment_content(s, director, attachment)[1] == SCAN


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.LODGING_CLERK, Role.ADMINISTRATOR])
def test_other_roles_see_nothing_of_a_case(
    db: Database, staff: dict[Role, Actor], case_id: int, role: Role
) -> None:
    attachment = _attach(db, staff[Role.PETITIONS_OFFICER], case_id)
    actor = staff[role]
    calls: list[Callable[[Session], object]] = [
        lambda s: open_case(s, actor, case_id),
        lambda s: case_summary(s, actor, case_id),
        lambda s: add_conversation(s, actor, case_id, ConversationForm(said=SAID)),
        lambda s: add_attachment(s, actor, case_id, "a.jpg", SCAN),
        lambda s: attachment_content(s, actor, attachment),
    ]
    for call in calls:
        with db.unit() as s, pytest.raises(NotPermitted):
            call(s)
    assert count(db, Conversation) == 0 and count(db, Attachment) == 1
    assert audit_rows(db, "petition.open") == []


def test_an_unknown_case_is_not_found(db: Database, officer: Actor) -> None:
    with db.unit() as s, pytest.raises(NotFound):
        open_case(s, officer, 404)
    with db.unit() as s, pytest.raises(NotFound):
        attachment_content(s, officer, 404)


def test_a_conversation_is_stored_encrypted_and_audited_without_its_words(
    db: Database, officer: Actor, case_id: int
) -> None:
    with db.read() as s:
        visit_id = s.scalars(select(PetitionVisit.id)).one()
    talk_id = _talk(db, officer, case_id, visit_id=visit_id, mood="distressed")
    with db.read() as s:
        row = s.get(Conversation, talk_id)
        assert row is not None
        assert SAID.encode() not in row.said_blob and row.mood == "distressed"
        assert row.visit_id == visit_id
    [audited] = audit_rows(db, "petition.conversation")
    assert audited.after is not None and "distressed" in audited.after
    assert SAID not in audited.after and PROMISES not in audited.after


def test_a_conversation_with_problems_is_refused_whole(
    db: Database, officer: Actor, case_id: int
) -> None:
    other = register(db, officer, person("李四", id_number="", phone="")).id
    with db.read() as s:
        other_visit = s.scalars(
            select(PetitionVisit.id).where(PetitionVisit.case_id == other)
        ).one()
    with db.unit() as s, pytest.raises(ConversationRefused) as refused:
        add_conversation(
            s, officer, case_id, ConversationForm(said=" ", mood="sleepy", visit_id=other_visit)
        )
    assert refused.value.problems == {
        "said": SAID_EMPTY,
        "mood": UNKNOWN_MOOD,
        "visit_id": NOT_THIS_CASE,
    }
    assert count(db, Conversation) == 0


def test_an_attachment_keeps_its_bytes_encrypted_and_its_reading_is_audited(
    db: Database, officer: Actor, case_id: int
) -> None:
    attachment = _attach(db, officer, case_id, name=r"C:\scans\photo.JPG")
    with db.read() as s:
        row = s.get(Attachment, attachment)
        assert row is not None
        assert (row.filename, row.media_type) == ("photo.JPG", "image/jpeg")
        assert row.sha256 == hashlib.sha256(SCAN).hexdigest()
        assert SCAN not in row.content_blob
    with db.unit() as s:
        view, content = attachment_content(s, officer, attachment)
    assert content == SCAN and view.size == len(SCAN)
    assert [row.action for row in audit_rows(db) if "attachment" in row.action] == [
        "petition.attachment.add",
        "petition.attachment.open",
    ]


@pytest.mark.parametrize(
    ("name", "media_type", "expected"),
    [
        ("letter.png", None, "image/png"),
        ("notes", None, "application/octet-stream"),
        ("x.bin", "Image/TIFF", "image/tiff"),
    ],
)
def test_the_media_type_comes_from_the_name_unless_given(
    db: Database, officer: Actor, case_id: int, name: str, media_type: str | None, expected: str
) -> None:
    with db.unit() as s:
        assert add_attachment(s, officer, case_id, name, SCAN, media_type).media_type == expected


@pytest.mark.parametrize(
    ("name", "data", "media_type"),
    [
        ("empty.pdf", b"", None),
        ("big.pdf", b"x" * 11, None),
        ("  ", SCAN, None),
        ("/", SCAN, None),
        ("a" * 197 + ".pdf", SCAN, None),
        ("ok.pdf", SCAN, "not a type"),
    ],
)
def test_a_bad_attachment_is_refused(
    db: Database,
    officer: Actor,
    case_id: int,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    data: bytes,
    media_type: str | None,
) -> None:
    monkeypatch.setattr(attachments_module, "MAX_ATTACHMENT_BYTES", 10)
    with db.unit() as s, pytest.raises(InvalidInput):
        add_attachment(s, officer, case_id, name, data, media_type)
    assert count(db, Attachment) == 0


def test_file_names_lose_their_folders_and_control_characters() -> None:
    assert clean_filename("/home/clerk/信访件.pdf") == "信访件.pdf"
    assert clean_filename("..\\..\\a\u202eb.jpg") == "ab.jpg"


def test_bytes_are_encrypted_for_their_purpose(keys: Keys) -> None:
    cipher = FieldCipher(keys)
    blob = cipher.encrypt_bytes(SCAN, b"petition_attachment.content")
    assert SCAN not in blob
    assert cipher.decrypt_bytes(blob, b"petition_attachment.content") == SCAN
    with pytest.raises(DatabaseUnusable):
        cipher.decrypt_bytes(blob, b"petitioner.phone")
    assert cipher.decrypt(cipher.encrypt("张三", b"p"), b"p") == "张三"


# -- the database file ------------------------------------------------------------------


@pytest.fixture
def sqlite_db(sqlite_url: URL, keys: Keys) -> Iterator[Database]:
    database = open_database(sqlite_url, keys)
    yield database
    database.close()


def _officer(db: Database) -> Actor:
    with db.unit() as s:
        admin_view = create_first_administrator(s, "admin", "管理员", "admin-pass-1")
        admin = Actor(admin_view.id, admin_view.login, Role.ADMINISTRATOR)
        view = add_operator(s, admin, "officer", "信访专员", Role.PETITIONS_OFFICER, "desk-pass-1")
    return Actor(view.id, view.login, Role.PETITIONS_OFFICER)


def _file_bytes(db: Database) -> bytes:
    path = db.path
    assert path is not None
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_the_database_file_holds_no_protected_value_in_the_clear(sqlite_db: Database) -> None:
    officer = _officer(sqlite_db)
    case_id = register(sqlite_db, officer, person(address=ADDRESS)).id
    _talk(sqlite_db, officer, case_id)
    _attach(sqlite_db, officer, case_id)
    with sqlite_db.unit() as s:
        open_case(s, officer, case_id)
    raw = _file_bytes(sqlite_db)
    assert "张三".encode() in raw  # names are kept plain: the search needs them
    secrets = [MAN_ID, PHONE, ADDRESS, SUMMARY, DEMANDS, SAID, PROMISES, NEXT_STEP]
    for secret in secrets:
        assert secret.encode() not in raw, secret[:4]
        assert secret.encode("utf-16-le") not in raw, secret[:4]
    assert SCAN not in raw
    assert b"unique-attachment-bytes" not in raw
