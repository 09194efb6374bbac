"""The web view and HTTP API over the store: ``create_app(db_path, allow_ingest=False)``."""

from eventwire.web.app import create_app

__all__ = ["create_app"]
