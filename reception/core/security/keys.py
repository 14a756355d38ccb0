"""The office's secret key, kept outside the database.

One 32-byte master key lives in a file readable only by its owner (0600) in the data folder,
or in the environment variable RECEPTION_KEY (base64) when desks share a database. Separate
keys for field encryption, lookup hashes and slip tokens are derived from it with HKDF, so
one secret protects all three and none can be computed from another.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from reception.core.errors import DatabaseUnusable
from reception.core.text import QT_TRANSLATE_NOOP

KEY_ENV = "RECEPTION_KEY"
KEY_BYTES = 32


def _derive(master: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode()
    ).derive(master)


@dataclass(frozen=True)
class Keys:
    """The derived keys. `fingerprint` identifies the master key without revealing it; the
    database stores it so that a desk with the wrong key is stopped before it writes."""

    master: bytes = field(repr=False)

    @property
    def field_encryption(self) -> bytes:
        return _derive(self.master, "reception/field-encryption/v1")

    @property
    def lookup_hash(self) -> bytes:
        return _derive(self.master, "reception/lookup-hash/v1")

    @property
    def slip_token(self) -> bytes:
        return _derive(self.master, "reception/slip-token/v1")

    @property
    def fingerprint(self) -> str:
        return hmac.new(self.master, b"reception/fingerprint", hashlib.sha256).hexdigest()[:16]

    @classmethod
    def generate(cls) -> Keys:
        return cls(secrets.token_bytes(KEY_BYTES))


def _decode(text: str, origin: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES:
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP(
                "Errors", "The key in {origin} is not a 32-byte key written in base64."
            ),
            origin=origin,
        )
    return raw


def load_keys(key_file: Path, *, create: bool = True) -> Keys:
    """The office's keys from RECEPTION_KEY, else from `key_file`, which is created (0600)
    when missing and `create` is set."""
    if env := os.environ.get(KEY_ENV):
        return Keys(_decode(env, KEY_ENV))
    if key_file.exists():
        return Keys(_decode(key_file.read_text(encoding="ascii", errors="replace"), str(key_file)))
    if not create:
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP("Errors", "The key file {path} is missing."), path=str(key_file)
        )
    keys = Keys.generate()
    key_file.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: two desks starting at once must not write two different keys.
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(base64.b64encode(keys.master).decode("ascii") + "\n")
    return keys
