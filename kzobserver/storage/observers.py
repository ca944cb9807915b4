"""Observers, and which of them is using this device: the current observer is chosen once and
stamped (as ``author``) on every record written afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kzobserver.domain.model import new_id
from kzobserver.i18n import translate
from kzobserver.storage import audit
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.logbook import Logbook, utc_now


class Role(StrEnum):
    OBSERVER = "observer"
    REVIEWER = "reviewer"
    COORDINATOR = "coordinator"


def role_label(role: str) -> str:
    return {
        Role.OBSERVER: translate("Observers", "Observer"),
        Role.REVIEWER: translate("Observers", "Reviewer"),
        Role.COORDINATOR: translate("Observers", "Coordinator"),
    }.get(Role(role), role)


@dataclass(frozen=True)
class Observer:
    id: str
    name: str
    accreditation: str  # accreditation number issued by the commission, '' if none
    organisation: str
    role: str  # a Role value
    created_at: str
    updated_at: str


_COLUMNS = "id, name, accreditation, organisation, role, created_at, updated_at"


def _row(row: Any) -> Observer:
    return Observer(*row)


def _check(name: str | None, role: str | None) -> None:
    if name is not None and not name.strip():
        raise LogbookError(translate("Observers", "An observer needs a name."))
    if role is not None and role not in {r.value for r in Role}:
        raise LogbookError(
            translate("Observers", "“{role}” is not a role; choose one of: {roles}.").format(
                role=role, roles=", ".join(r.value for r in Role)
            )
        )


def add_observer(
    logbook: Logbook,
    name: str,
    *,
    accreditation: str = "",
    organisation: str = "",
    role: str = Role.OBSERVER,
) -> Observer:
    """A new observer (not made current: see :func:`set_current_observer`)."""
    _check(name, role)
    observer_id = new_id()
    record = {
        "id": observer_id,
        "name": name.strip(),
        "accreditation": accreditation.strip(),
        "organisation": organisation.strip(),
        "role": str(role),
    }
    with logbook.db.atomic():
        logbook.db.table("observers").insert(logbook.stamp(record))
        audit.append(
            logbook,
            "observer.add",
            table="observers",
            row_id=observer_id,
            after={k: v for k, v in record.items() if k != "id"},
        )
    found = get_observer(logbook, observer_id)
    assert found is not None
    return found


def update_observer(
    logbook: Logbook,
    observer_id: str,
    *,
    name: str | None = None,
    accreditation: str | None = None,
    organisation: str | None = None,
    role: str | None = None,
) -> Observer:
    """Change the given fields of an observer (None leaves a field as it is)."""
    _check(name, role)
    current = get_observer(logbook, observer_id)
    if current is None:
        raise LogbookError(translate("Observers", "There is no such observer in this logbook."))
    changes: dict[str, Any] = {
        key: value.strip()
        for key, value in (
            ("name", name),
            ("accreditation", accreditation),
            ("organisation", organisation),
            ("role", role),
        )
        if value is not None and value.strip() != getattr(current, key)
    }
    if changes:
        with logbook.db.atomic():
            logbook.db.table("observers").update(observer_id, {**changes, "updated_at": utc_now()})
            audit.append(
                logbook,
                "observer.update",
                table="observers",
                row_id=observer_id,
                before={key: getattr(current, key) for key in changes},
                after=changes,
            )
    found = get_observer(logbook, observer_id)
    assert found is not None
    return found


def get_observer(logbook: Logbook, observer_id: str) -> Observer | None:
    row = logbook.db.execute(
        f"SELECT {_COLUMNS} FROM observers WHERE id = ?", [observer_id]
    ).fetchone()
    return _row(row) if row else None


def list_observers(logbook: Logbook) -> list[Observer]:
    """Every observer, by name."""
    rows = logbook.db.execute(
        f"SELECT {_COLUMNS} FROM observers ORDER BY name COLLATE NOCASE, created_at"
    ).fetchall()
    return [_row(r) for r in rows]


def set_current_observer(logbook: Logbook, observer_id: str | None) -> None:
    """Make ``observer_id`` the author of everything this device writes from now on (None: no
    one), remembered in the logbook for the next time it is opened here."""
    if observer_id is not None and get_observer(logbook, observer_id) is None:
        raise LogbookError(translate("Observers", "There is no such observer in this logbook."))
    logbook._set_info(logbook.current_observer_key(), observer_id or "")
    logbook.author = observer_id


def current_observer(logbook: Logbook) -> Observer | None:
    """The observer this device records as, if one was chosen."""
    observer_id = logbook.info(logbook.current_observer_key())
    return get_observer(logbook, observer_id) if observer_id else None


def restore_current_observer(logbook: Logbook) -> Observer | None:
    """Set ``logbook.author`` to this device's current observer (None when none was chosen or it
    no longer exists). :meth:`Logbook.open` already does this; call it after changes made
    through another connection."""
    observer = current_observer(logbook)
    logbook.author = observer.id if observer else None
    return observer
