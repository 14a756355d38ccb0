"""Protected fields and the office key (reception.core.security.fields, keys).

Sensitive values are stored encrypted (AES-GCM) and found by a keyed hash; the key lives
outside the database in a 0600 file or RECEPTION_KEY. The last test reads the raw database
file and finds no plaintext in it.
"""

from __future__ import annotations

import base64
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, LargeBinary, MetaData, String, Table, insert, select, text
from sqlalchemy.engine import URL

from reception.config import key_file
from reception.core.errors import DatabaseUnusable
from reception.core.security.fields import FieldCipher
from reception.core.security.keys import KEY_BYTES, Keys, load_keys
from reception.db.database import open_database

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"
ID_PURPOSE = "petitioner.id_number"
PHONE_PURPOSE = "petitioner.phone"


@pytest.fixture
def cipher(keys: Keys) -> FieldCipher:
    return FieldCipher(keys)


# -- FieldCipher ---------------------------------------------------------------------------


def test_chinese_text_round_trips(cipher: FieldCipher) -> None:
    text_ = "北京市东城区信访接待中心：反映拆迁补偿问题，联系人张三（身份证 11010519491231002X）"
    blob, _ = cipher.protect(text_, "petition.content")
    assert isinstance(blob, bytes)
    assert cipher.reveal(blob, "petition.content") == text_
    assert text_.encode() not in blob


@given(value=st.text(max_size=200))
def test_any_text_round_trips(value: str) -> None:
    cipher = FieldCipher(Keys(b"h" * 32))
    assert cipher.reveal(cipher.encrypt(value, b"p"), "p") == value


def test_the_same_value_encrypts_differently_each_time(cipher: FieldCipher) -> None:
    blobs = {cipher.protect(ID_NUMBER, ID_PURPOSE)[0] for _ in range(20)}
    assert len(blobs) == 20
    nonces = {blob[1:13] for blob in blobs}
    assert len(nonces) == 20
    assert {cipher.reveal(blob, ID_PURPOSE) for blob in blobs} == {ID_NUMBER}


def test_the_lookup_hash_is_stable_and_kept_apart_per_purpose(cipher: FieldCipher) -> None:
    first = cipher.protect(ID_NUMBER, ID_PURPOSE)[1]
    assert cipher.protect(ID_NUMBER, ID_PURPOSE)[1] == first
    assert cipher.lookup_hash(ID_NUMBER, ID_PURPOSE) == first
    assert FieldCipher(Keys(b"k" * 32)).lookup_hash(ID_NUMBER, ID_PURPOSE) == first
    assert len(first) == 64 and int(first, 16) >= 0
    assert cipher.lookup_hash(ID_NUMBER, "visitor.id_number") != first
    assert cipher.lookup_hash(ID_NUMBER.lower(), ID_PURPOSE) != first
    # Another office's key gives another hash: the hash is no plain SHA-256 of the value.
    assert FieldCipher(Keys(b"o" * 32)).lookup_hash(ID_NUMBER, ID_PURPOSE) != first
    # The purpose and the value are kept apart: ("a", "bc") is not ("ab", "c").
    assert cipher.lookup_hash("bc", "a") != cipher.lookup_hash("c", "ab")


def test_a_value_from_another_key_is_refused_with_a_message(cipher: FieldCipher) -> None:
    blob, _ = cipher.protect(ID_NUMBER, ID_PURPOSE)
    other = FieldCipher(Keys(b"o" * 32))
    with pytest.raises(DatabaseUnusable) as caught:
        other.reveal(blob, ID_PURPOSE)
    assert "key" in caught.value.render().lower()


