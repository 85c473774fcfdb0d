#!/usr/bin/env python3
"""A screenshot of the terminal UI inside an ssh session (`kombo-apply ssh serve --open-demo` on
loopback, the real OpenSSH client in a pseudo-terminal), rendered to PNG like scripts/screenshots.py.

Usage: ssh-screenshot.py BINARY OUTFILE [--size 100x30]
Needs the screenshots venv (scripts/requirements-screenshots.txt) and Debian's openssh-client.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from screenshots import Failure, Renderer, Terminal  # noqa: E402


def start_server(binary, home):
    env = {"HOME": home, "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": os.path.join(home, "state"),
           "XDG_DATA_HOME": os.path.join(home, "data"), "XDG_CONFIG_HOME": os.path.join(home, "config")}
    server = subprocess.Popen([binary, "ssh", "serve", "--port", "0", "--open-demo"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = server.stdout.readline().strip()
    if not first.startswith("SSH listening on "):
        server.terminate()
        raise Failure(f"ssh serve did not start: {first!r}")
    return server, first.rsplit(":", 1)[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("outfile")
    parser.add_argument("--size", default="100x30")
    arguments = parser.parse_args()
    cols, rows = (int(part) for part in arguments.size.split("x"))
    home = tempfile.mkdtemp(prefix="kombo-ssh-shot-")
    server, port = start_server(os.path.abspath(arguments.binary), home)
    terminal = None
    try:
        argv = ["/usr/bin/ssh", "-F", "/dev/null", "-o", "StrictHostKeyChecking=no", "-o",
                "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-tt", "-p", port, "demo@127.0.0.1"]
        env = {"HOME": home, "PATH": "/usr/bin:/bin", "TERM": "screen-256color", "LANG": "C.UTF-8"}
        terminal = Terminal(argv, env, cols, rows, home)
        terminal.wait_for("jobs loaded")
        terminal.type("backend")
        time.sleep(0.5)
        terminal.settle()
        Renderer(15).render(terminal.screen, arguments.outfile)
        print(arguments.outfile)
    except Failure as failure:
        print(f"ssh-screenshot: {failure}", file=sys.stderr)
        return 1
    finally:
        if terminal:
            terminal.close()
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
