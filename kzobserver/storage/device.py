"""This machine's identity, stamped on every record it writes."""

from __future__ import annotations

import json
import uuid

from kzobserver import paths


def device_id() -> str:
    """A random id made once per user account and machine, kept in the config folder."""
    path = paths.config_dir() / "device.json"
    try:
        value = json.loads(path.read_text(encoding="utf-8"))["device_id"]
        return str(uuid.UUID(value))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    value = str(uuid.uuid4())
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"device_id": value}), encoding="utf-8")
    tmp.replace(path)
    return value
