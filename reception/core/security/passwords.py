"""Password hashing with Argon2id, at OWASP's recommended cost (19 MiB, 2 passes, 1 lane):
strong against offline guessing of a stolen database, yet quick enough that signing in at
a busy counter takes a few hundredths of a second. Hashes made with other costs are
re-hashed at the next sign-in (`needs_rehash`)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
MAX_LENGTH = 128
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def check_password_rules(password: str) -> None:
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A password must have {least} to {most} characters."),
            least=MIN_LENGTH,
            most=MAX_LENGTH,
        )
    if password.strip() != password or not password.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A password may not begin or end with a space or hold control keys."
            )
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
