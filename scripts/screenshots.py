#!/usr/bin/env python3
"""Screenshots of the real kombo-apply terminal UI against its built-in sandbox, rendered to PNG.

Runs the binary in a pseudo-terminal wired to the pyte terminal emulator, drives it with keys and
renders the emulated screen's cells with Pillow (DejaVu Sans Mono; WenQuanYi Micro Hei for CJK when
installed; wide characters span two cells; colours and attributes from pyte's cells).

Usage: screenshots.py BINARY OUTDIR [--size 120x36] [--themes default,dracula]
Called by scripts/screenshots, which builds the release binary and the Python environment.
"""

import argparse
import fcntl
import json
import os
import pty
import select
import shutil
import signal
import sqlite3
import struct
import sys
import tempfile
import termios
import time
import unicodedata
import uuid

import pyte
from PIL import Image, ImageDraw, ImageFont

# The built-in sandbox's default integration (the app runs on it when no API key is configured).
SANDBOX_INTEGRATION = "sandbox:yn2MzAVjqBG5w7v9TcMnUiQn"
DEMO_JOB = "oiFqWj5uger6peFLAc3r51vD"
DEMO_JOB_NAME = "Senior Backend Engineer (Platform)"

KEYS = {
    "Tab": "\t", "BTab": "\x1b[Z", "Enter": "\r", "Esc": "\x1b", "Space": " ",
    "Up": "\x1bOA", "Down": "\x1bOB", "Right": "\x1bOC", "Left": "\x1bOD",
    "F1": "\x1bOP", "F2": "\x1bOQ", "F3": "\x1bOR", "F4": "\x1bOS",
    "C-s": "\x13", "C-u": "\x15",
}

# The terminal's own palette (what "default" and the 16 ANSI colours look like), a dark one.
PALETTE = {
    "black": (0x1d, 0x1f, 0x21), "red": (0xcc, 0x66, 0x66), "green": (0x8c, 0xb3, 0x6b),
    "brown": (0xe0, 0xb8, 0x5c), "blue": (0x6f, 0x9f, 0xd8), "magenta": (0xb2, 0x94, 0xbb),
    "cyan": (0x6f, 0xc2, 0xbd), "white": (0xc5, 0xc8, 0xc6),
    "brightblack": (0x80, 0x85, 0x8c), "brightred": (0xff, 0x7b, 0x72), "brightgreen": (0xb5, 0xe8, 0x90),
    "brightbrown": (0xf0, 0xd5, 0x7a), "brightblue": (0x8a, 0xbe, 0xff), "brightmagenta": (0xd7, 0xa6, 0xf5),
    "brightcyan": (0x8a, 0xe8, 0xe0), "brightwhite": (0xf5, 0xf5, 0xf5),
}
DEFAULT_FG = (0xd4, 0xd7, 0xdc)
DEFAULT_BG = (0x16, 0x18, 0x1c)

# Box-drawing characters drawn as lines: (up, down, west, east, weight).
BOX_LINES = {
    "─": (0, 0, 1, 1, 1), "━": (0, 0, 1, 1, 2), "│": (1, 1, 0, 0, 1), "┃": (1, 1, 0, 0, 2),
    "┌": (0, 1, 0, 1, 1), "┐": (0, 1, 1, 0, 1), "└": (1, 0, 0, 1, 1), "┘": (1, 0, 1, 0, 1),
    "╭": (0, 1, 0, 1, 1), "╮": (0, 1, 1, 0, 1), "╰": (1, 0, 0, 1, 1), "╯": (1, 0, 1, 0, 1),
    "├": (1, 1, 0, 1, 1), "┤": (1, 1, 1, 0, 1), "┬": (0, 1, 1, 1, 1), "┴": (1, 0, 1, 1, 1),
    "┼": (1, 1, 1, 1, 1),
}

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/wqy"]


class Failure(Exception):
    """A step whose screen never came; carries the screen for the message."""


class ScrollingScreen(pyte.Screen):
    """pyte's screen plus SU and SD (`CSI n S`, `CSI n T`), which ncurses uses to scroll a region."""

    def scroll_up(self, count=None, *args, **kwargs):
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        for _ in range(count or 1):
            for y in range(top, bottom):
                self.buffer[y] = self.buffer[y + 1]
            self.buffer.pop(bottom, None)
        self.dirty.update(range(self.lines))

    def scroll_down(self, count=None, *args, **kwargs):
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        for _ in range(count or 1):
            for y in range(bottom, top, -1):
                self.buffer[y] = self.buffer[y - 1]
            self.buffer.pop(top, None)
        self.dirty.update(range(self.lines))


