"""Protected fields: sensitive values (ID numbers, phones, case texts) are stored encrypted
with AES-GCM, and found through a keyed hash of their normalised form, so the database file
holds no plaintext and still answers "have we seen this ID number before?"."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reception.core.errors import DatabaseUnusable
from reception.core.security.keys import Keys
from reception.core.text import QT_TRANSLATE_NOOP

VERSION = b"\x01"
NONCE_BYTES = 12


class FieldCipher:
    """Encrypts and decrypts protected values. `associated` binds a ciphertext to its
    column (e.g. b"petitioner.id_number"), so a value cannot be moved to another column."""

    def __init__(self, keys: Keys) -> None:
        self._aead = AESGCM(keys.field_encryption)
        self._index_key = keys.lookup_hash

    def encrypt(self, plaintext: str, associated: bytes = b"") -> bytes:
        return self.encrypt_bytes(plaintext.encode(), associated)

    def decrypt(self, blob: bytes, associated: bytes = b"") -> str:
        return self.decrypt_bytes(blob, associated).decode()

    def encrypt_bytes(self, plaintext: bytes, associated: bytes = b"") -> bytes:
        """Encrypt raw bytes (a scanned letter, a photo) in the same format as a text."""
        nonce = secrets.token_bytes(NONCE_BYTES)
        return VERSION + nonce + self._aead.encrypt(nonce, bytes(plaintext), associated)

    def decrypt_bytes(self, blob: bytes, associated: bytes = b"") -> bytes:
        if blob[:1] != VERSION or len(blob) < 1 + NONCE_BYTES + 16:  # 16: the GCM tag
            raise DatabaseUnusable(
                QT_TRANSLATE_NOOP("Errors", "A protected value is in an unknown format.")
            )
        nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, associated)
        except InvalidTag:
            raise DatabaseUnusable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A protected value cannot be read with this desk's key: "
                    "the key file does not belong to this database.",
                )
            ) from None

    def lookup_hash(self, normalised: str, purpose: str) -> str:
        """A keyed hash for exact lookups; `purpose` keeps hashes of different fields apart."""
        message = purpose.encode() + b"\x00" + normalised.encode()
        return hmac.new(self._index_key, message, hashlib.sha256).hexdigest()

    def protect(self, value: str, purpose: str) -> tuple[bytes, str]:
        """Ciphertext and lookup hash of an already normalised value."""
        return self.encrypt(value, purpose.encode()), self.lookup_hash(value, purpose)

    def reveal(self, blob: bytes, purpose: str) -> str:
        return self.decrypt(blob, purpose.encode())
