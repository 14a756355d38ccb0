"""Slip tokens: what a visitor slip's QR code carries (DOMAIN.md section 7).

    RC1-<base32 of: 10-byte random id | 4-byte expiry (minutes since 1970, UTC) | 16-byte tag>

The id is random (80 bits), the tag an HMAC-SHA256 truncated to 128 bits under the slip key
derived from the office's key, which is kept outside the database. Base32 upper-case keeps
the payload in QR's alphanumeric mode (compact, read by every scanner). No personal data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from reception.core.security.keys import Keys

PREFIX = "RC1-"
ID_BYTES = 10
TAG_BYTES = 16
BODY_BYTES = ID_BYTES + 4
TOKEN_LENGTH = len(PREFIX) + 48  # 30 bytes in base32, no padding
MAX_SCAN_LENGTH = 512  # anything longer is not ours; refuse before decoding


class TokenProblem(StrEnum):
    """Why a scanned payload is refused; each has its own message at the desk."""

    NOT_OURS = "not_ours"  # not a slip token at all, or of another office, or altered
    EXPIRED = "expired"


@dataclass(frozen=True)
class SlipToken:
    token_id: str  # hex of the random id: the key the database stores, unique per slip
    expires_at: datetime
    text: str  # what the QR code holds


class TokenRefused(Exception):
    def __init__(self, problem: TokenProblem, token_id: str | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.token_id = token_id


def _tag(keys: Keys, body: bytes) -> bytes:
    return hmac.new(keys.slip_token, PREFIX.encode() + body, hashlib.sha256).digest()[:TAG_BYTES]


def _minutes(moment: datetime) -> int:
    return int(moment.astimezone(UTC).timestamp() // 60)


def issue(keys: Keys, expires_at: datetime) -> SlipToken:
    raw_id = secrets.token_bytes(ID_BYTES)
    minutes = _minutes(expires_at)
    body = raw_id + struct.pack(">I", minutes)
    text = PREFIX + base64.b32encode(body + _tag(keys, body)).decode("ascii").rstrip("=")
    expiry = datetime.fromtimestamp(minutes * 60, UTC)
    return SlipToken(raw_id.hex(), expiry, text)


def verify(keys: Keys, payload: str, now: datetime) -> SlipToken:
    """The token in a scanned payload, if it is ours, intact and not expired.

    Scanners add stray spaces or newlines, and some send lower case when Caps Lock is on;
    anything else that differs from an issued token is refused."""
    if len(payload) > MAX_SCAN_LENGTH:
        raise TokenRefused(TokenProblem.NOT_OURS)
    text = payload.strip()
    # ASCII before upper-casing: "ſ".upper() is "S", which would let look-alikes through.
    if not text.isascii():
        raise TokenRefused(TokenProblem.NOT_OURS)
    text = text.upper()
    if len(text) != TOKEN_LENGTH or not text.startswith(PREFIX):
        raise TokenRefused(TokenProblem.NOT_OURS)
    encoded = text[len(PREFIX) :]
    try:
        blob = base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    except (binascii.Error, ValueError):
        raise TokenRefused(TokenProblem.NOT_OURS) from None
    # Re-encoding must give the same text: base32's unused trailing bits could otherwise
    # let two spellings decode to one token.
    if base64.b32encode(blob).decode("ascii").rstrip("=") != encoded:
        raise TokenRefused(TokenProblem.NOT_OURS)
    body, tag = blob[:BODY_BYTES], blob[BODY_BYTES:]
    if len(tag) != TAG_BYTES or not hmac.compare_digest(tag, _tag(keys, body)):
        raise TokenRefused(TokenProblem.NOT_OURS)
    token_id = body[:ID_BYTES].hex()
    (minutes,) = struct.unpack(">I", body[ID_BYTES:])
    expires_at = datetime.fromtimestamp(minutes * 60, UTC)
    if now >= expires_at:
        raise TokenRefused(TokenProblem.EXPIRED, token_id)
    return SlipToken(token_id, expires_at, PREFIX + encoded)


def end_of_day(moment: datetime, office_zone: object, days: int = 0) -> datetime:
    """Midnight after `moment`'s office-local day (plus `days`), as an instant."""
    from zoneinfo import ZoneInfo

    zone = office_zone if isinstance(office_zone, ZoneInfo) else ZoneInfo(str(office_zone))
    local = moment.astimezone(zone)
    midnight = datetime(local.year, local.month, local.day, tzinfo=zone)
    return (midnight + timedelta(days=days + 1)).astimezone(UTC)
