"""Starting the desk: the application, its font and language, the database, the sign-in,
and the main window. `run_desk` returns the process's exit code and never shows a traceback."""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path

from sqlalchemy.engine import URL

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from reception.config import LANGUAGES, DeskConfig, data_dir, key_file
from reception.core.errors import DeskError
from reception.core.security.keys import load_keys
from reception.core.security.operators import SignIn, operator_count
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.database import Database, open_database
from reception.i18n import DEFAULT_LANGUAGE, TRANSLATIONS
from reception.ui.crash import CrashReporter
from reception.ui.idle import IdleWatcher
from reception.ui.login_dialog import LoginDialog
from reception.ui.main_window import MainWindow
from reception.ui.messages import error_text
from reception.ui.password_dialog import PasswordDialog
from reception.ui.scan_capture import ScanCapture
from reception.ui.session import DeskSession
from reception.ui.setup_dialog import SetupDialog

log = logging.getLogger(__name__)
APP_NAME = "reception"
ORGANIZATION = "reception"
CJK_FAMILIES = ("Noto Sans CJK SC", "WenQuanYi Micro Hei")
LAST_RESORT_FAMILY = "Noto Sans CJK"
LOG_NAME = "desk.log"


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
    try:
        data_dir().mkdir(parents=True, exist_ok=True)
        return open_database(url, load_keys(key_file()))
    except OSError as error:
        raise DeskError(
            QT_TRANSLATE_NOOP("Errors", "The desk cannot open its files: {reason}"),
            reason=error.strerror or str(error),
        ) from error


def _sign_in(db: Database, login: str) -> SignIn | None:
    """The setup dialog on a database without operators, else the login dialog."""
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
    assert result.actor is not None and result.operator is not None
    if not result.operator.must_change_password:
        return True
    dialog = PasswordDialog(db, result.actor, forced=True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _run_window(app: QApplication, session: DeskSession) -> bool:
    """Show the main window until it closes; True when someone else is to sign in."""
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


def _serve(app: QApplication, db: Database, language: str) -> int:
    login = DeskConfig.load().last_operator
    while True:
        result = _sign_in(db, login)
        if result is None or result.actor is None or result.operator is None:
            return 0
        if not _own_password_chosen(db, result):
            login = result.operator.login
            continue
        session = DeskSession(db, result.actor, result.operator, DeskConfig.load(), language)
        log.info("%s signed in", result.operator.login)
        _remember(result.operator.login)
        if not _run_window(app, session):
            return 0
        login = ""


def run_desk(url: URL, language: str | None = None) -> int:
    """Open the desk on `url` in `language` (else this desk's setting, else Chinese)."""
    app = _application()
    chosen = language or DeskConfig.load().language or DEFAULT_LANGUAGE
    if chosen not in LANGUAGES:
        chosen = DEFAULT_LANGUAGE
    with desk_environment(app, chosen):
        try:
            db = _open(url)
        except DeskError as error:
            return _refuse(error)
        try:
            return _serve(app, db, chosen)
        except DeskError as error:
            return _refuse(error)
        finally:
            db.close()
