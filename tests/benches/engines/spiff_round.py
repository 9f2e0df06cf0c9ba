"""SpiffWorkflow, side by side with tests/benches/round.rs on the same machine: N
applications through the same per-application decisions (application.bpmn), each
decision durable — the workflow serialised to JSON and written in one SQLite
transaction (WAL, synchronous=FULL), as host-sim writes a case's state — and the disk's
single-row commit rate measured in the same run.

    target/bpmn-venv/bin/python tests/benches/engines/spiff_round.py [N] [DB]

Prints one JSON line: {"engine", "applications", "decisions", "seconds",
"decisions_per_s", "sqlite_commits_per_s_before", "sqlite_commits_per_s_after"}.
"""
import json
import os
import sqlite3
import sys
import time

from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser
from SpiffWorkflow.bpmn.serializer.workflow import BpmnWorkflowSerializer
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.util.task import TaskState

HERE = os.path.dirname(os.path.abspath(__file__))


def durable(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    return db


def commit_rate(path, seconds=2.0):
    db = durable(path)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (v) VALUES ('x')")
        db.execute("COMMIT")
        n += 1
    db.close()
    return n / (time.perf_counter() - start)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    path = sys.argv[2] if len(sys.argv) > 2 else "target/test-dbs/bench_spiff.sqlite"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    before = commit_rate(path + ".rate")
    parser = BpmnParser()
    parser.add_bpmn_file(os.path.join(HERE, "application.bpmn"))
    spec = parser.get_spec("application")
    serializer = BpmnWorkflowSerializer()
    db = durable(path)
    db.execute("CREATE TABLE cases (id TEXT PRIMARY KEY, version INTEGER, state TEXT)")

    def save(case, version, wf):
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            "INSERT INTO cases (id, version, state) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (id) DO UPDATE SET version = ?2, state = ?3",
            (case, version, serializer.serialize_json(wf)),
        )
        db.execute("COMMIT")

    decisions, start = 0, time.perf_counter()
    for i in range(n):
        case = f"app-{i:05}"
        wf = BpmnWorkflow(spec)
        wf.do_engine_steps()
        version = 1
        save(case, version, wf)  # start
        decisions += 1
        while not wf.is_completed():
            # Each person's decision: load the case, take the task, store it durably.
            state = db.execute("SELECT state FROM cases WHERE id = ?", (case,)).fetchone()[0]
            wf = serializer.deserialize_json(state)
            ready = wf.get_tasks(state=TaskState.READY, manual=True)
            if not ready:
                break
            ready[0].run()
            wf.do_engine_steps()
            version += 1
            save(case, version, wf)
            decisions += 1
    seconds = time.perf_counter() - start
    after = commit_rate(path + ".rate")
    print(json.dumps({
        "engine": "SpiffWorkflow 3.2",
        "applications": n,
        "decisions": decisions,
        "seconds": round(seconds, 2),
        "decisions_per_s": round(decisions / seconds),
        "sqlite_commits_per_s_before": round(before),
        "sqlite_commits_per_s_after": round(after),
    }))


if __name__ == "__main__":
    main()
