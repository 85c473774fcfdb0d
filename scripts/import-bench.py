#!/usr/bin/env python3
"""Figures for `kombo-apply import` (issue 12), against `kombo-apply sandbox serve` on loopback.

Usage: import-bench.py BINARY [--rows 1000] [--cv-rows 1000] [--big-rows 0]

Prints, side by side in one run:
- ROWS applications without attachments: `kombo-apply import` (one process: job read once, rows checked,
  then sent 8 at a time) against a loop over Kombo's official Python SDK (kombo==1.4.0) creating the same
  applications one by one, each into its own fresh sandbox; wall time of each and the ratio;
- CV_ROWS applications each with a 1 MB PDF CV: wall time, rate and the import's peak RSS;
- with --big-rows N: N such rows (10,000 in the issue), to show the peak RSS does not grow with the row
  count (needs about N MB of disk for the sandbox's copies).
Run it on a release build: `swift build -c release` then `.build/release/kombo-apply`.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sdk_conformance import API_KEY, Sandbox  # noqa: E402
from kombo import Kombo  # noqa: E402


def plain_job(client):
    jobs = client.ats.get_jobs(page_size=100).result.data.results
    return next(
        job.id for job in jobs
        if job.status == "OPEN" and not any(q.required for q in (job.screening_questions or [])))


def candidates(count, tag):
    return [
        {"first_name": "Cand", "last_name": f"Number {index}", "email_address": f"c{index}-{tag}@bench.example"}
        for index in range(1, count + 1)]


def write_csv(path, people, cv=None):
    with open(path, "w", encoding="utf-8") as out:
        out.write("first_name,last_name,email" + (",attach" if cv else "") + "\n")
        for person in people:
            row = [person["first_name"], person["last_name"], person["email_address"]]
            if cv:
                row.append(cv)
            out.write(",".join(row) + "\n")


def run_import(binary, sandbox, csv_path, home):
    env = {
        "HOME": home, "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": home + "/state",
        "XDG_CONFIG_HOME": home + "/config", "KOMBO_API_KEY": API_KEY, "KOMBO_BASE_URL": sandbox.base_url,
        "KOMBO_INTEGRATION_ID": sandbox.integration,
    }
    client = Kombo(api_key=API_KEY, integration_id=sandbox.integration, server_url=sandbox.base_url)
    job = plain_job(client)
    start = time.monotonic()
    process = subprocess.Popen(
        [binary, "import", csv_path, "--job", job], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    out = process.stdout.read().decode()
    err = process.stderr.read().decode()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"import exited {code}: {err}{out}")
    return wall, usage.ru_maxrss / 1024


def sdk_loop(sandbox, people):
    client = Kombo(api_key=API_KEY, integration_id=sandbox.integration, server_url=sandbox.base_url)
    start = time.monotonic()
    job = plain_job(client)
    for person in people:
        client.ats.create_application(job_id=job, candidate=person)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--cv-rows", type=int, default=1000)
    parser.add_argument("--big-rows", type=int, default=0)
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="import-bench-")
    figures = []
    try:
        people = candidates(args.rows, "plain")
        csv_path = os.path.join(scratch, "plain.csv")
        write_csv(csv_path, people)

        sandbox = Sandbox(args.binary, os.path.join(scratch, "sdk-data"))
        try:
            sdk = sdk_loop(sandbox, people)
        finally:
            sandbox.stop()
        sandbox = Sandbox(args.binary, os.path.join(scratch, "import-data"))
        try:
            wall, rss = run_import(args.binary, sandbox, csv_path, os.path.join(scratch, "home-plain"))
        finally:
            sandbox.stop()
        figures.append((f"{args.rows} applications, no attachments: Python SDK loop", f"{sdk:.2f} s",
                        f"{args.rows / sdk:.0f}/s"))
        figures.append((f"{args.rows} applications, no attachments: kombo-apply import", f"{wall:.2f} s",
                        f"{args.rows / wall:.0f}/s, {sdk / wall:.1f}x faster, peak RSS {rss:.0f} MiB"))

        cv = os.path.join(scratch, "cv.pdf")
        with open(cv, "wb") as out:
            out.write(b"%PDF-1.4\n" + os.urandom(1 << 20) + b"\n%%EOF\n")
        for label, count in (("cv", args.cv_rows), ("big", args.big_rows)):
            if count <= 0:
                continue
            path = os.path.join(scratch, f"{label}.csv")
            write_csv(path, candidates(count, label), cv="cv.pdf")
            sandbox = Sandbox(args.binary, os.path.join(scratch, f"{label}-data"))
            try:
                wall, rss = run_import(args.binary, sandbox, path, os.path.join(scratch, f"home-{label}"))
            finally:
                sandbox.stop()
            shutil.rmtree(os.path.join(scratch, f"{label}-data"), ignore_errors=True)
            figures.append((f"{count} applications with a 1 MB CV each: kombo-apply import", f"{wall:.2f} s",
                            f"{count / wall:.0f}/s, peak RSS {rss:.0f} MiB"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    width = max(len(name) for name, _, _ in figures)
    for name, wall, extra in figures:
        print(f"{name.ljust(width)}  {wall:>9}  {extra}")


if __name__ == "__main__":
    main()
