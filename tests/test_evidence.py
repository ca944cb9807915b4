"""Evidence files in the logbook: intake with SHA-256, streaming out, verification, the CLI."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzobserver.cli import cli
from kzobserver.domain.model import Station
from kzobserver.storage import Logbook, LogbookError
from kzobserver.storage.evidence import (
    CHUNK_SIZE,
    ProblemKind,
    add_evidence,
    evidence_for,
    exif_datetime_original,
    get_evidence,
    guess_media_type,
    iter_chunks,
    open_evidence,
    save_evidence_as,
    set_do_not_publish,
    thumbnail_source,
    verify_evidence,
)
from kzobserver.storage.protocols import Source, get_or_create_protocol
from kzobserver.storage.reference import current_election
from kzobserver.storage.stations import add_stations_to_election, station_id

ELECTION = "kz-2023-majilis"
PNG_HEAD = b"\x89PNG\r\n\x1a\n" + bytes(24)


@pytest.fixture
def logbook(kz_logbook: Logbook) -> Logbook:
    election = current_election(kz_logbook)
    assert election is not None
    add_stations_to_election(
        kz_logbook,
        election,
        [
            Station(number="101", region="astana", registered_voters=1500),
            Station(number="102", region="astana", registered_voters=900),
        ],
    )
    return kz_logbook


@pytest.fixture
def station() -> str:
    return station_id(ELECTION, "101")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def random_file(
    tmp_path: Path, name: str = "video.mp4", size: int = 2 * CHUNK_SIZE + 12345
) -> Path:
    return write(tmp_path / name, os.urandom(size))


def add_incident(logbook: Logbook, station: str, incident_id: str = "inc-1") -> str:
    # Plain SQL: the incidents API is written separately; only the row matters here.
    logbook.db.execute(
        "INSERT INTO incidents (id, station_id, occurred_at, category, severity, device_id, "
        "created_at, updated_at) VALUES (?, ?, '2023-03-19T10:00:00Z', 'ballot_stuffing', "
        "'high', 'test', '2023-03-19T10:00:00Z', '2023-03-19T10:00:00Z')",
        [incident_id, station],
    )
    logbook.db.conn.commit()
    return incident_id


def chunk_count(logbook: Logbook) -> int:
    return int(logbook.db.execute("SELECT count(*) FROM evidence_chunks").fetchone()[0])


def evidence_count(logbook: Logbook) -> int:
    return int(logbook.db.execute("SELECT count(*) FROM evidence").fetchone()[0])


# --- intake --------------------------------------------------------------------------------------


def test_add_hashes_the_file_and_links_it(logbook: Logbook, station: str, tmp_path: Path) -> None:
    path = random_file(tmp_path)
    data = path.read_bytes()
    os.utime(path, (1679216400, 1679216400))  # 2023-03-19 09:00:00 UTC

    record = add_evidence(logbook, path, station_id=station, note="carousel at the door")

    assert record.sha256 == hashlib.sha256(data).hexdigest()
    assert record.size == len(data)
    assert record.original_name == "video.mp4"
    assert record.media_type == "video/mp4"  # from the name: random bytes have no magic
    assert record.captured_at == "2023-03-19T09:00:00.000Z"  # no EXIF: the file's mtime
    assert record.station_id == station and record.station_number == "101"
    assert record.note == "carousel at the door"
    assert record.do_not_publish is False and record.already_present is False
    assert chunk_count(logbook) == 3  # 1 MiB, 1 MiB and the rest
    sizes = [r[0] for r in logbook.db.execute("SELECT length(data) FROM evidence_chunks")]
    assert sorted(sizes) == [12345, CHUNK_SIZE, CHUNK_SIZE]
    assert get_evidence(logbook, record.id) == record
    assert verify_evidence(logbook) == []


def test_round_trip_save_as_gives_the_original_bytes(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    path = random_file(tmp_path)
    record = add_evidence(logbook, path, station_id=station)
    target = tmp_path / "out" / "copy.mp4"
    target.parent.mkdir()
    seen: list[tuple[int, int]] = []

    saved = save_evidence_as(logbook, record.id, target, progress=lambda d, t: seen.append((d, t)))

    assert saved == target
    assert target.read_bytes() == path.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["copy.mp4"]  # no temporary left
    assert seen[-1] == (record.size, record.size)
    assert b"".join(iter_chunks(logbook, record.id)) == path.read_bytes()


def test_save_as_replaces_an_existing_file(logbook: Logbook, station: str, tmp_path: Path) -> None:
    path = random_file(tmp_path, size=1000)
    record = add_evidence(logbook, path, station_id=station)
    target = write(tmp_path / "old.bin", b"old content")
    save_evidence_as(logbook, record.id, target)
    assert target.read_bytes() == path.read_bytes()


def test_save_as_into_a_missing_folder_is_an_error_naming_it(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    record = add_evidence(logbook, random_file(tmp_path, size=10), station_id=station)
    target = tmp_path / "nowhere" / "x.bin"
    with pytest.raises(LogbookError, match="nowhere"):
        save_evidence_as(logbook, record.id, target)


def test_reader_streams_and_seeks_across_chunks(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    path = random_file(tmp_path)
    data = path.read_bytes()
    record = add_evidence(logbook, path, station_id=station)
    with open_evidence(logbook, record.id) as reader:
        assert reader.size == len(data) and reader.seekable()
        reader.seek(CHUNK_SIZE - 10)
        assert reader.read(20) == data[CHUNK_SIZE - 10 : CHUNK_SIZE + 10]
        reader.seek(-5, os.SEEK_END)
        assert reader.read() == data[-5:]
        assert reader.read(10) == b""
        reader.seek(0)
        assert reader.read() == data


def test_progress_reports_each_chunk(logbook: Logbook, station: str, tmp_path: Path) -> None:
    path = random_file(tmp_path)
    seen: list[tuple[int, int]] = []
    add_evidence(logbook, path, station_id=station, progress=lambda d, t: seen.append((d, t)))
    size = path.stat().st_size
    assert seen == [(CHUNK_SIZE, size), (2 * CHUNK_SIZE, size), (size, size)]


def test_cancel_from_progress_leaves_nothing(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    class Cancelled(Exception):
        pass

    def cancel_at_second_chunk(done: int, total: int) -> None:
        if done > CHUNK_SIZE:
            raise Cancelled

    with pytest.raises(Cancelled):
        add_evidence(
            logbook, random_file(tmp_path), station_id=station, progress=cancel_at_second_chunk
        )
    assert evidence_count(logbook) == 0
    assert chunk_count(logbook) == 0
    # The logbook is usable afterwards, with its usual page cache.
    assert logbook.db.execute("PRAGMA cache_size").fetchone()[0] == -65536
    add_evidence(logbook, random_file(tmp_path, "b.bin", 10), station_id=station)
    assert evidence_count(logbook) == 1


def test_full_disk_is_a_message_and_leaves_nothing(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    # max_page_count makes SQLite report SQLITE_FULL exactly as a full disk would.
    pages = logbook.db.execute("PRAGMA page_count").fetchone()[0]
    logbook.db.execute(f"PRAGMA max_page_count = {pages + 100}")
    with pytest.raises(LogbookError, match=r"not enough disk space to add .*video\.mp4"):
        add_evidence(logbook, random_file(tmp_path), station_id=station)
    assert evidence_count(logbook) == 0 and chunk_count(logbook) == 0


def test_same_file_same_place_returns_the_existing_record(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    path = random_file(tmp_path)
    first = add_evidence(logbook, path, station_id=station)
    copy = write(tmp_path / "renamed.mp4", path.read_bytes())

    again = add_evidence(logbook, copy, station_id=station)

    assert again.already_present is True
    assert again.id == first.id and again.original_name == "video.mp4"
    assert evidence_count(logbook) == 1 and chunk_count(logbook) == 3


def test_same_file_elsewhere_is_a_new_record(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    path = random_file(tmp_path)
    first = add_evidence(logbook, path, station_id=station)
    other = add_evidence(logbook, path, station_id=station_id(ELECTION, "102"))
    incident = add_incident(logbook, station)
    with_incident = add_evidence(logbook, path, station_id=station, incident_id=incident)

    assert len({first.id, other.id, with_incident.id}) == 3
    assert not other.already_present and not with_incident.already_present
    assert first.sha256 == other.sha256 == with_incident.sha256
    assert chunk_count(logbook) == 9  # chunks belong to one evidence row each


def test_same_size_different_content_is_added(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    add_evidence(logbook, random_file(tmp_path, "a.jpg", 5000), station_id=station)
    second = add_evidence(logbook, random_file(tmp_path, "b.jpg", 5000), station_id=station)
    assert not second.already_present
    assert evidence_count(logbook) == 2


def test_missing_file_is_an_error_naming_it(logbook: Logbook, station: str, tmp_path: Path) -> None:
    missing = tmp_path / "photo_0042.jpg"
    with pytest.raises(LogbookError, match=r"photo_0042\.jpg"):
        add_evidence(logbook, missing, station_id=station)
    with pytest.raises(LogbookError, match="Cannot read"):
        add_evidence(logbook, tmp_path, station_id=station)  # a folder
    assert evidence_count(logbook) == 0


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_an_error_naming_it(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    path = random_file(tmp_path, "secret.jpg", 10)
    path.chmod(0)
    with pytest.raises(LogbookError, match=r"secret\.jpg"):
        add_evidence(logbook, path, station_id=station)


def test_empty_file_is_refused(logbook: Logbook, station: str, tmp_path: Path) -> None:
    with pytest.raises(LogbookError, match="empty"):
        add_evidence(logbook, write(tmp_path / "empty.jpg", b""), station_id=station)


def test_a_link_is_required_and_must_exist(logbook: Logbook, tmp_path: Path) -> None:
    path = random_file(tmp_path, size=10)
    with pytest.raises(LogbookError, match="attached to a station"):
        add_evidence(logbook, path)
    with pytest.raises(LogbookError, match="no station with id nope"):
        add_evidence(logbook, path, station_id="nope")
    with pytest.raises(LogbookError, match="no incident report with id nope"):
        add_evidence(logbook, path, incident_id="nope")
    assert evidence_count(logbook) == 0


def test_station_is_taken_from_the_linked_records(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    incident = add_incident(logbook, station)
    contest = logbook.db.execute("SELECT id FROM contests LIMIT 1").fetchone()[0]
    protocol = get_or_create_protocol(logbook, station, contest, Source.PEC_COPY)

    photo = add_evidence(logbook, random_file(tmp_path, "a.jpg", 100), incident_id=incident)
    scan = add_evidence(logbook, random_file(tmp_path, "b.pdf", 100), protocol_id=protocol)

    assert photo.station_id == station and photo.incident_id == incident
    assert scan.station_id == station and scan.protocol_id == protocol
    assert [e.id for e in evidence_for(logbook, incident_id=incident)] == [photo.id]
    assert [e.id for e in evidence_for(logbook, protocol_id=protocol)] == [scan.id]
    assert {e.id for e in evidence_for(logbook, station_id=station)} == {photo.id, scan.id}
    assert evidence_for(logbook, station_id=station_id(ELECTION, "102")) == []
    assert len(evidence_for(logbook)) == 2


def test_evidence_for_orders_by_capture_time(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    late = add_evidence(
        logbook, random_file(tmp_path, "late.jpg", 10), station_id=station,
        captured_at="2023-03-19T15:00:00.000Z",
    )  # fmt: skip
    early = add_evidence(
        logbook, random_file(tmp_path, "early.jpg", 10), station_id=station,
        captured_at="2023-03-19T07:00:00.000Z",
    )  # fmt: skip
    assert [e.id for e in evidence_for(logbook, station_id=station)] == [early.id, late.id]


def test_do_not_publish_flag(logbook: Logbook, station: str, tmp_path: Path) -> None:
    record = add_evidence(
        logbook, random_file(tmp_path, "face.jpg", 10), station_id=station, do_not_publish=True
    )
    assert record.do_not_publish is True
    set_do_not_publish(logbook, record.id, False)
    assert get_evidence(logbook, record.id).do_not_publish is False  # type: ignore[union-attr]
    set_do_not_publish(logbook, record.id, True)
    assert get_evidence(logbook, record.id).do_not_publish is True  # type: ignore[union-attr]
    with pytest.raises(LogbookError, match="no evidence with id nope"):
        set_do_not_publish(logbook, "nope", True)


# --- media type and capture time -----------------------------------------------------------------


def jpeg_with_exif(when: bytes, offset: bytes | None = None, order: str = "II") -> bytes:
    """A minimal JPEG whose APP1 segment holds IFD0 → Exif IFD → DateTimeOriginal."""
    e = "<" if order == "II" else ">"
    tiff = order.encode() + struct.pack(e + "HI", 42, 8)
    # IFD0 at 8: one entry, the Exif IFD pointer; the Exif IFD follows at 26.
    tiff += struct.pack(e + "HHHII", 1, 0x8769, 4, 1, 26) + struct.pack(e + "I", 0)
    tags = [(0x9003, when + b"\x00")] + ([(0x9011, offset + b"\x00")] if offset else [])
    data_at = 26 + 2 + 12 * len(tags) + 4
    entries, blob = b"", b""
    for tag, value in tags:
        entries += struct.pack(e + "HHII", tag, 2, len(value), data_at + len(blob))
        blob += value
    tiff += struct.pack(e + "H", len(tags)) + entries + struct.pack(e + "I", 0) + blob
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    app1 = b"Exif\x00\x00" + tiff
    return b"\xff\xd8" + app0 + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + b"\xff\xd9"


def test_exif_capture_time_with_offset_becomes_utc() -> None:
    head = jpeg_with_exif(b"2023:03:19 10:15:30", b"+05:00")
    assert exif_datetime_original(head) == "2023-03-19T05:15:30.000Z"
    big_endian = jpeg_with_exif(b"2023:03:19 10:15:30", b"+06:00", order="MM")
    assert exif_datetime_original(big_endian) == "2023-03-19T04:15:30.000Z"


def test_exif_capture_time_without_offset_is_local_time() -> None:
    expected = datetime(2023, 3, 19, 10, 15, 30).astimezone(UTC)
    got = exif_datetime_original(jpeg_with_exif(b"2023:03:19 10:15:30"))
    assert got == expected.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"\xff\xd8\xff\xd9",
        jpeg_with_exif(b"0000:00:00 00:00:00"),
        jpeg_with_exif(b"2023:03:19 10:15:30")[:40],  # truncated inside the EXIF segment
        b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00XX\x00\x00\x00\x00",  # not TIFF
    ],
)
def test_exif_reader_never_fails(head: bytes) -> None:
    assert exif_datetime_original(head) is None


def test_jpeg_capture_time_comes_from_exif(logbook: Logbook, station: str, tmp_path: Path) -> None:
    path = write(tmp_path / "IMG_0001.JPG", jpeg_with_exif(b"2023:03:19 10:15:30", b"+05:00"))
    record = add_evidence(logbook, path, station_id=station)
    assert record.media_type == "image/jpeg"
    assert record.captured_at == "2023-03-19T05:15:30.000Z"
    given = add_evidence(
        logbook, path, station_id=station_id(ELECTION, "102"), captured_at="2023-03-19T11:00+05:00"
    )
    assert given.captured_at == "2023-03-19T06:00:00.000Z"  # stored as every moment is
    with pytest.raises(LogbookError, match="not a date and time"):
        add_evidence(logbook, path, station_id=station, captured_at="yesterday")


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("photo.dat", PNG_HEAD, "image/png"),
        ("x", b"\xff\xd8\xff\xe1" + bytes(20), "image/jpeg"),
        ("clip", b"\x00\x00\x00\x18ftypmp42" + bytes(16), "video/mp4"),
        ("clip", b"\x00\x00\x00\x14ftypqt  " + bytes(16), "video/quicktime"),
        ("IMG_1.HEIC", b"\x00\x00\x00\x18ftypheic" + bytes(16), "image/heic"),
        ("x", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        ("x", b"RIFF\x00\x00\x00\x00AVI LIST", "video/x-msvideo"),
        ("x", b"\x1a\x45\xdf\xa3\x01\x00\x00\x00\x00\x00\x00\x1fB\x86\x81\x01webm", "video/webm"),
        ("x", b"OggS\x00\x02", "audio/ogg"),
        ("x", b"%PDF-1.7\n", "application/pdf"),
        ("voice.m4a", b"plain text", "audio/mp4"),
        ("notes.txt", b"plain text", "text/plain"),
        ("unknown", b"plain text", "application/octet-stream"),
    ],
)
def test_media_type_from_magic_then_name(name: str, head: bytes, expected: str) -> None:
    assert guess_media_type(name, head) == expected


def test_thumbnail_source_only_for_small_images(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    png = PNG_HEAD + os.urandom(3000)
    image = add_evidence(logbook, write(tmp_path / "a.png", png), station_id=station)
    video = add_evidence(logbook, random_file(tmp_path, size=3000), station_id=station)
    assert thumbnail_source(logbook, image.id, max_bytes=10_000) == png
    assert thumbnail_source(logbook, image.id, max_bytes=1_000) is None
    assert thumbnail_source(logbook, video.id, max_bytes=10_000) is None


# --- 200 MB without the memory -------------------------------------------------------------------

MEMORY_SCRIPT = textwrap.dedent(
    """
    import json, sys, time, tracemalloc
    from kzobserver.storage import Logbook
    from kzobserver.storage.evidence import add_evidence

    def status_kib(field):
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])

    logbook = Logbook.open(sys.argv[1])
    # Not ru_maxrss: a child of a fork inherits pytest's peak. Writing 5 to clear_refs resets
    # this process's high-water mark (VmHWM) to its resident memory now.
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")
    before = status_kib("VmRSS")
    tracemalloc.start()
    start = time.perf_counter()
    record = add_evidence(logbook, sys.argv[2], station_id=sys.argv[3])
    seconds = time.perf_counter() - start
    python_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    peak = status_kib("VmHWM")
    logbook.close()
    print(json.dumps({
        "id": record.id, "sha256": record.sha256, "size": record.size, "seconds": seconds,
        "python_peak_mb": python_peak / 2**20, "rss_growth_mb": (peak - before) / 1024,
    }))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="peak memory is read from /proc")
