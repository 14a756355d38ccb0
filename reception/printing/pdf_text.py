"""Make a Qt-written PDF's text layer say what was printed.

Qt maps each embedded glyph back to the lowest code point that uses it, and Noto CJK draws
a radical and its ideograph with one glyph: 人 comes back as the Kangxi radical ⼈ (U+2F08),
民 as ⺠ (U+2EA0), so copying, searching or `pdftotext` cannot find 人民 or a name with 马 or
长. The ToUnicode maps are plain text in Qt's output; each radical there is replaced by the
ideograph that shares its glyph, four hex digits for four, so no byte offset moves.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtGui import QRawFont
from PySide6.QtPrintSupport import QPrinter

from reception.printing.canvas import font

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
IDEOGRAPHS = range(0x4E00, 0xA000)
PUNCTUATION = {0x2012: 0x2013}  # figure dash → en dash
CMAP_BLOCK = re.compile(rb"(beginbf(?:char|range)\r?\n)(.*?)(endbf(?:char|range))", re.S)
CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")
SOURCE = re.compile(rb"\s*<[0-9A-Fa-f]+>")


@cache
def radical_equivalents() -> dict[int, int]:
    """Radical code point → the ideograph drawn with the same glyph in the slip font (and a
    rare punctuation mark → the common one)."""
    raw = QRawFont.fromFont(font(100))
    ideographs = "".join(map(chr, IDEOGRAPHS))
    by_glyph: dict[int, str] = {}
    for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, char)
    radicals = "".join(map(chr, RADICALS))
    glyphs = raw.glyphIndexesForString(radicals)
    found = {
        ord(radical): ord(by_glyph[glyph])
        for radical, glyph in zip(radicals, glyphs, strict=True)
        if glyph in by_glyph
    }
    # The same for punctuation: "07:00–09:00" is written with an en dash, which shares its
    # glyph with the rarer figure dash (U+2012) that Qt would name.
    for rare, common in PUNCTUATION.items():
        pair = raw.glyphIndexesForString(chr(rare) + chr(common))
        if len(pair) == 2 and pair[0] and pair[0] == pair[1]:
            found[rare] = common
    return found


def _ideograph(match: re.Match[bytes]) -> bytes:
    code = int(match.group(1), 16)
    better = radical_equivalents().get(code)
    return match.group(0) if better is None else b"<%04X>" % better


def _fix_line(line: bytes, is_range: bool) -> bytes:
    """Only destinations change: a range's single start code is left alone unless the range
    is one glyph wide, since the codes after it count up from it."""
    sources = 2 if is_range else 1
    end = 0
    found = []
    for _ in range(sources):
        match = SOURCE.match(line, end)
        if match is None:
            return line
        found.append(match.group(0).strip())
        end = match.end()
    tail = line[end:]
    if is_range and b"[" not in tail and found[0] != found[1]:
        return line
    return line[:end] + CODE.sub(_ideograph, tail)


def _fix_block(match: re.Match[bytes]) -> bytes:
    is_range = match.group(1).startswith(b"beginbfrange")
    lines = match.group(2).split(b"\n")
    fixed = b"\n".join(_fix_line(line, is_range) for line in lines)
    return match.group(1) + fixed + match.group(3)


def fix_text_layer(path: str | Path) -> None:
    target = Path(path)
    data = target.read_bytes()
    fixed = CMAP_BLOCK.sub(_fix_block, data)
    if fixed != data:
        target.write_bytes(fixed)


def fix_printer_output(printer: QPrinter) -> None:
    """After printing to a PDF file (QPrinter's PdfFormat), fix that file's text layer."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        fix_text_layer(printer.outputFileName())
