"""A throwaway PostgreSQL server for the whole test session (scripts/pg_test_server.sh does the work).

Tests ask for ``pg_url`` (the server) or use :func:`fresh_schema_url` for an empty
schema of their own, which is much faster than a database per test. Skips cleanly
when PostgreSQL or psycopg is not installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "pg_test_server.sh"


def postgres_missing() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when they can."""
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        return "PostgreSQL binaries not installed (/usr/lib/postgresql/*/bin/initdb); apt-get install -y postgresql"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg not installed; pip install 'psycopg[binary]'"
    return None


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a PostgreSQL server started for this session and removed after it."""
    reason = postgres_missing()
    if reason:
        pytest.skip(reason)
    top = tempfile.mkdtemp(prefix="eventwire-pg-")
    os.chmod(top, 0o711)  # under root the server runs as "postgres", which must reach its folder
    folder = os.path.join(top, "pg")
    run = subprocess.run([str(SCRIPT), "start", folder, "--fast"], capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        shutil.rmtree(top, ignore_errors=True)
        pytest.fail(f"could not start a throwaway PostgreSQL: {run.stderr.strip()}")
    try:
        yield run.stdout.strip()
    finally:
        subprocess.run([str(SCRIPT), "stop", folder], capture_output=True, timeout=120)
        shutil.rmtree(top, ignore_errors=True)


def fresh_schema_url(pg_url: str) -> str:
    """A URL whose connections see only a new, empty schema on the session's server."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return f"{pg_url}&options={quote(f'-csearch_path={schema}')}"