def test_a_value_moved_to_another_column_is_refused(cipher: FieldCipher) -> None:
    blob, _ = cipher.protect(ID_NUMBER, ID_PURPOSE)
    with pytest.raises(DatabaseUnusable):
        cipher.reveal(blob, PHONE_PURPOSE)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-1] + bytes([b[-1] ^ 1]),  # the tag
        lambda b: b[:20] + bytes([b[20] ^ 1]) + b[21:],  # the body
        lambda b: b[:5] + bytes([b[5] ^ 1]) + b[6:],  # the nonce
        lambda b: b"\x02" + b[1:],  # an unknown format version
        lambda b: b"",
        lambda b: b[:1],
        lambda b: b[:8],  # cut inside the nonce
        lambda b: b[:13],  # the nonce but no tag
        lambda b: b[:-3],
    ],
    ids=[
        "tag",
        "body",
        "nonce",
        "version",
        "empty",
        "version-only",
        "short-nonce",
        "no-tag",
        "cut",
    ],
)
def test_a_damaged_value_is_refused_not_a_traceback(cipher: FieldCipher, damage: object) -> None:
    blob, _ = cipher.protect(PHONE, PHONE_PURPOSE)
    damaged = damage(blob)  # type: ignore[operator]
    with pytest.raises(DatabaseUnusable):
        cipher.reveal(damaged, PHONE_PURPOSE)


# -- the key -------------------------------------------------------------------------------


def test_the_key_file_is_made_owner_only_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "reception.key"
    old_umask = os.umask(0)  # even a careless umask gives an owner-only file
    try:
        first = load_keys(path)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first.master) == KEY_BYTES
    assert base64.b64decode(path.read_text(encoding="ascii").strip()) == first.master
    content = path.read_bytes()
    again = load_keys(path)
    assert again == first
    assert path.read_bytes() == content
    assert first.fingerprint == again.fingerprint


def test_each_new_key_file_holds_a_new_key(tmp_path: Path) -> None:
    assert load_keys(tmp_path / "a.key").master != load_keys(tmp_path / "b.key").master


def test_the_derived_keys_differ_from_each_other_and_the_master() -> None:
    keys = Keys(b"k" * 32)
    derived = [keys.field_encryption, keys.lookup_hash, keys.slip_token, keys.master]
    assert len(set(derived)) == 4
    assert all(len(key) == 32 for key in derived)
    assert Keys(b"k" * 32).field_encryption == keys.field_encryption
    assert "kkkk" not in repr(keys)  # the master key is kept out of logs


def test_the_default_key_file_lives_in_the_data_folder(_home: Path) -> None:
    assert key_file().is_relative_to(_home)
    keys = load_keys(key_file())
    assert key_file().exists()
    assert load_keys(key_file()) == keys


def test_reception_key_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "reception.key"
    from_file = load_keys(path)
    shared = Keys.generate()
    monkeypatch.setenv("RECEPTION_KEY", base64.b64encode(shared.master).decode())
    assert load_keys(path) == shared != from_file
    # ...and no file is written when the environment gives the key.
    missing = tmp_path / "other" / "reception.key"
    assert load_keys(missing) == shared
    assert not missing.exists()


def test_a_missing_key_file_is_refused_when_not_to_be_created(tmp_path: Path) -> None:
    path = tmp_path / "reception.key"
    with pytest.raises(DatabaseUnusable):
        load_keys(path, create=False)
    assert not path.exists()


MALFORMED = [
    "",
    "not base64 at all!",
    base64.b64encode(b"short").decode(),
    base64.b64encode(b"x" * 33).decode(),
    base64.b64encode(b"x" * 32).decode()[:-2],
    "钥匙" * 22,
]


@pytest.mark.parametrize("content", MALFORMED)
def test_a_malformed_key_file_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "reception.key"
    path.write_text(content, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseUnusable) as caught:
        load_keys(path)
    assert str(path) in caught.value.render()
    assert path.read_bytes() == before  # not "repaired" with a new key


def test_a_binary_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "reception.key"
    path.write_bytes(bytes(range(256)))
    with pytest.raises(DatabaseUnusable):
        load_keys(path)


@pytest.mark.parametrize("content", [c for c in MALFORMED if c])
def test_a_malformed_reception_key_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setenv("RECEPTION_KEY", content)
    with pytest.raises(DatabaseUnusable) as caught:
        load_keys(tmp_path / "reception.key")
    assert "RECEPTION_KEY" in caught.value.render()
    assert not (tmp_path / "reception.key").exists()