def test_200_mb_sparse_file_is_added_with_little_memory_and_verified(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    big = tmp_path / "night_count.mp4"
    with big.open("wb") as f:
        f.write(b"\x00\x00\x00\x18ftypmp42 the count, filmed from the observer's seat")
        f.truncate(200 * 1024 * 1024)  # sparse: no disk space, but 200 MB to read and store
    expected = hashlib.sha256()
    with big.open("rb") as f:
        while block := f.read(CHUNK_SIZE):
            expected.update(block)

    # A fresh process, so its peak resident memory measures this intake and nothing else.
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(logbook.path), str(big), station],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result = json.loads(out.stdout)

    assert result["size"] == 200 * 1024 * 1024
    assert result["sha256"] == expected.hexdigest()
    assert result["python_peak_mb"] < 8, result  # one 1 MiB buffer, never the file
    assert result["rss_growth_mb"] < 32, result  # SQLite's capped 8 MB cache included
    assert verify_evidence(logbook) == []
    record = get_evidence(logbook, result["id"])
    assert record is not None and record.media_type == "video/mp4"
    print(
        f"\n200 MB intake: {result['seconds']:.1f} s, peak RSS growth "
        f"{result['rss_growth_mb']:.1f} MB, Python peak {result['python_peak_mb']:.1f} MB"
    )


