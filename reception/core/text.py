"""Marks English source strings for translation without importing Qt.

pyside6-lupdate extracts every `QT_TRANSLATE_NOOP(context, text)` call into the .ts files;
the desk translates with QCoreApplication.translate and the command line with reception.i18n.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


class Phrase(str):
    """A marked source string that remembers its context, so that a message embedding it
    (an error naming a role, say) can translate the embedded words too."""

    context: str

    def __new__(cls, context: str, source: str) -> "Phrase":
        phrase = super().__new__(cls, source)
        phrase.context = context
        return phrase
