"""Starting the desk: the application, its font and language, the database, the sign-in,
and the main window. `run_desk` returns the process's exit code and never shows a traceback.

The sign-in dialog comes up from Qt alone. Meanwhile a worker thread imports the data layer
(SQLAlchemy, the models, Argon2 and the main window's modules: most of the start-up time),
opens and checks the database, and hands it to the dialog by signal; the operator types the
password in that time. So nothing here imports the data layer at module level.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from reception.config import LANGUAGES, DeskConfig, data_dir, database_url, key_file
from reception.core.errors import DeskError
from reception.core.text import QT_TRANSLATE_NOOP
from reception.i18n import DEFAULT_LANGUAGE, TRANSLATIONS
from reception.ui.crash import CrashReporter
from reception.ui.login_dialog import LoginDialog
from reception.ui.messages import error_text
from reception.ui.worker import Job, run_off_thread

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from reception.core.security.operators import SignIn
    from reception.db.database import Database
    from reception.ui.session import DeskSession

log = logging.getLogger(__name__)
APP_NAME = "reception"
ORGANIZATION = "reception"
CJK_FAMILIES = ("Noto Sans CJK SC", "WenQuanYi Micro Hei")
LAST_RESORT_FAMILY = "Noto Sans CJK"
LOG_NAME = "desk.log"
# Loaded with the database while the sign-in dialog is up: what signing in and the main
# window's first page need beyond it.
SIGNED_IN_MODULES = (
    "reception.ui.sign_in",
    "reception.ui.password_dialog",
    "reception.ui.setup_dialog",
    "reception.ui.session",
    "reception.ui.main_window",
    "reception.ui.queue.queue_area",  # imported by the main window as it is built
)


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def choose_font_family(available: Collection[str]) -> str | None:
    """The first installed font that draws Simplified Chinese with mainland shapes."""
    return next((family for family in CJK_FAMILIES if family in available), None)


def apply_desk_font(app: QApplication) -> str:
    """Set the application font explicitly: with only DejaVu, Chinese shows as boxes, and
    an unnamed CJK fallback may draw Japanese glyph shapes."""
    family = choose_font_family(set(QFontDatabase.families()))
    if family is None:
        log.warning(
            "Neither %s is installed; using %r. Install fonts-noto-cjk, or Chinese may "
            "show as boxes or with Japanese shapes.",
            " nor ".join(CJK_FAMILIES),
            LAST_RESORT_FAMILY,
        )
        family = LAST_RESORT_FAMILY
    font = QFont(app.font())
    font.setFamilies([family])
    app.setFont(font)
    return family


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """The desk's catalogue, and Qt's own (buttons, standard dialogs) for Chinese."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"reception_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        installed.append(ours)
    elif language != "en":  # English is the source language and needs no catalogue
        log.warning("No translation reception_%s.qm in %s; showing English", language, TRANSLATIONS)
    if language == "zh_CN":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.warning("Qt's own Chinese translation was not found in %s", qt_dir)
    return installed


