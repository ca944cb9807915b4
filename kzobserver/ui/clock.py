"""Stored moments as the observer reads them: the local wall-clock time, with the date only when it
is not today (a station's day runs past midnight into the count, and a logbook is reread later)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime

from kzobserver.storage.times import parse_stored_time
from kzobserver.ui import language


def local_moment(stored: str) -> datetime | None:
    """A stored time (UTC text) as an aware datetime in this device's zone; None if unreadable."""
    try:
        return parse_stored_time(stored.strip()).astimezone()
    except ValueError:
        return None


def format_moment(stored: str, lang: str | None = None, today: date | None = None) -> str:
    """``HH:MM`` for today (``today`` None: the real today), ``19 Mar HH:MM`` for another day."""
    local = local_moment(stored)
    if local is None:
        return stored
    clock = local.strftime("%H:%M")
    today = today or date.today()
    if local.date() == today:
        return clock
    day = QDate(local.year, local.month, local.day)
    pattern = "d MMM" if local.year == today.year else "d MMM yyyy"
    return f"{language.locale(lang).toString(day, pattern)} {clock}"


def recent_moment(clock: QTime, now: datetime | None = None) -> datetime:
    """The last time the wall clock showed ``clock`` (a naive local datetime, as storage reads
    it). The "at…" edits record what happened a few minutes ago, never ahead: 23:55 typed at
    00:10 is yesterday's 23:55."""
    now = now or datetime.now()
    moment = datetime.combine(now.date(), time(clock.hour(), clock.minute()))
    return moment - timedelta(days=1) if moment > now else moment
