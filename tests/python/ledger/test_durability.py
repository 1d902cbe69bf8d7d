"""Nothing committed is lost: a writer process killed inside a transaction leaves a consistent
file with every batch it reported committed; readers beside a writer see only whole batches."""

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import gridgov
from gridgov.ledger import Ledger

BATCH = 400

WRITER = """
import sys
from gridgov.ledger import Ledger

ledger = Ledger.open(sys.argv[1])
for b in range(10**9):
    ledger.record([{"household": h, "day": 1, "time": "10:00", "outcome": "not_home", "note": f"{sys.argv[2]} {b}"}
                   for h in ["H1", "H2", "H3", "H4"] * (int(sys.argv[3]) // 4)])
    print(b, flush=True)
"""


def batch(note, size):
    return [{"household": h, "day": 1, "time": "10:00", "outcome": "not_home", "note": note}
            for h in ["H1", "H2", "H3", "H4"] * (size // 4)]


def wait_until_seen_writing(path, times):
    """Returns once another connection has been seen `times` times holding the write lock."""
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    seen = 0
    while seen < times:
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
        except sqlite3.OperationalError:
            seen += 1
    probe.close()


def test_a_killed_writer_loses_no_committed_batch(street, tmp_path):
    path = tmp_path / "street.ledger"
    Ledger.create(path, street).close()
    env = {**os.environ, "PYTHONPATH": str(Path(gridgov.__file__).resolve().parents[1])}
    for round_, (reports, times) in enumerate([(1, 1), (3, 100), (2, 2000)]):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"round {round_}", str(BATCH)],
                                  stdout=subprocess.PIPE, text=True, env=env)
        committed = [int(writer.stdout.readline()) for _ in range(reports)]
        wait_until_seen_writing(path, times)
        writer.kill()
        writer.wait()
        committed += [int(line) for line in writer.stdout.read().split()]
        writer.stdout.close()
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        with Ledger.open(path) as ledger:
            counts = ledger.contacts().groupby("note").size()
            attempts = ledger.households()["attempts"].sum()
        assert (counts == BATCH).all(), "no batch is in the file in part"
        assert all(f"round {round_} {b}" in counts for b in committed), "every reported batch is in the file"
        assert attempts == counts.sum()


def test_readers_beside_a_writer_see_whole_batches(street, tmp_path):
    path = tmp_path / "street.ledger"
    Ledger.create(path, street).close()
    writing = threading.Event()
    writing.set()
    errors, partial, reads = [], [], []

    def write():
        try:
            with Ledger.open(path) as ledger:
                for b in range(30):
                    ledger.record(batch(f"batch {b}", 40))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
        writing.clear()

    def read():
        try:
            with Ledger.open(path) as ledger:
                more = True
                while more:
                    more = writing.is_set()
                    sizes = ledger.contacts().groupby("note").size()
                    partial.extend(sizes[sizes != 40].index)
                    reads.append(1)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert partial == []
    assert len(reads) >= 3
    with Ledger.open(path) as ledger:
        assert len(ledger.contacts()) == 30 * 40
