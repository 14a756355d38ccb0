"""Scanned payloads (DOMAIN.md 7): only a slip the office issued, unaltered, is accepted.

Every single-character change and every truncation of a valid token is refused, by
`tokens.verify` and by the desk's `scan`; so is anything else a scanner or a person may send,
cleanly and without a write. Two variations are accepted on purpose, because scanners produce
them: ASCII upper/lower case, and whitespace around the token.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.security import audit, tokens
from reception.core.security.keys import Keys
from reception.core.security.roles import Actor, Role
from reception.core.security.tokens import TokenProblem, TokenRefused
from reception.core.visitors import service
from reception.core.visitors.models import CheckIn, Ticket, TicketState, Visit
from reception.core.visitors.views import Issued, ScanResult
from reception.db.database import Database

KEYS = Keys(b"o" * 32)
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
LATER = NOW + timedelta(hours=12)
EXPIRED = LATER + timedelta(minutes=1)
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# What a forger or a misreading scanner may put in besides the alphabet: the alphabet in lower
# case, digits outside it, the prefix's punctuation and padding, whitespace and control
# characters, full-width and Chinese look-alikes, a zero-width space.
OTHERS = "0189-_=+/. \t\r\n\x00\x1b\x7f\xa0\u3000\u200bＡＲ１中é"
ALPHABET = BASE32 + BASE32.lower() + OTHERS
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Non-ASCII characters whose upper case is ASCII ("ſ" → "S", "ı" → "I"): once let through by
# upper-casing before the ASCII check; `test_a_non_ascii_look_alike_is_refused` keeps them out.
UPPERS_TO_ASCII = "ſı"


def deliberately_accepted(payload: str, token: str) -> bool:
    """The scanner noise a desk accepts: surrounding whitespace and ASCII case, nothing else."""
    return payload.strip().translate(_ASCII_UPPER) == token


def single_edits(text: str, alphabet: str) -> Iterator[str]:
    """Every deletion, substitution and insertion of one character."""
    for position in range(len(text)):
        yield text[:position] + text[position + 1 :]
        for character in alphabet:
            if character != text[position]:
                yield text[:position] + character + text[position + 1 :]
    for position in range(len(text) + 1):
        for character in alphabet:
            yield text[:position] + character + text[position:]


def truncations(text: str) -> Iterator[str]:
    """The token cut short at its end, and cut at its start."""
    for length in range(len(text)):
        yield text[:length]
        yield text[len(text) - length :]


def _refused(payload: str, now: datetime, keys: Keys = KEYS) -> TokenProblem:
    with pytest.raises(TokenRefused) as refused:
        tokens.verify(keys, payload, now)
    return refused.value.problem


# --- tokens.verify ------------------------------------------------------------------------


def test_every_single_character_change_of_a_token_is_refused_and_only_noise_accepted() -> None:
    token = tokens.issue(KEYS, LATER)
    refused = accepted = 0
    for forged in single_edits(token.text, ALPHABET):
        if deliberately_accepted(forged, token.text):
            assert tokens.verify(KEYS, forged, NOW).token_id == token.token_id, repr(forged)
            accepted += 1
            continue
        # Refused as not ours, also after the slip's expiry: a forged tag never reads as
        # "expired", which would tell the forger that the rest was right.
        assert _refused(forged, NOW) is TokenProblem.NOT_OURS, repr(forged)
        assert _refused(forged, EXPIRED) is TokenProblem.NOT_OURS, repr(forged)
        refused += 1
    # case changes of the letters, and whitespace added at either end, are the accepted ones
    letters = sum(c.isalpha() for c in token.text)
    assert accepted == letters + 2 * sum(c.isspace() for c in ALPHABET)
    assert refused > 50 * len(ALPHABET)


def test_every_truncation_of_a_token_is_refused() -> None:
    token = tokens.issue(KEYS, LATER)
    cuts = list(truncations(token.text))
    assert len(cuts) == 2 * tokens.TOKEN_LENGTH
    for cut in cuts:
        assert _refused(cut, NOW) is TokenProblem.NOT_OURS, repr(cut)
        assert _refused(cut.lower(), NOW) is TokenProblem.NOT_OURS, repr(cut)


def test_case_and_surrounding_whitespace_are_the_accepted_noise() -> None:
    token = tokens.issue(KEYS, LATER)
    mixed = "".join(c.lower() if i % 2 else c for i, c in enumerate(token.text))
    for noisy in (token.text.lower(), mixed, f"\t {token.text}\r\n", f"\u3000{token.text}\n"):
        assert tokens.verify(KEYS, noisy, NOW).token_id == token.token_id


def _edit_kinds() -> st.SearchStrategy[str]:
    return st.sampled_from(["substitute", "insert", "delete", "truncate", "cut start"])


ANY_CHARACTER = st.characters()


@settings(max_examples=400)
@given(master=st.binary(min_size=32, max_size=32), kind=_edit_kinds(), data=st.data())
def test_any_token_with_any_one_change_is_refused(
    master: bytes, kind: str, data: st.DataObject
) -> None:
    keys = Keys(master)
    token = tokens.issue(keys, LATER).text
    position = data.draw(st.integers(0, len(token) - 1), label="position")
    if kind == "substitute":
        character = data.draw(ANY_CHARACTER.filter(lambda c: c != token[position]))
        forged = token[:position] + character + token[position + 1 :]
    elif kind == "insert":
        character = data.draw(ANY_CHARACTER)
        forged = token[:position] + character + token[position:]
    elif kind == "delete":
        forged = token[:position] + token[position + 1 :]
    elif kind == "truncate":
        forged = token[:position]
    else:
        forged = token[position + 1 :]
    if deliberately_accepted(forged, token):
        assert tokens.verify(keys, forged, NOW).text == token
    else:
        assert _refused(forged, NOW, keys) is TokenProblem.NOT_OURS


@pytest.mark.parametrize("look_alike", list(UPPERS_TO_ASCII))
def test_a_non_ascii_look_alike_is_refused(look_alike: str) -> None:
    # A token is ASCII only (DOMAIN.md 7); no scanner reads "ſ" (long s) or "ı" (dotless i).
    target = look_alike.upper()
    token = next(t for t in iter(lambda: tokens.issue(KEYS, LATER), None) if target in t.text)
    position = token.text.index(target)
    forged = token.text[:position] + look_alike + token.text[position + 1 :]
    assert _refused(forged, NOW) is TokenProblem.NOT_OURS


# --- service.scan ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Slips:
    walk_in: Issued
    appointment: Issued  # registered for later today: a wrongful check-in would queue it


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.RECEPTIONIST]


@pytest.fixture
def slips(db: Database, clerk: Actor) -> Slips:
    with db.unit() as session:
        walk_in = service.register(
            session, clerk, service.Registration("张三", "13812345678", "咨询"), NOW
        )
        form = service.Registration(
            "李四", "13900001111", "约见", appointment_at=NOW + timedelta(hours=2), host="办公室"
        )
        appointment = service.register(session, clerk, form, NOW)
    return Slips(walk_in, appointment)


def _state(session: Session) -> tuple[object, ...]:
    """Everything a scan could change: the audit head, check-ins, visits and tickets."""
    visits = session.execute(
        select(Visit.id, Visit.arrived_at, Visit.left_at).order_by(Visit.id)
    ).all()
    tickets = session.execute(
        select(Ticket.id, Ticket.state, Ticket.order_key, Ticket.queued_at).order_by(Ticket.id)
    ).all()
    check_ins = session.scalar(select(func.count()).select_from(CheckIn))
    return audit.head_seq(session), check_ins, tuple(visits), tuple(tickets)


def _scan_is_refused_without_a_write(db: Database, clerk: Actor, payload: str) -> None:
    with db.unit() as session:
        before = _state(session)
        outcome = service.scan(session, clerk, payload, NOW + timedelta(minutes=5))
        assert outcome.result is ScanResult.NOT_OURS, repr(payload[:80])
        assert (outcome.visit_id, outcome.name, outcome.ticket) == (None, "", "")
        assert not (session.new or session.dirty or session.deleted)
        assert _state(session) == before  # read in the same transaction: sees any flush


def _expected_state_is_untouched(db: Database) -> None:
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 0
        states = session.scalars(select(Ticket.state).order_by(Ticket.id)).all()
    assert states == [TicketState.WAITING, TicketState.EXPECTED]


DB_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@DB_SETTINGS
@given(which=st.sampled_from(["walk_in", "appointment"]), kind=_edit_kinds(), data=st.data())
def test_scan_refuses_every_altered_slip_without_a_write(
    db: Database, clerk: Actor, slips: Slips, which: str, kind: str, data: st.DataObject
) -> None:
    token: str = getattr(slips, which).token
    position = data.draw(st.integers(0, len(token) - 1), label="position")
    alphabet = st.sampled_from(ALPHABET)
    if kind == "substitute":
        character = data.draw(alphabet.filter(lambda c: c.upper() != token[position]))
        forged = token[:position] + character + token[position + 1 :]
    elif kind == "insert":
        character = data.draw(alphabet.filter(lambda c: not c.isspace()))
        forged = token[:position] + character + token[position:]
    elif kind == "delete":
        forged = token[:position] + token[position + 1 :]
    elif kind == "truncate":
        forged = token[:position]
    else:
        forged = token[position + 1 :]
    assert not deliberately_accepted(forged, token)
    _scan_is_refused_without_a_write(db, clerk, forged)


def _repeated(pair: tuple[str, int]) -> str:
    piece, length = pair
    return (piece * (length // len(piece) + 1))[:length]


PAYLOADS = st.one_of(
    st.binary(max_size=700).map(lambda raw: raw.decode("latin-1")),
    st.text(),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=600),
    st.text(st.characters(categories=["Cc"]), max_size=80),
    st.tuples(st.text(min_size=1, max_size=40), st.integers(500, 100_000)).map(_repeated),
    st.text(st.sampled_from(BASE32), max_size=80).map(lambda tail: "RC1-" + tail),
    st.text(st.sampled_from(BASE32), min_size=48, max_size=48).map(lambda tail: "RC1-" + tail),
    st.text(st.sampled_from(BASE32.lower()), min_size=48, max_size=48).map(lambda t: "rc1-" + t),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(payload=PAYLOADS)
def test_scan_refuses_random_payloads_cleanly_without_a_write(
    db: Database, clerk: Actor, slips: Slips, payload: str
) -> None:
    _scan_is_refused_without_a_write(db, clerk, payload)


def test_refusals_left_the_slips_usable(db: Database, clerk: Actor, slips: Slips) -> None:
    """The refused scans above change nothing: the very slips they altered still work."""
    for forged in (slips.walk_in.token[:-1], slips.appointment.token[1:], "RC1-" + "A" * 48):
        _scan_is_refused_without_a_write(db, clerk, forged)
    _expected_state_is_untouched(db)
    at = NOW + timedelta(minutes=30)
    with db.unit() as session:
        walk_in = service.scan(session, clerk, f" {slips.walk_in.token.lower()}\r\n", at)
        appointment = service.scan(session, clerk, slips.appointment.token, at)
    assert (walk_in.result, walk_in.ticket) == (ScanResult.CHECKED_IN, "A001")
    assert (appointment.result, appointment.ticket) == (ScanResult.CHECKED_IN, "C001")
    # once checked in, an altered slip is still not ours (and not "already checked in")
    _scan_is_refused_without_a_write(db, clerk, slips.walk_in.token[:-2])


def test_a_slip_signed_with_the_office_key_but_never_issued_is_not_ours(
    db: Database, clerk: Actor, slips: Slips, keys: Keys
) -> None:
    unknown = tokens.issue(keys, LATER)
    assert tokens.verify(keys, unknown.text, NOW).token_id == unknown.token_id
    _scan_is_refused_without_a_write(db, clerk, unknown.text)
    other_office = tokens.issue(Keys(b"x" * 32), LATER)
    _scan_is_refused_without_a_write(db, clerk, other_office.text)
    _expected_state_is_untouched(db)
