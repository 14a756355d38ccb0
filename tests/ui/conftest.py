import os
from collections.abc import Iterator

import pytest

from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The desk's own Simplified Chinese, as a clerk reads it; removed afterwards."""
    from reception.ui.app import install_translations

    translators = install_translations(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