def _file_log() -> logging.Handler | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as error:
        log.warning("Cannot write the log %s: %s", path, error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


@contextmanager
def desk_environment(app: QApplication, language: str) -> Iterator[None]:
    """Font, language, log file and crash reporter for the desk's lifetime; all undone after
    (a test may run the desk several times in one process)."""
    previous_locale = QLocale()
    previous_font = app.font()
    root = logging.getLogger("reception")
    previous_level = root.level
    handler = _file_log()
    if handler is not None:
        root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    reporter = CrashReporter(log_path())
    reporter.install()
    QLocale.setDefault(QLocale(language))
    apply_desk_font(app)
    translators = install_translations(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        app.setFont(previous_font)
        QLocale.setDefault(previous_locale)
        reporter.uninstall()
        root.setLevel(previous_level)
        if handler is not None:
            root.removeHandler(handler)
            handler.close()


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    return app


def _refuse(error: DeskError) -> int:
    """A problem the operator must know about before anything else: say it, stop."""
    log.error("The desk cannot start: %s", error.render())
    QMessageBox.critical(
        None, QCoreApplication.translate("Desk", "Reception desk"), error_text(error)
    )
    return error.exit_code or 1


def _open(url: URL) -> Database:
    from reception.core.security.keys import load_keys
    from reception.db.database import open_database

    try:
        data_dir().mkdir(parents=True, exist_ok=True)
        return open_database(url, load_keys(key_file()))
    except OSError as error:
        raise DeskError(
            QT_TRANSLATE_NOOP("Errors", "The desk cannot open its files: {reason}"),
            reason=error.strerror or str(error),
        ) from error


@dataclass(frozen=True)
class Opened:
    """An open database and what the first sign-in shows of it."""

    db: Database
    first_start: bool  # no operator yet: the setup dialog instead of the login dialog
    office_name: str
    names: list[str]


def _prepare(database: URL | str | None) -> Opened:
    """Off the GUI thread, touching no widget: resolve and open the database, read what the
    sign-in shows, and import what the main window needs, so that Enter only has Argon2 and
    the window's own construction left."""
    from reception.core.security.operators import operator_count, signed_in_names
    from reception.core.settings import load_settings

    db = _open(
        database_url(database) if database is None or isinstance(database, str) else database
    )
    try:
        with db.read() as session:
            first_start = operator_count(session) == 0
            office = load_settings(session)
            names = [] if first_start else signed_in_names(session)
        for module in SIGNED_IN_MODULES:
            importlib.import_module(module)
    except BaseException:
        db.close()
        raise
    return Opened(db, first_start, office.office_name, names)


class _Opening:
    """The database opened by `_prepare` on the thread pool, once `start()` is called. After
    `wait()`, exactly one of `opened` and `error` is set, or neither when nothing was started
    or an unexpected exception was handed to the crash reporter."""

    def __init__(self, database: URL | str | None) -> None:
        self.database = database
        self.opened: Opened | None = None
        self.error: DeskError | None = None
        self.job: Job | None = None

    def start(self) -> Job:
        database = self.database
        self.job = run_off_thread(
            lambda: _prepare(database), succeeded=self._succeeded, failed=self._failed
        )
        return self.job

    def _succeeded(self, opened: Opened) -> None:
        self.opened = opened

    def _failed(self, error: DeskError) -> None:
        self.error = error

    def wait(self) -> None:
        if self.job is not None and not self.job.done:
            loop = QEventLoop()
            self.job.finished.connect(loop.quit)
            loop.exec()


def _name_qt_types() -> None:
    """Have PySide build its Python classes for Qt's types now, while the operator types.

    It builds them (with all their enums: about 30 ms) the first time it must name a Qt
    object of a class internal to Qt, which otherwise happens while the main window is being
    built, as the scanner's and the idle lock's application-wide event filters see its
    events. The application's own children are all of internal classes."""
    app = QCoreApplication.instance()
    if app is not None:
        app.findChildren(QObject)


FIRST_START = 2  # LoginDialog results beyond Accepted and Rejected
NOT_OPENED = 3


def _first_sign_in(opening: _Opening, login: str) -> SignIn | None:
    """The login dialog, shown before the database is open (the setup dialog replaces it on
    a database without operators). None when nobody signed in: cancelled, or the database
    could not be opened (`opening` says why)."""
    dialog = LoginDialog(None, login=login)

    def arrived(opened: Opened) -> None:
        if opened.first_start:
            dialog.done(FIRST_START)
        else:
            _name_qt_types()
            dialog.database_opened(opened.db, opened.office_name, opened.names)

    def finished() -> None:
        if opening.opened is None:
            dialog.done(NOT_OPENED)

    # Started once the dialog is built, which would otherwise share the GIL with the
    # loading; while the dialog is drawn and waits for keys, Qt runs without the GIL.
    job = opening.start()
    job.succeeded.connect(arrived)
    job.finished.connect(finished)
    code = dialog.exec()
    opening.wait()  # cancelled meanwhile: the opening still ends before the desk does
    if opening.opened is None:
        return None
    if code == FIRST_START:
        from reception.ui.setup_dialog import SetupDialog

        setup = SetupDialog(opening.opened.db)
        return setup.sign_in if setup.exec() == QDialog.DialogCode.Accepted else None
    return dialog.sign_in if code == QDialog.DialogCode.Accepted else None


def _sign_in(db: Database, login: str) -> SignIn | None:
    """The setup dialog on a database without operators, else the login dialog."""
    from reception.core.security.operators import operator_count
    from reception.core.settings import load_settings
    from reception.ui.setup_dialog import SetupDialog

    with db.read() as session:
        first_start = operator_count(session) == 0
        office = load_settings(session)
    dialog: SetupDialog | LoginDialog
    dialog = SetupDialog(db) if first_start else LoginDialog(db, office.office_name, login)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.sign_in


def _own_password_chosen(db: Database, result: SignIn) -> bool:
    """After a reset the operator must choose a password before working."""
    from reception.ui.password_dialog import PasswordDialog

    assert result.actor is not None and result.operator is not None
    if not result.operator.must_change_password:
        return True
    dialog = PasswordDialog(db, result.actor, forced=True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _run_window(app: QApplication, session: DeskSession) -> bool:
    """Show the main window until it closes; True when someone else is to sign in."""
    from reception.ui.idle import IdleWatcher
    from reception.ui.main_window import MainWindow
    from reception.ui.scan_capture import ScanCapture

    idle = IdleWatcher()
    scans = ScanCapture()
    app.installEventFilter(scans)
    app.installEventFilter(idle)
    window = MainWindow(session, idle=idle, scans=scans)
    someone_else: list[bool] = []
    window.signed_out.connect(lambda: someone_else.append(True))
    window.show()
    window.raise_()
    window.activateWindow()  # the keyboard follows from the login dialog to the window
    try:
        app.exec()
    finally:
        app.removeEventFilter(idle)
        app.removeEventFilter(scans)
        window.deleteLater()
    return bool(someone_else)


def _remember(login: str) -> None:
    """Offer this operator first at the next sign-in on this desk."""
    config = DeskConfig.load()
    if config.last_operator != login:
        config.last_operator = login
        try:
            config.save()
        except OSError as error:  # a convenience only: never stop a sign-in for it
            log.warning("Cannot save desk.json: %s", error)


def _serve(app: QApplication, db: Database, language: str, first: SignIn | None) -> int:
    from reception.ui.session import DeskSession

    result = first
    while result is not None:
        actor, operator = result.actor, result.operator
        if actor is None or operator is None:
            return 0
        if not _own_password_chosen(db, result):
            result = _sign_in(db, operator.login)
            continue
        session = DeskSession(db, actor, operator, DeskConfig.load(), language)
        log.info("%s signed in", operator.login)
        _remember(operator.login)
        if not _run_window(app, session):
            return 0
        result = _sign_in(db, "")
    return 0


def run_desk(database: URL | str | None = None, language: str | None = None) -> int:
    """Open the desk on `database` in `language` (else this desk's setting, else Chinese).
    `database` is a URL, or what --db said (a path or an address; None: the default), read
    with the rest of the data layer while the sign-in dialog is up."""
    app = _application()
    config = DeskConfig.load()
    chosen = language or config.language or DEFAULT_LANGUAGE
    if chosen not in LANGUAGES:
        chosen = DEFAULT_LANGUAGE
    with desk_environment(app, chosen):
        opening = _Opening(database)
        try:
            first = _first_sign_in(opening, config.last_operator)
            if opening.error is not None:
                return _refuse(opening.error)
            if opening.opened is None:
                return 1  # an unexpected error, already shown and logged by the crash reporter
            return _serve(app, opening.opened.db, chosen, first)
        except DeskError as error:
            return _refuse(error)
        finally:
            opening.wait()
            if opening.opened is not None:
                opening.opened.db.close()
