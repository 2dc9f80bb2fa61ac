import json
import subprocess
import sys

from db import metrics
from tests.conftest import NOW


def run(*args):
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_metrics_json_as_of(demo_db):
    out = run("--db", demo_db, "metrics", "--json", "--as-of", "2026-05-15T12:00:00Z")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    expected = metrics.responsiveness(NOW)
    assert data["requests"] == expected.requests > 0
    assert data["answered"] == expected.answered
    assert data["response_rate"] == expected.response_rate
    assert data["response_time_seconds"] == expected.response_time_seconds
    assert data["very_responsive"] is expected.very_responsive
    assert data["window_end"].endswith("Z") and data["window_start"] <= data["window_end"] <= "2026-05-15T12:00:00Z"


def test_metrics_as_of_before_anything_gives_nulls(demo_db):
    out = run("--db", demo_db, "metrics", "--json", "--as-of", "2001-01-01T00:00:00Z")
    data = json.loads(out.stdout)
    assert (data["requests"], data["response_rate"], data["response_time_seconds"], data["very_responsive"]) == (
        0, None, None, False)


def test_metrics_clear_errors(tmp_path, demo_db):
    out = run("--db", tmp_path / "nope.db", "metrics", "--json")
    assert out.returncode == 1 and "does not exist" in out.stderr
    assert not (tmp_path / "nope.db").exists()
    out = run("--db", demo_db, "metrics", "--as-of", "yesterday")
    assert out.returncode == 2 and "ISO 8601" in out.stderr
    out = run("--db", demo_db, "metrics")
    assert out.returncode == 0 and "Response rate" in out.stdout