def test_a_key_with_surrounding_whitespace_is_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = Keys.generate()
    monkeypatch.setenv("RECEPTION_KEY", "  " + base64.b64encode(shared.master).decode() + "\n")
    assert load_keys(tmp_path / "reception.key") == shared


# -- no plaintext on disk ------------------------------------------------------------------


def _forms(value: str) -> list[bytes]:
    return [value.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _files(path: Path) -> dict[str, bytes]:
    found = {}
    for suffix in ("", "-wal", "-journal"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            found[candidate.name] = candidate.read_bytes()
    return found


def _store(url: URL, keys: Keys, table: str, *, encrypt: bool) -> tuple[str, str]:
    """Store the ID number and the phone in a throwaway table of a real database file, as a
    service would; with `encrypt` off, in clear (to prove the search below can find it)."""
    db = open_database(url, keys)
    metadata = MetaData()
    people = Table(
        table,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("id_number", LargeBinary),
        Column("id_number_hash", String(64)),
        Column("phone", LargeBinary),
        Column("phone_hash", String(64)),
    )
    metadata.create_all(db.engine)
    with db.unit() as session:
        cipher: FieldCipher = session.info["cipher"]
        id_blob, id_hash = cipher.protect(ID_NUMBER, ID_PURPOSE)
        phone_blob, phone_hash = cipher.protect(PHONE, PHONE_PURPOSE)
        if not encrypt:
            id_blob, phone_blob = ID_NUMBER.encode(), PHONE.encode()
        session.execute(
            insert(people).values(
                id_number=id_blob, id_number_hash=id_hash, phone=phone_blob, phone_hash=phone_hash
            )
        )
    # Found again through the hash, and readable with the key.
    with db.read() as session:
        row = session.execute(
            select(people).where(
                people.c.id_number_hash == db.cipher.lookup_hash(ID_NUMBER, ID_PURPOSE)
            )
        ).one()
        if encrypt:
            assert db.cipher.reveal(row.id_number, ID_PURPOSE) == ID_NUMBER
            assert db.cipher.reveal(row.phone, PHONE_PURPOSE) == PHONE
    db.close()
    return id_hash, phone_hash


def _raw_files(path: Path) -> list[dict[str, bytes]]:
    """The file's bytes as written, then again after a full checkpoint."""
    written = _files(path)
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return [written, _files(path)]


def test_the_database_file_holds_no_plaintext(sqlite_url: URL, keys: Keys) -> None:
    path = Path(str(sqlite_url.database))
    id_hash, phone_hash = _store(sqlite_url, keys, "probe_person", encrypt=True)
    for files in _raw_files(path):
        data = b"".join(files.values())
        assert id_hash.encode() in data, "the search does not see the stored row"
        assert phone_hash.encode() in data
        for form in _forms(ID_NUMBER) + _forms(PHONE):
            for name, content in files.items():
                assert form not in content, f"{form!r} in {name}"
    with closing(sqlite3.connect(path)) as raw:
        blob = raw.execute("SELECT id_number FROM probe_person").fetchone()[0]
    assert isinstance(blob, bytes) and ID_NUMBER.encode() not in blob


def test_the_plaintext_search_finds_a_value_stored_in_clear(sqlite_url: URL, keys: Keys) -> None:
    """The control: the same search does find the values when they are not encrypted."""
    path = Path(str(sqlite_url.database))
    _store(sqlite_url, keys, "probe_clear", encrypt=False)
    data = b"".join(_raw_files(path)[-1].values())
    assert ID_NUMBER.encode() in data and PHONE.encode() in data


def test_the_key_is_not_in_the_database(sqlite_url: URL, keys: Keys) -> None:
    path = Path(str(sqlite_url.database))
    db = open_database(sqlite_url, keys)
    with db.read() as session:
        rows = session.execute(text("SELECT value FROM office_setting")).scalars().all()
    db.close()
    data = b"".join(_files(path).values())
    for secret in (keys.master, keys.field_encryption, keys.lookup_hash, keys.slip_token):
        assert secret not in data
        assert base64.b64encode(secret) not in data
    assert any(keys.fingerprint in row for row in rows)
