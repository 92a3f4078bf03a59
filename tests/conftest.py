"""Shared pytest fixtures."""

from pg_server import pg_url  # noqa: F401  (session-scoped throwaway PostgreSQL)
