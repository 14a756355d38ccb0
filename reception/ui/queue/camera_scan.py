"""Reading a slip's QR code with a camera, for desks without a USB scanner.

Nothing heavy happens at import: QtMultimedia (which loads audio and video back-ends) and
zxing-cpp are imported when a camera is asked about, a dialog opens or a frame is decoded.
Offer the menu item only when `camera_available()`."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QCamera, QVideoFrame

log = logging.getLogger(__name__)
FRAME_INTERVAL_S = 0.2  # about five frames a second is plenty for a slip held still
REPEAT_PAUSE_S = 3.0  # the same slip held up longer is not a second scan
DECODE_WIDTH = 960  # larger frames are scaled down first: faster, and as readable


def camera_available() -> bool:
    """Whether this computer has a camera the desk could use."""
    try:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())
    except Exception as error:  # no multimedia back-end: no camera
        log.info("No camera: %s", error)
        return False


def decode_qr(image: QImage) -> list[str]:
    """The texts of the QR codes in `image` (none found: [])."""
    if image.isNull():
        return []
    import zxingcpp

    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    if image.width() > DECODE_WIDTH:
        image = image.scaledToWidth(DECODE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    # zxing-cpp reads 8-bit buffers; a camera frame may come in any format.
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    try:
        found = zxingcpp.read_barcodes(gray, formats=qr_only)
    except (TypeError, ValueError) as error:
        log.info("A frame could not be decoded: %s", error)
        return []
    return [str(code.text) for code in found if code.valid and code.text]


class CameraScanDialog(QDialog):
    """Shows the camera's picture and emits `scanned(str)` once per distinct code read.
    Closes after the first code unless `keep_going`; then the same code counts again only
    after a short pause."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, keep_going: bool = False) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.setWindowTitle(self.tr("Scan a slip with the camera"))
        self._keep_going = keep_going
        self._next_frame_at = 0.0
        self._last_code = ""
        self._last_code_at = 0.0
        self.video = QVideoWidget(self)
        self.video.setMinimumSize(480, 360)
        self.status_label = QLabel(self.tr("Hold the slip's QR code in front of the camera."))
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        self.camera: QCamera = QCamera(self)
        self.camera.errorOccurred.connect(self._camera_failed)
        self.capture = QMediaCaptureSession(self)
        self.capture.setCamera(self.camera)
        self.capture.setVideoOutput(self.video)
        # The preview's own sink hands us every frame it shows.
        self.video.videoSink().videoFrameChanged.connect(self._frame_arrived)
        self.camera.start()

    def _camera_failed(self, _error: object, text: str) -> None:
        self.status_label.setText(
            self.tr("The camera cannot be used: {problem}").format(problem=text)
        )

    def _frame_arrived(self, frame: QVideoFrame) -> None:
        now = time.monotonic()
        if now < self._next_frame_at or not frame.isValid():
            return
        self._next_frame_at = now + FRAME_INTERVAL_S
        for code in decode_qr(frame.toImage()):
            self.code_read(code, now)
            break

    def code_read(self, code: str, now: float | None = None) -> None:
        """A code was seen in a frame: pass it on, unless it is the one just passed on."""
        moment = time.monotonic() if now is None else now
        if code == self._last_code and moment - self._last_code_at < REPEAT_PAUSE_S:
            self._last_code_at = moment  # still held up: keep waiting for it to go away
            return
        self._last_code, self._last_code_at = code, moment
        self.status_label.setText(self.tr("Slip read."))
        self.scanned.emit(code)
        if not self._keep_going:
            self.accept()

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.camera.stop()
        super().closeEvent(event)
