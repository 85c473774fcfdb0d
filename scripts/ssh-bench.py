#!/usr/bin/env python3
"""Figures for `kombo-apply ssh serve` (issue 9), with the real OpenSSH client on loopback.

Usage: ssh-bench.py BINARY [--connects 20] [--sessions 16] [--keys 50]

Prints a table of:
- connect to first frame: from spawning `ssh -tt` to the TUI's header ("kombo-apply") arriving,
  p50 and p90 of sequential connects; beside it, the same client's login alone (a command, which the
  server refuses at once) and the app started here in a pty without SSH, to tell the SSH handshake
  from the app's start-up;
- memory: the server's RSS growth per open session and each session's child RSS (from /proc), with
  the given number of sessions open at once on the job list;
- typing: those sessions typing into the job picker's search field at once, one key every 100 ms
  each ("e" and backspace in turn); latency from writing a key to ssh's pty to the output holding
  its echo (curses sends the "e", or the "\\b" of a backspace, first), p50 and p99.
Needs Debian's openssh-client (ssh, ssh-keygen). Standard library only.
"""

import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

COLS, ROWS = 100, 30
KEY_INTERVAL = 0.1  # seconds between one session's keys
QUIET = 0.015  # a key is sent only once its session's output has paused this long


class Failure(Exception):
    pass


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


class Session:
    """One `ssh -tt` client in a pseudo terminal of COLS×ROWS; its output kept as raw bytes."""

    def __init__(self, argv, env):
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execve(argv[0], argv, env)
        self.pid, self.fd, self.output = pid, fd, b""

    def read(self):
        """Whatever is waiting; b"" once the client has gone."""
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        self.output += data
        return data

    def wait_for(self, text, seconds=30):
        """Reads until `text` has arrived; returns the time since the client was spawned."""
        end = time.monotonic() + seconds
        while text not in self.output:
            if not select.select([self.fd], [], [], max(0, end - time.monotonic()))[0] or not self.read():
                raise Failure(f"{text!r} never arrived; got {self.output[-300:]!r}")
        return time.monotonic() - self.started

    def drain(self, quiet=0.3):
        while select.select([self.fd], [], [], quiet)[0] and self.read():
            pass

    def close(self, how=signal.SIGTERM):
        try:
            os.kill(self.pid, how)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


