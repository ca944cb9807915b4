"""The logbook file: SQLite through sqlite-utils, migrations, repositories and importers."""

from kzobserver.storage.errors import LogbookError, NewerSchemaError, NotALogbookError
from kzobserver.storage.logbook import Logbook

__all__ = ["Logbook", "LogbookError", "NewerSchemaError", "NotALogbookError"]
