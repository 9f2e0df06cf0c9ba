"""SpiffWorkflow, a Python BPMN engine, parses host-sim's BPMN export: both processes
of the collaboration become workflow specs with every user task of the file.

Usage: python spiff_parse.py FILE.bpmn  (scripts/test installs SpiffWorkflow into a venv
under target/ and runs it on `host-sim export bpmn`).
"""
import sys
import xml.etree.ElementTree as ET

from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"


def main(path: str) -> int:
    tree = ET.parse(path)
    processes = [p.get("id") for p in tree.iter(f"{BPMN}process")]
    expected = {t.get("id") for t in tree.iter(f"{BPMN}userTask")}
    parser = BpmnParser()
    parser.add_bpmn_file(path)
    found = set()
    for pid in processes:
        spec = parser.get_spec(pid)
        # A 会签 (multi-instance) user task is wrapped by Spiff in a task of another class.
        found |= set(spec.task_specs) & expected
    missing = expected - found
    if missing or len(processes) != 2:
        print(f"SpiffWorkflow: {len(processes)} processes, missing user tasks {sorted(missing)}")
        return 1
    print(f"SpiffWorkflow parsed {len(processes)} processes with {len(found)} user tasks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
