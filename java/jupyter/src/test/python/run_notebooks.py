"""Executes notebooks headless with nbclient on the "numj" kernel; a cell that raises fails the run.

    python3 run_notebooks.py notebooks/*.ipynb          (exit status 1 on the first failing notebook)
Each notebook runs in its own folder (files it writes land there, as in Jupyter) with a fresh kernel.
"""
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main(paths):
    failed = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        cells = sum(1 for c in nb.cells if c.cell_type == "code")
        start = time.monotonic()
        client = NotebookClient(nb, kernel_name="numj", timeout=300, startup_timeout=120,
                                resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        try:
            client.execute()
        except CellExecutionError as e:
            failed.append(path)
            print(f"FAILED {path}:\n{e}", flush=True)
            continue
        errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                  if o.get("output_type") == "error"]
        if errors:
            failed.append(path)
            print(f"FAILED {path}: {len(errors)} error outputs", flush=True)
            continue
        print(f"ok {path}: {cells} code cells in {time.monotonic() - start:.1f} s", flush=True)
    if failed:
        print(f"{len(failed)} of {len(paths)} notebooks failed: {' '.join(failed)}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
