#!/usr/bin/env python3
"""Proof of "never a duplicate" under kill -9, against a sandbox that accepts duplicate applications.

Each run submits one application with the built binary while the sandbox keeps the create running
after the client is gone (fault `in-flight=MS`, shorter than the attempt's window of create timeout +
margin, so the create lands while a retry could still resend it), kills the process with SIGKILL
mid-request, retries from the outbox at once (it must not resend: "in flight since"), and again after
the window (it must find the application). Every second run also kills the retry's own resend. The
sandbox runs with `--accept-duplicates`, so a second create would show as a second application.

Usage: scripts/duplicate_proof.py [--runs 200] [--workers 4] [--binary .build/debug/kombo-apply]
Prints one line per failed run and a summary; exits 1 if any run ended with a duplicate or without
its application. Takes about 2 s per run and worker (not part of scripts/test).
"""

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

JOB_ID = "x6t8c3fMMk5LAt8FEytYdD7D"
ANSWER = "zVo1wYxxvspmw9MwN4anC3KA=yes"
API_KEY = "sk_test_duplicate_proof"
CONFIG = {"create_timeout_seconds": 1, "in_flight_margin_seconds": 1}
WINDOW = 2.0
HOLD_MS = 1200


class Sandbox:
    """`kombo-apply sandbox serve --accept-duplicates` on a free port, and reads of its state."""

    def __init__(self, binary, directory):
        self.stdout_path = os.path.join(directory, "sandbox.out")
        with open(self.stdout_path, "w") as out:
            self.process = subprocess.Popen(
                [binary, "sandbox", "serve", "--port", "0", "--data", os.path.join(directory, "data"),
                 "--api-key", API_KEY, "--accept-duplicates"],
                stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                env={"HOME": directory, "PATH": "/usr/bin:/bin"})
        deadline = time.time() + 60
        self.base_url = self.integration = None
        while time.time() < deadline and (self.base_url is None or self.integration is None):
            time.sleep(0.05)
            for line in open(self.stdout_path).read().splitlines():
                if line.startswith("Sandbox listening on "):
                    self.base_url = line.removeprefix("Sandbox listening on ")
                if line.startswith("Default integration: "):
                    self.integration = line.removeprefix("Default integration: ")
        if self.base_url is None or self.integration is None:
            raise RuntimeError("the sandbox did not start: " + open(self.stdout_path).read())

    def call(self, url, method="GET", body=None):
        request = urllib.request.Request(url, method=method, data=body.encode() if body else None)
        request.add_header("Authorization", "Bearer " + API_KEY)
        request.add_header("X-Integration-Id", self.integration)
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)["data"]

    def faults(self):
        return self.call(self.base_url.removesuffix("/v1") + "/_sandbox/faults")["faults"]

    def set_faults(self, spec):
        self.call(self.base_url.removesuffix("/v1") + "/_sandbox/faults", method="PUT", body=spec)

    def applications(self, email):
        count, cursor = 0, None
        while True:
            url = f"{self.base_url}/ats/applications?job_ids={JOB_ID}&page_size=250"
            page = self.call(url + (f"&cursor={cursor}" if cursor else ""))
            for application in page["results"]:
                emails = (application.get("candidate") or {}).get("email_addresses") or []
                if any((entry.get("email_address") or "").lower() == email for entry in emails):
                    count += 1
            cursor = page.get("next")
            if not cursor:
                return count

    def stop(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


class Run:
    """One submission, killed mid-request, retried at once and after its window."""

    def __init__(self, binary, sandbox, directory, index):
        self.binary, self.sandbox, self.index = binary, sandbox, index
        self.email = f"proof.{os.getpid()}.{index}@example.com"
        home = os.path.join(directory, f"run-{index}")
        os.makedirs(os.path.join(home, "config", "kombo-apply"))
        with open(os.path.join(home, "config", "kombo-apply", "config.json"), "w") as config:
            json.dump(CONFIG, config)
        self.environment = {
            "HOME": home, "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": home + "/state",
            "XDG_CONFIG_HOME": home + "/config", "KOMBO_API_KEY": API_KEY,
            "KOMBO_BASE_URL": sandbox.base_url, "KOMBO_INTEGRATION_ID": sandbox.integration,
        }
        self.problems = []

    def launch(self, arguments):
        return subprocess.Popen([self.binary] + arguments, env=self.environment, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def run(self, arguments):
        return subprocess.run([self.binary] + arguments, env=self.environment, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=120)

    def kill_when(self, process, remaining):
        """Waits until the sandbox's faults are down to `remaining` (the create arrived), then SIGKILL."""
        deadline = time.time() + 30
        while self.sandbox.faults() != remaining and time.time() < deadline:
            time.sleep(0.01)
        arrived = time.time()
        time.sleep(random.uniform(0, 0.4))
        process.send_signal(signal.SIGKILL)
        process.wait()
        return arrived

    def retry_inside_window(self, what):
        result = self.run(["outbox", "retry", "--all"])
        if result.returncode != 75 or "in flight since" not in result.stderr:
            self.problems.append(f"{what}: retry inside the window exited {result.returncode}")

    def retry_after(self, arrived, expected):
        time.sleep(max(0, arrived + WINDOW + 0.3 - time.time()))
        return self.run(["outbox", "retry", "--all"]).returncode == expected

    def execute(self):
        submit = ["submit", "--job", JOB_ID, "--first-name", "Proof", "--last-name", f"Run{self.index}",
                  "--email", self.email, "--answer", ANSWER]
        if self.index % 2 == 0:
            arrived = self.kill_when(self.launch(submit), "")
            self.retry_inside_window("submit killed")
        else:
            # A gateway page first (nothing lands): submit waits out the window and is killed while it
            # waits; the retry after the window resends, and is killed in turn while its create runs.
            arrived = self.kill_when(self.launch(submit), f"create:in-flight={HOLD_MS}*1")
            self.retry_inside_window("submit killed while waiting")
            time.sleep(max(0, arrived + WINDOW + 0.3 - time.time()))
            arrived = self.kill_when(self.launch(["outbox", "retry", "--all"]), "")
            self.retry_inside_window("retry killed")
        if not self.retry_after(arrived, 0):
            self.problems.append("the retry after the window did not confirm it")
        listed = self.run(["outbox", "list", "--json"]).stdout.strip()
        if listed != "[]":
            self.problems.append("the outbox is not empty: " + listed[:200])
        return self.sandbox.applications(self.email)


def worker(binary, runs, results, lock):
    with tempfile.TemporaryDirectory(prefix="duplicate-proof-") as directory:
        sandbox = Sandbox(binary, directory)
        try:
            for index in runs:
                faults = f"create:in-flight={HOLD_MS}*1"
                sandbox.set_faults(faults if index % 2 == 0 else "create:502-html*1," + faults)
                run = Run(binary, sandbox, directory, index)
                count = run.execute()
                with lock:
                    results.append((index, count, run.problems))
                    if count != 1 or run.problems:
                        print(f"run {index}: {count} applications; {'; '.join(run.problems)}", flush=True)
        finally:
            sandbox.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--binary", default=".build/debug/kombo-apply")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    results, lock = [], threading.Lock()
    started = time.time()
    threads = [
        threading.Thread(target=worker, args=(binary, range(w, options.runs, options.workers), results, lock))
        for w in range(options.workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duplicates = sum(1 for _, count, _ in results if count > 1)
    missing = sum(1 for _, count, _ in results if count == 0)
    flagged = sum(1 for _, _, problems in results if problems)
    print(f"{len(results)} runs ({sum(1 for i, _, _ in results if i % 2 == 0)} kill -9 during submit, "
          f"{sum(1 for i, _, _ in results if i % 2 == 1)} also during outbox retry) in "
          f"{time.time() - started:.0f} s: {duplicates} with a duplicate application, {missing} without "
          f"the application, {flagged} with another problem")
    sys.exit(1 if duplicates or missing or flagged or len(results) != options.runs else 0)


if __name__ == "__main__":
    main()