class ScrollingStream(pyte.ByteStream):
    """The byte stream with `CSI S` and `CSI T` dispatched to the screen."""

    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down")


class Terminal:
    """The program in a pseudo-terminal of `cols`×`rows`, its output fed to a pyte screen."""

    def __init__(self, argv, env, cols, rows, cwd):
        self.screen = ScrollingScreen(cols, rows)
        self.stream = ScrollingStream(self.screen)
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.chdir(cwd)
            os.execve(argv[0], argv, env)
        self.pid, self.fd = pid, fd

    def pump(self, seconds):
        """Feeds whatever the program writes within `seconds` to the screen; False once it has ended."""
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return True
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return True
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            self.stream.feed(data)

    def text(self):
        return "\n".join(self.screen.display)

    def send(self, *keys):
        for key in keys:
            os.write(self.fd, KEYS.get(key, key).encode())
            self.pump(0.03)

    def type(self, text):
        os.write(self.fd, text.encode())
        self.pump(0.03)

    def wait_for(self, text, seconds=30):
        """Pumps until `text` shows, then until the screen is quiet (fully drawn)."""
        end = time.monotonic() + seconds
        while text not in self.text():
            if time.monotonic() > end or not self.pump(0.05):
                raise Failure(f"{text!r} never showed; the screen:\n{self.text()}")
        self.settle()

    def settle(self, quiet=0.25):
        """Waits until nothing has been written for `quiet` seconds."""
        end = time.monotonic() + 5
        while time.monotonic() < end:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                return
            try:
                self.stream.feed(os.read(self.fd, 65536))
            except OSError:
                return

    def close(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


class Renderer:
    """Draws a pyte screen's cells as an image."""

    def __init__(self, size=16):
        self.regular = ImageFont.truetype(self.find("DejaVuSansMono.ttf"), size)
        self.bold = ImageFont.truetype(self.find("DejaVuSansMono-Bold.ttf"), size)
        self.fallback = ImageFont.truetype(self.find("DejaVuSans.ttf"), size)
        cjk = self.find("wqy-microhei.ttc", required=False)
        self.cjk = ImageFont.truetype(cjk, size) if cjk else self.fallback
        ascent, descent = self.regular.getmetrics()
        self.ascent = ascent
        self.cell_w = round(self.regular.getlength("M"))
        self.cell_h = ascent + descent
        self.missing = self.signature("\U0010fffd")
        self.covered = {}
        self.padding = 14

    def draw_box(self, draw, char, left, top, colour):
        """Draws a box-drawing character as lines from the cell's centre to its edges, so that lines
        join across cells whatever the font's glyph height."""
        up, down, west, east, weight = BOX_LINES[char]
        thickness = 1 if weight == 1 else 3
        centre_x = left + self.cell_w // 2
        centre_y = top + self.cell_h // 2
        half = thickness // 2
        if up or down:
            y0 = top if up else centre_y - half
            y1 = top + self.cell_h - 1 if down else centre_y + half
            draw.rectangle([centre_x - half, y0, centre_x - half + thickness - 1, y1], fill=colour)
        if west or east:
            x0 = left if west else centre_x - half
            x1 = left + self.cell_w - 1 if east else centre_x + half
            draw.rectangle([x0, centre_y - half, x1, centre_y - half + thickness - 1], fill=colour)

    def signature(self, char):
        """The bitmap of `char` in the main font (a missing glyph draws the same box as any other)."""
        image = Image.new("L", (self.cell_w * 2, self.cell_h))
        ImageDraw.Draw(image).text((0, 0), char, font=self.regular, fill=255)
        return image.tobytes()

    @staticmethod
    def find(name, required=True):
        for directory in FONT_DIRS:
            path = os.path.join(directory, name)
            if os.path.exists(path):
                return path
        if required:
            raise Failure(f"font {name} not found in {FONT_DIRS} (Debian: fonts-dejavu-core)")
        return None

    def font_for(self, char, bold):
        if unicodedata.east_asian_width(char[0]) in ("W", "F"):
            return self.cjk
        if char not in self.covered:
            self.covered[char] = self.signature(char) != self.missing
        if not self.covered[char]:
            return self.fallback
        return self.bold if bold else self.regular

    @staticmethod
    def colour(name, default):
        if name == "default":
            return default
        if name in PALETTE:
            return PALETTE[name]
        if len(name) == 6:
            return tuple(int(name[i:i + 2], 16) for i in (0, 2, 4))
        return default

    def render(self, screen, path):
        cols, rows = screen.columns, screen.lines
        width = cols * self.cell_w + 2 * self.padding
        height = rows * self.cell_h + 2 * self.padding
        image = Image.new("RGB", (width, height), DEFAULT_BG)
        draw = ImageDraw.Draw(image)
        for y in range(rows):
            line = screen.buffer[y]
            x = 0
            while x < cols:
                cell = line[x]
                span = 2 if cell.data and unicodedata.east_asian_width(cell.data[0]) in ("W", "F") else 1
                fg = self.colour(cell.fg, DEFAULT_FG)
                bg = self.colour(cell.bg, DEFAULT_BG)
                if cell.reverse:
                    fg, bg = bg, fg
                left = self.padding + x * self.cell_w
                top = self.padding + y * self.cell_h
                draw.rectangle([left, top, left + span * self.cell_w - 1, top + self.cell_h - 1], fill=bg)
                if cell.data in BOX_LINES:
                    self.draw_box(draw, cell.data, left, top, fg)
                elif cell.data and cell.data != " ":
                    font = self.font_for(cell.data, cell.bold)
                    glyph_w = font.getlength(cell.data)
                    offset = max(0, (span * self.cell_w - glyph_w) / 2) if font is not self.regular else 0
                    draw.text((left + offset, top + self.ascent), cell.data, font=font, fill=fg, anchor="ls")
                if cell.underscore:
                    draw.line([left, top + self.cell_h - 2, left + span * self.cell_w - 1, top + self.cell_h - 2],
                              fill=fg)
                x += span
        cursor = screen.cursor
        if not cursor.hidden and 0 <= cursor.x < cols and 0 <= cursor.y < rows:
            left = self.padding + cursor.x * self.cell_w
            top = self.padding + cursor.y * self.cell_h
            draw.rectangle([left, top + self.cell_h - 3, left + self.cell_w - 1, top + self.cell_h - 1], fill=DEFAULT_FG)
        image.save(path, optimize=True)


class Session:
    """One theme's run: a fresh home (so a fresh built-in sandbox), the app started in a pseudo-terminal."""

    def __init__(self, binary, theme, size, outdir, renderer):
        self.binary, self.theme, self.outdir, self.renderer = binary, theme, outdir, renderer
        self.cols, self.rows = size
        self.home = tempfile.mkdtemp(prefix="kombo-shots-")
        self.files = os.path.join(self.home, "files")
        os.makedirs(self.files)
        self.terminal = None
        self.made = []

    def env(self):
        env = {
            "HOME": self.home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "TERM": "screen-256color", "NCURSES_NO_UTF8_ACS": "1",
        }
        for name, folder in [("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                             ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")]:
            env[name] = os.path.join(self.home, folder)
        return env

    def launch(self, first_screen="jobs loaded"):
        if self.terminal:
            self.terminal.close()
        argv = [self.binary] + ([] if self.theme == "default" else ["--theme", self.theme])
        self.terminal = Terminal(argv, self.env(), self.cols, self.rows, self.files)
        self.terminal.wait_for(first_screen)
        return self.terminal

    def shot(self, name):
        suffix = "" if self.theme == "default" else f"-{self.theme}"
        path = os.path.join(self.outdir, f"{name}{suffix}.png")
        self.terminal.settle()
        self.renderer.render(self.terminal.screen, path)
        self.made.append(path)

    def close(self):
        if self.terminal:
            self.terminal.close()
        shutil.rmtree(self.home, ignore_errors=True)


def sample_pdf(text):
    """A small, valid one-page PDF."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf, offsets = "%PDF-1.4\n", []
    for index, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += f"{index} 0 obj\n{body}\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    pdf += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return pdf.encode()


def application_flow(session):
    """Job picker → candidate → file picker → questions with a precondition open → result."""
    files = {"Zoe-Lukasiewicz-CV.pdf": sample_pdf("Zoe Lukasiewicz - CV"),
             "Cover-letter.pdf": sample_pdf("Cover letter"),
             "Work-sample.pdf": sample_pdf("Work sample"),
             "notes.txt": b"Called on Monday; prefers hybrid.\n"}
    for name, data in files.items():
        with open(os.path.join(session.files, name), "wb") as handle:
            handle.write(data)
    os.makedirs(os.path.join(session.files, "Archive"))

    term = session.launch()
    term.wait_for(f"> {DEMO_JOB_NAME}")
    session.shot("job-picker")

    term.type("backend")
    term.wait_for("1 of 24 open jobs")
    term.send("Enter")  # the preselected first stage is passed; the review shows it
    term.wait_for("┃ First name *")
    for text in ["Zoë", "Łukasiewicz", "zoe@example.com", "+49 30 1234567"]:
        term.type(text)
        term.send("Tab")
    term.type("germ")
    term.wait_for("DE  Germany")
    session.shot("candidate")

    term.send("Enter", "C-s")
    term.wait_for("┃ Add files")
    term.wait_for("Zoe-Lukasiewicz-CV.pdf")
    term.send("Down", "Down", "Down", "Down", "Space", "Up", "Up", "Up", "Space")
    term.wait_for("2 marked")
    session.shot("file-picker")

    term.send("Tab")
    term.wait_for("2. ")
    term.send("C-s")
    term.wait_for("┃ Your professional headline *")
    answers = ["Platform engineer", "I enjoy building reliable platforms.", "", "https://github.com/zoe", "Zoë",
               "8", "3"]
    for text in answers:
        if text:
            term.type(text)
        term.send("Tab")
    term.type("Work-sample.pdf")
    term.send("Enter")
    term.wait_for("→ sends Work-sample.pdf")
    term.send("Tab", "Space")
    term.type("weeks")
    term.send("Space", "Tab", "Down", "Space", "Tab", "Space", "Down", "Space", "Tab", "y")
    term.wait_for("┃ Earliest start date *")
    term.type("+2w")
    term.send("Tab")
    term.wait_for("┃ Will you now or in the future require visa sponsorship? *")
    term.send("y")
    term.wait_for("┃ Which permit would you need? *")
    term.send("Down", "Down", "Space", "Tab")
    term.wait_for("┃ Describe the permit you would need *")
    term.type("A residence permit for family reasons.")
    session.shot("questions-precondition")

    term.send("C-s")
    term.wait_for("Ready to submit")
    term.send("C-s")
    term.wait_for("✓ Application created")
    session.shot("result")
    term.send("q")
    term.pump(1)


def review_with_errors(session):
    """A draft saved earlier that no longer passes, resumed from the drafts list onto the review."""
    database = os.path.join(session.home, "state", "kombo-apply", "state.sqlite")
    draft = {
        "job": DEMO_JOB,
        "candidate": {"firstName": "Ada", "lastName": "Byron", "emailAddress": "ada.byron@example"},
        "answers": {
            "GtJ1dTrBwDKGhYyQ6Yfip8qy": {"type": "text", "value": "Analyst"},
            "uxQRWdaS1iEDK4AuwVvFhYLV": {"type": "text", "value": "Engines."},
            "2b166pUGYUrz79EBJSLtadiT": {"type": "option", "value": "T1rrGqmcjsW3b7DPirULgkEp"},
            "Q44GdbpS6bpGX8ccDqaE9UCN": {"type": "boolean", "value": False},
        },
        "resume": {"jobName": DEMO_JOB_NAME, "step": "review", "integrationID": SANDBOX_INTEGRATION},
    }
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO draft (id, job_ref, candidate_name, updated_at, payload) VALUES (?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), DEMO_JOB, "Ada Byron", time.time(), json.dumps(draft).encode()))
    term = session.launch(first_screen="Resume draft from")
    term.send("a")
    term.wait_for("Drafts (1)")
    term.send("Enter")
    term.wait_for("problems to fix before submitting")
    session.shot("review-errors")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("outdir")
    parser.add_argument("--size", default="120x36")
    parser.add_argument("--themes", default="default,dracula")
    parser.add_argument("--font-size", type=int, default=15)
    arguments = parser.parse_args()
    size = tuple(int(part) for part in arguments.size.split("x"))
    os.makedirs(arguments.outdir, exist_ok=True)
    renderer = Renderer(arguments.font_size)
    for theme in arguments.themes.split(","):
        session = Session(os.path.abspath(arguments.binary), theme, size, arguments.outdir, renderer)
        try:
            application_flow(session)
            review_with_errors(session)
        except Failure as failure:
            print(f"screenshots ({theme}, {arguments.size}): {failure}", file=sys.stderr)
            return 1
        finally:
            session.close()
        for path in session.made:
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