# --- verification --------------------------------------------------------------------------------


def test_tampered_chunk_is_reported_as_changed(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    intact = add_evidence(logbook, random_file(tmp_path, "intact.jpg"), station_id=station)
    record = add_evidence(logbook, random_file(tmp_path, "ballots.mp4"), station_id=station)
    logbook.db.execute(
        "UPDATE evidence_chunks SET data = zeroblob(length(data)) WHERE evidence_id = ? "
        "AND seq = 1",
        [record.id],
    )
    logbook.db.conn.commit()

    problems = verify_evidence(logbook)

    assert [(p.evidence_id, p.kind) for p in problems] == [(record.id, ProblemKind.CHANGED)]
    problem = problems[0]
    assert problem.original_name == "ballots.mp4"
    assert problem.station_id == station and problem.station_number == "101"
    assert record.sha256 in problem.message
    assert "ballots.mp4" in str(problem) and "station 101" in str(problem)
    assert intact.id not in str(problems)
    with pytest.raises(LogbookError, match="has changed"):
        save_evidence_as(logbook, record.id, tmp_path / "out.mp4")
    assert not (tmp_path / "out.mp4").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_deleted_chunk_is_reported_as_incomplete(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    record = add_evidence(logbook, random_file(tmp_path), station_id=station)
    logbook.db.execute("DELETE FROM evidence_chunks WHERE evidence_id = ? AND seq = 1", [record.id])
    logbook.db.conn.commit()

    problems = verify_evidence(logbook)

    assert [(p.evidence_id, p.kind) for p in problems] == [(record.id, ProblemKind.INCOMPLETE)]
    assert "chunk(s) 1 of 3" in problems[0].message
    with pytest.raises(LogbookError, match="incomplete"):
        open_evidence(logbook, record.id)
    with pytest.raises(LogbookError, match="incomplete"):
        save_evidence_as(logbook, record.id, tmp_path / "out.mp4")


def test_truncated_last_chunk_is_reported_as_incomplete(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    record = add_evidence(logbook, random_file(tmp_path), station_id=station)
    logbook.db.execute("DELETE FROM evidence_chunks WHERE evidence_id = ? AND seq = 2", [record.id])
    logbook.db.conn.commit()
    problems = verify_evidence(logbook)
    assert problems[0].kind == ProblemKind.INCOMPLETE
    assert f"{2 * CHUNK_SIZE} of {record.size} bytes" in problems[0].message


def test_content_gone_entirely_is_reported_as_missing(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    record = add_evidence(logbook, random_file(tmp_path), station_id=station)
    logbook.db.execute("DELETE FROM evidence_chunks WHERE evidence_id = ?", [record.id])
    logbook.db.conn.commit()
    problems = verify_evidence(logbook)
    assert [(p.evidence_id, p.kind) for p in problems] == [(record.id, ProblemKind.MISSING)]


def test_verify_reports_progress_over_all_bytes(
    logbook: Logbook, station: str, tmp_path: Path
) -> None:
    a = add_evidence(logbook, random_file(tmp_path, "a.bin"), station_id=station)
    b = add_evidence(logbook, random_file(tmp_path, "b.bin", 100), station_id=station)
    seen: list[tuple[int, int]] = []
    assert verify_evidence(logbook, progress=lambda d, t: seen.append((d, t))) == []
    assert seen[-1] == (a.size + b.size, a.size + b.size)


# --- command line --------------------------------------------------------------------------------


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def cli_logbook(logbook: Logbook) -> Path:
    """The logbook's path for the CLI (the fixture's connection stays open, idle: WAL allows it)."""
    return logbook.path


def test_cli_add_list_verify_export(cli_logbook: Path, tmp_path: Path) -> None:
    path = random_file(tmp_path, "photo.jpg", 5000)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()

    added = run("evidence", "add", str(cli_logbook), str(path), "--station", "101")
    assert added.exit_code == 0, added.output
    assert "Added photo.jpg as evidence" in added.output
    assert f"SHA-256: {digest}" in added.output and "Size: 5000 bytes" in added.output

    again = run("evidence", "add", str(cli_logbook), str(path), "--station", "101", "--json")
    assert again.exit_code == 0, again.output
    record = json.loads(again.output)
    assert record["already_present"] is True and record["sha256"] == digest

    listed = run("evidence", "list", str(cli_logbook), "--station", "101")
    assert (
        listed.exit_code == 0
        and "photo.jpg" in listed.output
        and "1 evidence files" in listed.output
    )
    as_json = json.loads(run("evidence", "list", str(cli_logbook), "--json").output)
    assert [r["id"] for r in as_json] == [record["id"]]
    assert json.loads(run("evidence", "list", str(cli_logbook), "--station", "102",
                          "--json").output) == []  # fmt: skip

    verified = run("evidence", "verify", str(cli_logbook))
    assert verified.exit_code == 0 and "1 evidence files verified" in verified.output

    out = tmp_path / "exported.jpg"
    exported = run("evidence", "export", str(cli_logbook), record["id"], str(out))
    assert exported.exit_code == 0, exported.output
    assert out.read_bytes() == path.read_bytes()


def test_cli_add_with_incident_and_flags(cli_logbook: Path, tmp_path: Path) -> None:
    with Logbook.open(cli_logbook) as logbook:
        incident = add_incident(logbook, station_id(ELECTION, "101"))
    path = random_file(tmp_path, "stuffing.mp4", 100)
    result = run(
        "evidence", "add", str(cli_logbook), str(path), "--incident", incident,
        "--do-not-publish", "--note", "faces visible", "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["incident_id"] == incident and record["station_number"] == "101"
    assert record["do_not_publish"] is True and record["note"] == "faces visible"
    listed = run("evidence", "list", str(cli_logbook))
    assert "[do not publish]" in listed.output


def test_cli_verify_fails_listing_the_bad_files(cli_logbook: Path, tmp_path: Path) -> None:
    for name in ("good.jpg", "tampered.mp4", "gone.mp4"):
        run("evidence", "add", str(cli_logbook), str(random_file(tmp_path, name)), "--station",
            "101")  # fmt: skip
    with Logbook.open(cli_logbook) as logbook:
        ids = dict(logbook.db.execute("SELECT original_name, id FROM evidence").fetchall())
        logbook.db.execute(
            "UPDATE evidence_chunks SET data = zeroblob(length(data)) WHERE evidence_id = ? "
            "AND seq = 0",
            [ids["tampered.mp4"]],
        )
        logbook.db.execute("DELETE FROM evidence_chunks WHERE evidence_id = ?", [ids["gone.mp4"]])
        logbook.db.conn.commit()

    result = run("evidence", "verify", str(cli_logbook))
    assert result.exit_code == 1
    assert "tampered.mp4" in result.output and "has changed" in result.output
    assert "gone.mp4" in result.output and "missing" in result.output
    assert "good.jpg" not in result.output
    assert "2 of 3 evidence files are changed or missing" in result.output

    as_json = run("evidence", "verify", str(cli_logbook), "--json")
    assert as_json.exit_code == 1
    report = json.loads(as_json.output)
    assert report["evidence"] == 3 and report["intact"] == 1
    assert {p["original_name"]: p["kind"] for p in report["problems"]} == {
        "tampered.mp4": "changed",
        "gone.mp4": "missing",
    }


def test_cli_verify_of_an_empty_logbook(cli_logbook: Path) -> None:
    result = run("evidence", "verify", str(cli_logbook))
    assert result.exit_code == 0 and "0 evidence files verified" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jpg", "--station", "101"], "Cannot read"),
        (["{file}", "--station", "999"], "There is no station 999"),
        (["{file}", "--incident", "nope"], "no incident report with id nope"),
        (["{file}"], "Give --station or --incident"),
    ],
)
def test_cli_add_errors_are_messages(
    cli_logbook: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    file = random_file(tmp_path, "x.jpg", 10)
    args = [a.format(file=file) for a in args]
    result = run("evidence", "add", str(cli_logbook), *args)
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_export_of_unknown_id_is_a_message(cli_logbook: Path, tmp_path: Path) -> None:
    result = run("evidence", "export", str(cli_logbook), "nope", str(tmp_path / "x"))
    assert result.exit_code == 1
    assert "no evidence with id nope" in result.output
    assert "Traceback" not in result.output
