"""Slip tokens: only what the office issued, unaltered and unexpired, is accepted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception.core.security import tokens
from reception.core.security.keys import Keys
from reception.core.security.tokens import TokenProblem, TokenRefused

KEYS = Keys(b"o" * 32)
OTHER_OFFICE = Keys(b"x" * 32)
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
LATER = NOW + timedelta(hours=12)
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def issued() -> tokens.SlipToken:
    return tokens.issue(KEYS, LATER)


FIXED = tokens.issue(KEYS, LATER)


def test_a_token_is_ascii_alphanumeric_and_verifies() -> None:
    token = issued()
    assert token.text.isascii() and token.text.startswith("RC1-")
    assert len(token.text) == tokens.TOKEN_LENGTH
    assert set(token.text[4:]) <= set(BASE32)
    checked = tokens.verify(KEYS, token.text, NOW)
    assert checked.token_id == token.token_id
    assert len(bytes.fromhex(token.token_id)) * 8 >= 64


def test_scanner_noise_is_tolerated() -> None:
    token = issued()
    assert tokens.verify(KEYS, f"  {token.text.lower()}\r\n", NOW).token_id == token.token_id


def test_expired_tokens_are_refused_with_their_id() -> None:
    token = issued()
    with pytest.raises(TokenRefused) as refused:
        tokens.verify(KEYS, token.text, LATER + timedelta(minutes=1))
    assert refused.value.problem is TokenProblem.EXPIRED
    assert refused.value.token_id == token.token_id


def test_another_offices_token_is_not_ours() -> None:
    token = tokens.issue(OTHER_OFFICE, LATER)
    with pytest.raises(TokenRefused) as refused:
        tokens.verify(KEYS, token.text, NOW)
    assert refused.value.problem is TokenProblem.NOT_OURS


def test_token_ids_do_not_repeat() -> None:
    assert len({issued().token_id for _ in range(2000)}) == 2000


@settings(max_examples=300)
@given(st.data())
def test_every_single_character_change_is_refused(data: st.DataObject) -> None:
    token = FIXED
    position = data.draw(st.integers(0, len(token.text) - 1))
    original = token.text[position]
    replacement = data.draw(
        st.sampled_from(BASE32 + "-01891").filter(lambda c: c != original.upper())
    )
    forged = token.text[:position] + replacement + token.text[position + 1 :]
    with pytest.raises(TokenRefused):
        tokens.verify(KEYS, forged, NOW)


@given(st.integers(min_value=0, max_value=tokens.TOKEN_LENGTH - 1))
def test_every_truncation_is_refused(length: int) -> None:
    with pytest.raises(TokenRefused):
        tokens.verify(KEYS, FIXED.text[:length], NOW)


@settings(max_examples=500)
@given(st.one_of(st.text(), st.binary().map(lambda b: b.decode("latin-1")), st.text(min_size=600)))
def test_random_payloads_are_refused_cleanly(payload: str) -> None:
    with pytest.raises(TokenRefused) as refused:
        tokens.verify(KEYS, payload, NOW)
    assert refused.value.problem is TokenProblem.NOT_OURS


def test_end_of_day_is_local_midnight() -> None:
    evening = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # 23:00 in Beijing
    assert tokens.end_of_day(evening, "Asia/Shanghai") == datetime(2026, 11, 25, 16, 0, tzinfo=UTC)
