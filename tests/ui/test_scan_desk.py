"""Check-in by scan: what the clerk sees after a slip is scanned (or its code typed), and
the camera's decoding helper."""

from __future__ import annotations

import io
import wave
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import segno
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from reception.core.security.audit import head_seq
from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.models import CheckIn, Visit
from reception.core.visitors.views import Issued, ScanOutcome, ScanResult
from reception.db.database import Database
from reception.ui.queue.camera_scan import camera_available, decode_qr
from reception.ui.queue.registration_page import RegistrationPage
from reception.ui.queue.scan_desk import ScanDesk
from reception.ui.queue.scan_outcome import COLOURS, ScanOutcomeView, Tone
from reception.ui.queue.sounds import NOTES, Cue, Sounds, render_wav
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing


class Clock:
    """The desk's clock, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.RECEPTIONIST]


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def page(qtbot: QtBot, db: Database, clerk: Actor, clock: Clock) -> RegistrationPage:
    session = desk_session(db, clerk.login, PASSWORD)
    page = RegistrationPage(session, None, clock=clock)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    assert page.outcome_view is not None
    page.outcome_view.sounds.enabled = False  # the sound has its own test
    return page


def _register(db: Database, clerk: Actor, at: datetime = NOW, **kw: object) -> Issued:
    form = service.Registration("张三", "13812345678", "咨询", host="办公室", **kw)  # type: ignore[arg-type]
    with db.unit() as db_session:
        return service.register(db_session, clerk, form, at)


def _scan(qtbot: QtBot, page: RegistrationPage, payload: str) -> ScanOutcomeView:
    """As a USB scanner types: the characters fast, then Enter, into the scan field."""
    page.ui.scanEdit.setFocus()
    qtbot.keyClicks(page.ui.scanEdit, payload)
    qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)
    view = page.outcome_view
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    return view


def _audit_head(db: Database) -> int:
    with db.read() as db_session:
        return head_seq(db_session)


def _check_ins(db: Database) -> int:
    with db.read() as db_session:
        return db_session.scalar(select(func.count()).select_from(CheckIn)) or 0


def test_a_scanned_slip_checks_in_green_then_answers_already_checked_in(
    qtbot: QtBot, page: RegistrationPage, db: Database, clerk: Actor, clock: Clock
) -> None:
    issued = _register(db, clerk)
    clock.now = NOW + timedelta(minutes=7)
    with qtbot.waitSignal(page.scan_desk.visitor_checked_in) as checked_in:
        view = _scan(qtbot, page, issued.token)
    assert checked_in.args[0].name == "张三"
    assert view.tone is Tone.GREEN and COLOURS[Tone.GREEN][0] in view.styleSheet()
    assert view.title_text() == "Checked in"
    assert view.detail_text() == "张三  ·  Ticket A001  ·  Visiting 办公室"
    assert page.ui.scanEdit.text() == "", "the field is ready for the next slip"
    assert not view.leave_button.isVisible()
    view.dismiss()

    clock.now = NOW + timedelta(minutes=20)
    head = _audit_head(db)
    with qtbot.waitSignal(page.scan_desk.scan_refused):
        view = _scan(qtbot, page, issued.token)
    assert view.tone is Tone.AMBER
    assert view.title_text() == "Already checked in at 10:07"  # office time, not UTC
    assert view.leave_button.isVisible()
    assert _check_ins(db) == 1 and _audit_head(db) == head


def test_the_leave_button_signs_out_an_already_checked_in_visitor(
    qtbot: QtBot, page: RegistrationPage, db: Database, clerk: Actor, clock: Clock
) -> None:
    issued = _register(db, clerk)
    page.scan_desk.handle(issued.token)
    view = _scan(qtbot, page, issued.token)
    clock.now = NOW + timedelta(minutes=30)
    with qtbot.waitSignal(page.scan_desk.visitor_left):
        qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert view.tone is Tone.BLUE
    assert view.title_text() == "Signed out at 10:30"
    with db.read() as db_session:
        visit = db_session.scalars(select(Visit)).one()
        assert visit.left_at is not None


def test_departure_mode_signs_out_by_scan(
    qtbot: QtBot, page: RegistrationPage, db: Database, clerk: Actor
) -> None:
    issued = _register(db, clerk)
    page.scan_desk.handle(issued.token)
    with qtbot.waitSignal(page.scan_desk.departure_mode_changed):
        page.scan_desk.departure_mode = True
    assert page.ui.scanButton.text() == "Sign out"
    view = _scan(qtbot, page, issued.token)
    assert (view.tone, view.title_text()) == (Tone.BLUE, "Signed out at 10:00")
    view = _scan(qtbot, page, issued.token)
    assert (view.tone, view.title_text()) == (Tone.AMBER, "Already left at 10:00")


def test_a_forged_slip_is_red_and_writes_nothing(
    qtbot: QtBot, page: RegistrationPage, db: Database, clerk: Actor
) -> None:
    issued = _register(db, clerk)
    forged = issued.token[:-2] + ("AA" if not issued.token.endswith("AA") else "BB")
    head = _audit_head(db)
    with qtbot.waitSignal(page.scan_desk.scan_refused) as refused:
        view = _scan(qtbot, page, forged)
    assert refused.args[0].result is ScanResult.NOT_OURS
    assert view.tone is Tone.RED and COLOURS[Tone.RED][0] in view.styleSheet()
    assert view.title_text() == "Not a slip of this office"
    assert _audit_head(db) == head and _check_ins(db) == 0


def test_yesterdays_slip_is_expired(
    qtbot: QtBot, page: RegistrationPage, db: Database, clerk: Actor
) -> None:
    issued = _register(db, clerk, at=NOW - timedelta(days=1))
    view = _scan(qtbot, page, issued.token)
    assert view.tone is Tone.RED
    assert view.title_text() == "This slip has expired"
    assert "Ticket A001" in view.detail_text()
    assert "It was valid on 2026-11-24." in view.detail_text()
    assert _check_ins(db) == 0


def test_an_appointment_slip_for_another_day_names_its_day_and_slot(
    qtbot: QtBot, page: RegistrationPage, db: Database, clerk: Actor
) -> None:
    slot = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)  # 09:30 tomorrow in Beijing
    issued = _register(db, clerk, appointment_at=slot)
    view = _scan(qtbot, page, issued.token)
    assert view.tone is Tone.RED
    assert view.title_text() == "This slip is not for today"
    assert "It is for 2026-11-26 at 09:30." in view.detail_text()
    assert _check_ins(db) == 0


def test_the_banner_hides_on_a_click_and_by_itself(
    qtbot: QtBot, page: RegistrationPage, db: Database, clerk: Actor
) -> None:
    view = _scan(qtbot, page, "hello-not-a-slip")
    with qtbot.waitSignal(view.dismissed):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    assert not view.isVisible()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view = _scan(qtbot, page, "hello-not-a-slip")
    with qtbot.waitSignal(view.dismissed):
        qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Escape)
    assert not view.isVisible()
    quick = ScanOutcomeView(None, page, shown_ms=50)
    quick.sounds.enabled = False
    quick.show_outcome(ScanOutcome(ScanResult.NOT_OURS))
    assert quick.isVisible()
    qtbot.waitUntil(lambda: not quick.isVisible())


def test_a_refusal_of_the_service_is_a_message_not_a_traceback(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], clerk: Actor
) -> None:
    issued = _register(db, clerk)
    lodging: DeskSession = desk_session(db, staff[Role.LODGING_CLERK].login, PASSWORD)
    desk = ScanDesk(lodging)
    with qtbot.waitSignal(desk.scan_failed) as failed:
        assert desk.handle(issued.token) is None
    assert failed.args[0]
    assert _check_ins(db) == 0


def test_scan_desk_passes_the_desk_name(db: Database, clerk: Actor, clock: Clock) -> None:
    issued = _register(db, clerk)
    desk = ScanDesk(desk_session(db, clerk.login, PASSWORD), clock=clock)
    outcome = desk.handle(f"  {issued.token}\n")
    assert outcome is not None and outcome.result is ScanResult.CHECKED_IN
    with db.read() as db_session:
        assert db_session.scalars(select(CheckIn.desk)).one() == "一号台"


def test_the_sounds_are_short_wav_files_and_never_raise(qtbot: QtBot, tmp_path: Path) -> None:
    for cue in Cue:
        path = tmp_path / f"{cue.value}.wav"
        render_wav(path, NOTES[cue])
        with wave.open(str(path)) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert sound.getnchannels() == 1 and 0.1 < seconds < 1.0
    sounds = Sounds()
    for cue in Cue:
        sounds.play(cue)  # with or without an audio device: no exception


def _qr_image(text: str) -> QImage:
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=6, border=4)
    image = QImage.fromData(buffer.getvalue())
    assert not image.isNull()
    return image


def test_the_camera_helper_decodes_a_slip_qr(qtbot: QtBot, db: Database, clerk: Actor) -> None:
    issued = _register(db, clerk)
    assert decode_qr(_qr_image(issued.token)) == [issued.token]
    big = _qr_image(issued.token).scaled(2000, 2000)
    assert decode_qr(big) == [issued.token], "large frames are scaled down, still read"
    assert decode_qr(QImage()) == []
    blank = QImage(200, 200, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    assert decode_qr(blank) == []


def test_camera_available_answers_without_a_camera(qtbot: QtBot) -> None:
    assert camera_available() in (True, False)
