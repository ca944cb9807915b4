"""What kind of file a piece of evidence is, and when it was captured (JPEG EXIF), read from
its first bytes only."""

from __future__ import annotations

import mimetypes
from datetime import datetime, timedelta, timezone
from typing import Literal

from kzobserver.storage.times import stored_time

# --- media type and capture time -----------------------------------------------------------------

_FTYP_BRANDS = {
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"avif": "image/avif",
    b"qt  ": "video/quicktime",
    b"M4A ": "audio/mp4",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
    b"3gp6": "video/3gpp",
}


def guess_media_type(name: str, head: bytes) -> str:
    """The media type from the file's first bytes, else from its name, else octet-stream: a
    phone photo renamed ``.dat`` is still shown as a photo."""
    magic = _media_type_from_magic(head)
    if magic:
        return magic
    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def _media_type_from_magic(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head.startswith(b"BM") and len(head) >= 14:
        return "image/bmp"
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WEBP": "image/webp", b"AVI ": "video/x-msvideo", b"WAVE": "audio/wav"}.get(
            head[8:12]
        )
    if head[4:8] == b"ftyp" and len(head) >= 12:
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")  # isom, mp41, mp42, avc1, …
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head[:64] else "video/x-matroska"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def exif_datetime_original(head: bytes) -> str | None:
    """DateTimeOriginal (else DateTime) from a JPEG's EXIF segment in ``head``, as UTC ISO 8601;
    None when absent or unreadable. Without OffsetTimeOriginal the camera's clock is taken to be in
    this computer's time zone, as photo managers do."""
    try:
        tiff = _exif_tiff(head)
        if tiff is None:
            return None
        stamp, offset = _tiff_datetime(tiff)
        if not stamp:
            return None
        moment = datetime.strptime(stamp.strip(), "%Y:%m:%d %H:%M:%S")
        if offset:
            sign = -1 if offset.startswith("-") else 1
            hours, minutes = offset.lstrip("+-").split(":")
            tz = timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
            moment = moment.replace(tzinfo=tz)
        return stored_time(moment)  # a naive datetime is read as local time
    except (ValueError, IndexError, UnicodeDecodeError, OverflowError):
        return None


def _exif_tiff(head: bytes) -> bytes | None:
    if not head.startswith(b"\xff\xd8"):
        return None
    pos = 2
    while pos + 4 <= len(head):
        if head[pos] != 0xFF:
            return None
        marker = head[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xDA, 0xD9):  # start of scan / end of image: no metadata after this
            return None
        length = int.from_bytes(head[pos + 2 : pos + 4], "big")
        if marker == 0xE1 and head[pos + 4 : pos + 10] == b"Exif\x00\x00":
            return head[pos + 10 : pos + 2 + length]
        pos += 2 + length
    return None


def _tiff_datetime(tiff: bytes) -> tuple[str | None, str | None]:
    order: Literal["little", "big"]
    if tiff[:2] == b"II":
        order = "little"
    elif tiff[:2] == b"MM":
        order = "big"
    else:
        return None, None

    def uint(offset: int, size: int) -> int:
        if offset + size > len(tiff):
            raise IndexError(offset)
        return int.from_bytes(tiff[offset : offset + size], order)

    def entries(ifd: int) -> dict[int, int]:
        count = uint(ifd, 2)
        if count > 512:
            raise ValueError("not an IFD")
        return {uint(ifd + 2 + 12 * i, 2): ifd + 2 + 12 * i for i in range(count)}

    def text(entry: int) -> str:
        count = uint(entry + 4, 4)
        start = entry + 8 if count <= 4 else uint(entry + 8, 4)
        return tiff[start : start + count].split(b"\x00")[0].decode("ascii")

    ifd0 = entries(uint(4, 4))
    fallback = text(ifd0[0x0132]) if 0x0132 in ifd0 else None
    if 0x8769 not in ifd0:
        return fallback, None
    exif = entries(uint(ifd0[0x8769] + 8, 4))
    original = text(exif[0x9003]) if 0x9003 in exif else None
    offset = text(exif[0x9011]) if 0x9011 in exif else None
    if original:
        return original, offset
    return fallback, None
