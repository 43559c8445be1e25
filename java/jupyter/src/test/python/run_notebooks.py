"""Executes notebooks headless with nbclient on the "numj" kernel; a cell that raises fails the run.

    python3 run_notebooks.py notebooks/*.ipynb          (exit status 1 when a notebook fails)
Each notebook runs in its own process and kernel, several at a time (NUMJ_NOTEBOOK_JOBS, default: the CPU
count, at most the number of notebooks), in its own folder (files it writes land there, as in Jupyter).
Nothing is written back to the notebooks.
"""
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def run_one(path):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    cells = sum(1 for c in nb.cells if c.cell_type == "code")
    start = time.monotonic()
    client = NotebookClient(nb, kernel_name="numj", timeout=600, startup_timeout=120,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    try:
        client.execute()
    except CellExecutionError as e:
        print(f"FAILED {path}:\n{e}", flush=True)
        return 1
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    if errors:
        print(f"FAILED {path}: {len(errors)} error outputs", flush=True)
        return 1
    print(f"ok {path}: {cells} code cells in {time.monotonic() - start:.1f} s", flush=True)
    return 0


def main(paths):
    if not paths:
        print("usage: run_notebooks.py NOTEBOOK...", file=sys.stderr)
        return 2
    jobs = int(os.environ.get("NUMJ_NOTEBOOK_JOBS", "0")) or os.cpu_count() or 1
    jobs = max(1, min(jobs, len(paths)))

    def child(path):
        return path, subprocess.run([sys.executable, os.path.abspath(__file__), "--one", path]).returncode

    with ThreadPoolExecutor(jobs) as pool:
        failed = [path for path, rc in pool.map(child, paths) if rc != 0]
    if failed:
        print(f"{len(failed)} of {len(paths)} notebooks failed: {' '.join(failed)}", flush=True)
        return 1
    print(f"all {len(paths)} notebooks ran without an error", flush=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        sys.exit(run_one(sys.argv[2]))
    sys.exit(main(sys.argv[1:]))