class Bench:
    def __init__(self, binary, work):
        self.work = work
        key = os.path.join(work, "client_key")
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
        shutil.copy(key + ".pub", os.path.join(work, "authorized_keys"))
        home = os.path.join(work, "home")
        env = {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        for name in ("STATE", "DATA", "CONFIG", "CACHE"):
            env[f"XDG_{name}_HOME"] = os.path.join(home, name.lower())
        self.log = open(os.path.join(work, "server.log"), "w")
        self.server = subprocess.Popen(
            [binary, "ssh", "serve", "--port", "0", "--max-sessions", "64", "--authorized-keys",
             os.path.join(work, "authorized_keys")],
            env=env, stdout=subprocess.PIPE, stderr=self.log, text=True)
        first = self.server.stdout.readline().strip()
        if not first.startswith("SSH listening on "):
            raise Failure(f"ssh serve did not start: {first!r}")
        port = first.rsplit(":", 1)[1]
        lines = [self.server.stdout.readline().strip() for _ in range(3)]
        self.sandbox = next(line.rsplit(" ", 1)[1] for line in lines if "sandbox at " in line)
        self.app_env = dict(env, HOME=os.path.join(work, "app"), TERM="xterm-256color",
                            KOMBO_APPLY_SANDBOX_URL=self.sandbox)
        self.binary = binary
        self.ssh = ["/usr/bin/ssh", "-F", "/dev/null", "-i", key, "-o", "IdentitiesOnly=yes",
                    "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                    "-o", "LogLevel=ERROR", "-p", port, "127.0.0.1"]
        self.client_env = {"HOME": work, "PATH": "/usr/bin:/bin", "TERM": "xterm-256color",
                           "LANG": "C.UTF-8"}

    def connect(self):
        return Session(self.ssh[:1] + ["-tt"] + self.ssh[1:], self.client_env)

    def wait_for_no_sessions(self, seconds=30):
        end = time.monotonic() + seconds
        while children(self.server.pid):
            if time.monotonic() > end:
                raise Failure("sessions' apps did not end after their clients went")
            time.sleep(0.05)

    def login_only(self):
        """Handshake, authentication and a refused command: the SSH part of a connect."""
        started = time.monotonic()
        subprocess.run(self.ssh + ["-T", "true"], env=self.client_env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        return time.monotonic() - started

    def app_alone(self):
        """The app started in a pseudo terminal here, no SSH: its start-up to the first frame."""
        session = Session([self.binary], self.app_env)
        try:
            return session.wait_for(b"kombo-apply")
        finally:
            session.close(signal.SIGHUP)

    def first_frames(self, count):
        times = []
        for _ in range(count):
            session = self.connect()
            try:
                times.append(session.wait_for(b"kombo-apply"))
            finally:
                session.close()
            self.wait_for_no_sessions()
        return times

    def open_sessions(self, count):
        sessions = [self.connect() for _ in range(count)]
        for session in sessions:
            session.wait_for(b"loaded", seconds=120)  # "N jobs loaded", as curses sends it
        for session in sessions:
            session.drain()
        return sessions

    def typing(self, sessions, keys):
        """Every session types `keys` keys at once; returns the latencies and the keys never echoed."""
        by_fd = {session.fd: session for session in sessions}
        now = time.monotonic()
        # Staggered starts, so the sessions' keys do not all land in the same instant.
        state = {s.fd: {"sent": None, "next": now + i * KEY_INTERVAL / len(sessions), "last": now,
                        "left": keys} for i, s in enumerate(sessions)}
        latencies, lost = [], 0
        while any(entry["left"] or entry["sent"] for entry in state.values()):
            now = time.monotonic()
            for fd, entry in state.items():
                if entry["sent"] and now - entry["sent"] > 2:
                    entry["sent"], lost = None, lost + 1
                if entry["left"] and not entry["sent"] and now >= entry["next"] and now - entry["last"] >= QUIET:
                    key, entry["echo"] = (b"e", b"e") if entry["left"] % 2 == 0 else (b"\x7f", b"\b")
                    os.write(fd, key)
                    entry["sent"] = time.monotonic()
                    entry["next"] = entry["sent"] + KEY_INTERVAL
                    entry["left"] -= 1
            ready, _, _ = select.select(list(by_fd), [], [], 0.002)
            for fd in ready:
                data = by_fd[fd].read()
                if not data:
                    raise Failure("a client went away while typing")
                entry = state[fd]
                entry["last"] = time.monotonic()
                if entry["sent"] and entry["echo"] in data:
                    latencies.append(entry["last"] - entry["sent"])
                    entry["sent"] = None
        return latencies, lost


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--connects", type=int, default=20)
    parser.add_argument("--sessions", type=int, default=16)
    parser.add_argument("--keys", type=int, default=50, help="keys each session types")
    arguments = parser.parse_args()
    work = tempfile.mkdtemp(prefix="kombo-ssh-bench-")
    bench, sessions = None, []
    try:
        bench = Bench(os.path.abspath(arguments.binary), work)
        ms = lambda seconds: f"{seconds * 1000:.0f} ms"  # noqa: E731
        logins = [bench.login_only() for _ in range(5)]
        apps = [bench.app_alone() for _ in range(5)]
        frames = bench.first_frames(arguments.connects)
        idle_rss = rss_kib(bench.server.pid)
        sessions = bench.open_sessions(arguments.sessions)
        busy_rss = rss_kib(bench.server.pid)
        child_rss = [rss_kib(pid) for pid in children(bench.server.pid)]
        latencies, lost = bench.typing(sessions, arguments.keys)
        rows = [
            (f"connect → first frame, p50 of {len(frames)}", ms(statistics.median(frames)), "≤ 300 ms"),
            ("connect → first frame, p90", ms(percentile(frames, 0.9)), ""),
            ("  of which SSH login alone, p50 of 5", ms(statistics.median(logins)), ""),
            ("  and the app alone in a local pty, p50 of 5", ms(statistics.median(apps)), ""),
            ("server RSS, no sessions (after the connects)", f"{idle_rss / 1024:.1f} MiB", ""),
            (f"server RSS growth per session ({len(sessions)} open)",
             f"{(busy_rss - idle_rss) / len(sessions) / 1024:.1f} MiB", ""),
            ("child RSS per session, median", f"{statistics.median(child_rss) / 1024:.1f} MiB", ""),
            (f"keystroke → echo p50 ({len(sessions)} sessions typing, {len(latencies)} keys)",
             ms(statistics.median(latencies)), ""),
            ("keystroke → echo p99", ms(percentile(latencies, 0.99)), "≤ 20 ms"),
            ("keystrokes without an echo within 2 s", str(lost), "0"),
        ]
        width = max(len(row[0]) for row in rows)
        print(f"{'figure':<{width}}  {'value':>9}  target")
        for name, value, target in rows:
            print(f"{name:<{width}}  {value:>9}  {target}")
    except Failure as failure:
        print(f"ssh-bench: {failure}", file=sys.stderr)
        return 1
    finally:
        for session in sessions:
            session.close()
        if bench:
            bench.server.terminate()
            bench.server.wait(timeout=30)
            bench.log.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
