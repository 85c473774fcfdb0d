#!/usr/bin/env python3
"""Conformance of the built-in sandbox with Kombo's official Python SDK (kombo==1.4.0).

Starts `kombo-apply sandbox serve` from the built binary on an ephemeral loopback port with a fresh
data directory, drives every sandbox endpoint through the SDK (whose response validation is strict),
and stops the server. Prints one line per failed check and a closing "N passed, N failed" line; exits
non-zero on any failure.

Usage: sdk_conformance.py PATH/TO/kombo-apply
"""

import base64
import datetime
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import traceback

import httpx
from kombo import Kombo, errors
from kombo.utils.retries import BackoffStrategy, RetryConfig

API_KEY = "conformance-key"
PDF = base64.b64encode(b"%PDF-1.4\n% sandbox conformance\n").decode()


class Sandbox:
    """A `kombo-apply sandbox serve` process on an ephemeral port."""

    def __init__(self, binary, data_dir):
        self.process = subprocess.Popen(
            [binary, "sandbox", "serve", "--port", "0", "--data", data_dir, "--api-key", API_KEY],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        first = self.process.stdout.readline().strip()
        second = self.process.stdout.readline().strip()
        prefix = "Sandbox listening on "
        if not first.startswith(prefix) or not second.startswith("Default integration: "):
            self.stop()
            raise RuntimeError(f"unexpected first lines: {first!r} {second!r}")
        self.base_url = first[len(prefix):]
        self.integration = second.split(": ", 1)[1]

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def set_faults(self, spec):
        response = httpx.put(
            self.base_url.replace("/v1", "/_sandbox/faults"), content=spec,
            headers={"Authorization": f"Bearer {API_KEY}"})
        response.raise_for_status()


class Checks:
    """Runs named checks and remembers failures."""

    def __init__(self):
        self.passed = 0
        self.failed = []

    def run(self, name, function):
        try:
            function()
            self.passed += 1
        except Exception as error:  # noqa: BLE001 - every failure is reported, not raised
            self.failed.append(name)
            detail = "".join(traceback.format_exception_only(type(error), error)).strip()
            print(f"FAIL {name}: {detail}")


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_error(call, code, status=None, message_part=None):
    """Calls `call` and checks it raises KomboAtsError/KomboGeneralError with `code`."""
    try:
        call()
    except (errors.KomboAtsError, errors.KomboGeneralError) as error:
        expect(error.data.error.code == code, f"expected {code}, got {error.data.error.code}: {error.data.error.message}")
        if status is not None:
            expect(error.status_code == status, f"expected HTTP {status}, got {error.status_code}")
        if message_part is not None:
            expect(message_part in error.data.error.message,
                   f"message {error.data.error.message!r} does not name {message_part!r}")
        return error
    raise AssertionError(f"expected {code}, but the call succeeded")


def all_jobs(client, **filters):
    """Every job through every page, following `next()`."""
    jobs = []
    page = client.ats.get_jobs(page_size=7, **filters)
    while page is not None:
        jobs.extend(page.result.data.results)
        page = page.next()
    return jobs


def answer_for(question, choose=None):
    """A valid answer for `question` (format-driven), or None for unanswerable ones."""
    fmt = question.format_
    kind = getattr(fmt, "TYPE", None)
    if choose and question.id in choose:
        return choose[question.id]
    if kind == "TEXT":
        display = getattr(fmt, "display_type", None)
        if display == "EMAIL":
            return "referee@example.com"
        if display == "URL":
            return "https://example.com/portfolio"
        return "A thoughtful answer"[: fmt.max_length or 100]
    if kind == "NUMBER":
        return float(fmt.min if fmt.min is not None else 1)
    if kind == "FILE":
        return {"name": "sample.pdf", "content_type": "application/pdf", "data": PDF}
    if kind == "SINGLE_SELECT":
        return fmt.options[0].id
    if kind == "MULTI_SELECT":
        return [fmt.options[0].id]
    if kind == "BOOLEAN":
        return False
    if kind == "DATE":
        return "2027-01-15"
    return None


def answers_for(job, only_required=True, choose=None):
    """Answers to the questions that are shown given the answers so far (preconditions)."""
    given = {}
    for question in job.screening_questions:
        parent = question.precondition_question_id
        if parent is not None:
            if parent not in given:
                continue
            value = given[parent]
            options = question.precondition_options or []
            values = value if isinstance(value, list) else [value]
            if not any(v in options for v in values):
                continue
        if only_required and not question.required and not (choose and question.id in choose):
            continue
        answer = answer_for(question, choose)
        if answer is not None:
            given[question.id] = answer
    return [{"question_id": qid, "answer": value} for qid, value in given.items()]


def candidate(email, **extra):
    return {"first_name": "Ada", "last_name": "Lovelace", "email_address": email, **extra}


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    data_dir = tempfile.mkdtemp(prefix="kombo-sandbox-conformance-")
    sandbox = Sandbox(sys.argv[1], data_dir)
    checks = Checks()
    try:
        run_checks(sandbox, checks)
    finally:
        code = sandbox.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    checks.run("server stops cleanly on SIGTERM", lambda: expect(code == 0, f"exit status {code}"))
    checks.run("command line: SIGINT, --host, --faults", lambda: command_line(sys.argv[1]))
    print(f"sdk conformance: {checks.passed} passed, {len(checks.failed)} failed")
    return 1 if checks.failed else 0


def command_line(binary):
    """`serve` stops on SIGINT with status 0 and refuses a public host or a bad fault spec, naming it."""
    data_dir = tempfile.mkdtemp(prefix="kombo-sandbox-cli-")
    try:
        sandbox = Sandbox(binary, data_dir)
        sandbox.process.send_signal(signal.SIGINT)
        expect(sandbox.process.wait(timeout=10) == 0, "SIGINT did not stop the server cleanly")
        for arguments, fragment in [(["--host", "0.0.0.0"], "--allow-remote"), (["--faults", "jobs:418"], "--faults")]:
            result = subprocess.run(
                [binary, "sandbox", "serve", "--port", "0", "--data", data_dir, *arguments],
                capture_output=True, text=True, timeout=30)
            expect(result.returncode != 0, f"{arguments} was accepted")
            expect(fragment in result.stderr, f"{arguments}: stderr does not name {fragment}: {result.stderr!r}")
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def run_checks(sandbox, checks):
    client = Kombo(api_key=API_KEY, integration_id=sandbox.integration, server_url=sandbox.base_url)
    jobs = all_jobs(client, include_deleted=True)
    by_name = {job.name: job for job in jobs}
    demo = by_name["Senior Backend Engineer (Platform)"]
    designer = by_name["Product Designer"]
    closed = by_name["iOS Engineer"]
    frontend = by_name["Frontend Engineer (React)"]

    def check_api_key():
        expect(len(client.general.check_api_key().data.environment_id) == 24, "environment_id is not a Kombo id")

    def integration_details():
        listed = subprocess.run([sys.argv[1], "sandbox", "integrations"], capture_output=True, text=True, check=True)
        ids = [line.split()[0] for line in listed.stdout.splitlines() if line.strip()]
        expect(len(ids) == 66, f"expected 66 integrations, got {len(ids)}")
        unsupported = 0
        for integration_id in ids:
            details = client.general.get_integration_details(integration_id=integration_id).data
            expect(details.id == integration_id, f"id {details.id} != {integration_id}")
            expect(integration_id.startswith(details.tool.id + ":"), f"tool {details.tool.id} does not prefix the id")
            action = next(a for a in details.write_actions if a.id == "ats_create_application")
            unsupported += sum(1 for field in action.fields if field.coverage_status != "SUPPORTED")
        expect(unsupported > 0, "no integration marks any create-application field unsupported")

    def jobs_pages():
        expect(len(jobs) >= 28, f"only {len(jobs)} jobs")
        visible = all_jobs(client)
        expect(len(visible) == len(jobs) - 1, "include_deleted=false should hide exactly the deleted job")
        expect(len({job.id for job in jobs}) == len(jobs), "paging repeated a job")
        formats = {q.format_.TYPE for job in jobs for q in job.screening_questions if q.format_ is not None}
        expected = {"TEXT", "NUMBER", "FILE", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "DATE", "INFORMATION",
                    "UNKNOWN"}
        expect(expected <= formats, f"missing formats {expected - formats}")
        missing = [q.id for job in jobs for q in job.screening_questions if q.format_ is None]
        expect(not missing, f"questions the SDK could not parse a format for: {missing[:3]}")
        expect(max(len(job.screening_questions) for job in jobs) >= 60, "no job with 60 questions")

    def jobs_filters():
        open_jobs = all_jobs(client, statuses=["OPEN"])
        expect(open_jobs and all(job.status == "OPEN" for job in open_jobs), "statuses=OPEN")
        both = all_jobs(client, statuses=["CLOSED", "DRAFT"])
        expect({job.status for job in both} == {"CLOSED", "DRAFT"}, "statuses=CLOSED,DRAFT")
        interns = all_jobs(client, employment_types=["INTERNSHIP", "SEASONAL"])
        expect({job.employment_type for job in interns} == {"INTERNSHIP", "SEASONAL"}, "employment_types")
        internal = all_jobs(client, visibilities=["INTERNAL"])
        expect(internal and all(job.visibility == "INTERNAL" for job in internal), "visibilities")
        engineers = all_jobs(client, name_contains="engineer")
        expect(engineers and all("engineer" in job.name.lower() for job in engineers), "name_contains")
        expect([j.id for j in all_jobs(client, ids=[demo.id, designer.id])] == [demo.id, designer.id], "ids")
        slashed = all_jobs(client, remote_ids=["REQ/2026/025"])
        expect(len(slashed) == 1 and slashed[0].remote_id == "REQ/2026/025", "remote_ids with a slash")
        expect([j.id for j in all_jobs(client, job_codes=[demo.job_code])] == [demo.id], "job_codes")
        expect([j.id for j in all_jobs(client, post_url=demo.post_url)] == [demo.id], "post_url")
        cutoff = sorted(job.changed_at for job in jobs)[len(jobs) // 2]
        newer = all_jobs(client, updated_after=cutoff, include_deleted=True)
        expect(newer and all(job.changed_at > cutoff for job in newer), "updated_after")
        created = all_jobs(client, remote_created_after=cutoff)
        expect(created and all(job.remote_created_at >= cutoff for job in created), "remote_created_after")
        page = client.ats.get_jobs(page_size=250)
        expect(page.result.data.next is None and len(page.result.data.results) == len(jobs) - 1, "page_size=250")

    def create_every_type():
        chain = {q.title: q for q in demo.screening_questions}
        visa = chain["Which permit would you need?"]
        other = next(o.id for o in visa.format_.options if o.name == "Other")
        choose = {chain["Will you now or in the future require visa sponsorship?"].id: True, visa.id: other}
        answers = answers_for(demo, only_required=False, choose=choose)
        shown = {a["question_id"] for a in answers}
        expect(chain["Describe the permit you would need"].id in shown, "the two-deep chain was not followed")
        result = client.ats.create_application(
            job_id=demo.id, stage_id=demo.stages[1].id,
            candidate=candidate(
                "every.type@example.com", company="Analytical Engines", title="Engineer", phone_number="+44 20 1234",
                location={"country": "GB", "city": "London"}, gender="FEMALE", availability_date="2027-01-01",
                salary_expectations={"period": "YEAR", "amount": 90000.0},
                social_links=[{"url": "https://example.com/ada"}],
                additional_email_addresses=[{"type": "WORK", "email_address": "ada@work.example.com"}]),
            attachments=[
                {"name": "cv.pdf", "type": "CV", "content_type": "application/pdf", "data": PDF},
                {"name": "letter.pdf", "type": "COVER_LETTER", "data_url": "https://files.example.com/letter.pdf"}],
            gdpr_consent={"given": True, "expires_at": datetime.datetime(2028, 1, 1, tzinfo=datetime.timezone.utc)},
            sourced_by={"user_id": "remote:recruiter-7"},
            screening_question_answers=answers)
        data = result.data
        expect(data.outcome == "PENDING" and data.current_stage.id == demo.stages[1].id, "outcome/stage")
        expect(data.job.id == demo.id and data.candidate.first_name == "Ada", "job/candidate")
        expect(data.screening_question_answers, "answers are read back")

    def create_minimal_and_remote_ids():
        for index, job_id in enumerate([designer.id, f"remote:{designer.remote_id}", "remote:REQ/2026/025"]):
            job = designer if index < 2 else by_name["Warehouse Shift Lead"]
            result = client.ats.create_application(
                job_id=job_id, candidate=candidate(f"minimal{index}@example.com"),
                screening_question_answers=answers_for(job))
            expect(result.data.job_id == job.id, f"{job_id} created on {result.data.job_id}")
            expect(result.data.current_stage.name == job.stages[0].name, "default stage is the first")

    def create_warnings():
        result = client.ats.create_application(
            job_id=frontend.id, candidate=candidate("warned@example.com"),
            screening_question_answers=answers_for(frontend),
            remote_fields={"lever": {"candidate": {"x": 1}}}, source={"name": "Job board"})
        messages = [w.message for w in result.warnings]
        expect(any("remote_fields.lever" in m for m in messages), f"no remote_fields warning in {messages}")
        expect(any(m.startswith("source") for m in messages), f"no deprecation warning in {messages}")

    def precondition_hidden_and_required():
        chain = {q.title: q for q in demo.screening_questions}
        needs_visa = chain["Will you now or in the future require visa sponsorship?"].id
        answers = [a for a in answers_for(demo) if a["question_id"] != needs_visa]
        expect_error(
            lambda: client.ats.create_application(
                job_id=demo.id, candidate=candidate("chain@example.com"),
                screening_question_answers=answers + [{"question_id": needs_visa, "answer": True}]),
            "PLATFORM.INPUT_INVALID", 400, chain["Which permit would you need?"].id)
        result = client.ats.create_application(
            job_id=demo.id, candidate=candidate("chain@example.com"),
            screening_question_answers=answers + [{"question_id": needs_visa, "answer": False}])
        expect(result.data.id, "a hidden follow-up must not be required")

    def validation_errors():
        required = answers_for(designer)
        cases = [
            (candidate("not-an-email"), {}, "candidate.email_address"),
            (candidate("c1@example.com", location={"country": "de"}), {}, "candidate.location.country"),
            (candidate("c2@example.com", social_links=[{"url": "notaurl"}]), {}, "candidate.social_links[0].url"),
            (candidate("c3@example.com"), {"stage_id": demo.stages[0].id}, "stage_id"),
            (candidate("c4@example.com"),
             {"attachments": [{"name": "a.pdf", "type": "CV", "content_type": "application/pdf", "data": "@@@"}]},
             "attachments[0].data"),
            (candidate("c5@example.com"),
             {"attachments": [{"name": "a.pdf", "type": "CV", "content_type": "application/pdf", "data": PDF,
                               "data_url": "https://x.example.com/a"}]}, "attachments[0]"),
            (candidate("c6@example.com"),
             {"attachments": [{"name": "a.pdf", "type": "CV", "content_type": "pdf", "data": PDF}]},
             "attachments[0].content_type"),
            (candidate("c7@example.com"), {"screening_question_answers": []}, "screening_question_answers"),
        ]
        for body_candidate, extra, path in cases:
            arguments = {"screening_question_answers": required, **extra}
            expect_error(
                lambda: client.ats.create_application(job_id=designer.id, candidate=body_candidate, **arguments),
                "PLATFORM.INPUT_INVALID", 400, path)
        salary = next(q for q in designer.screening_questions if q.format_.TYPE == "NUMBER")
        expect_error(
            lambda: client.ats.create_application(
                job_id=designer.id, candidate=candidate("c8@example.com"),
                screening_question_answers=required + [{"question_id": salary.id, "answer": -5.0}]),
            "PLATFORM.INPUT_INVALID", 400, "screening_question_answers[")

    def job_errors():
        expect_error(
            lambda: client.ats.create_application(job_id=closed.id, candidate=candidate("late@example.com")),
            "ATS.JOB_CLOSED")
        expect_error(
            lambda: client.ats.create_application(job_id="remote:nope", candidate=candidate("x@example.com")),
            "PLATFORM.INPUT_INVALID", 404, "job_id")
        body = {"job_id": designer.id, "screening_question_answers": answers_for(designer)}
        client.ats.create_application(candidate=candidate("twice@example.com"), **body)
        expect_error(
            lambda: client.ats.create_application(candidate=candidate("TWICE@Example.com"), **body),
            "ATS.APPLICATION_ALREADY_EXISTS")

    def auth_errors():
        wrong = Kombo(api_key="wrong", integration_id=sandbox.integration, server_url=sandbox.base_url)
        expect_error(lambda: wrong.ats.get_jobs(), "PLATFORM.AUTHENTICATION_INVALID", 401)
        expect_error(lambda: wrong.general.check_api_key(), "PLATFORM.AUTHENTICATION_INVALID", 401)
        unknown = Kombo(api_key=API_KEY, integration_id="greenhouse:111111111111111111111111",
                        server_url=sandbox.base_url)
        expect_error(lambda: unknown.ats.get_jobs(), "PLATFORM.INTEGRATION_NOT_FOUND", 404)
        expect_error(lambda: client.general.get_integration_details(integration_id="nope:1"),
                     "PLATFORM.INTEGRATION_NOT_FOUND", 404)

    def reads():
        found = client.ats.get_candidates(email="EVERY.TYPE@example.com").result.data.results
        expect(len(found) == 1 and found[0].applications and found[0].applications[0].job.id == demo.id,
               "candidate by email, case-insensitive, with its application")
        by_job = client.ats.get_candidates(job_ids=[designer.id]).result.data.results
        expect(len(by_job) >= 3, f"candidates by job_ids: {len(by_job)}")
        applications = []
        page = client.ats.get_applications(page_size=2)
        while page is not None:
            applications.extend(page.result.data.results)
            page = page.next()
        expect(len(applications) >= 6, f"applications through pages: {len(applications)}")
        pending = client.ats.get_applications(outcomes=["PENDING"], job_ids=[demo.id]).result.data.results
        expect(pending and all(a.job.id == demo.id and a.outcome == "PENDING" for a in pending), "outcomes+job_ids")
        staged = client.ats.get_applications(current_stage_ids=[demo.stages[1].id]).result.data.results
        expect(staged and all(a.current_stage.id == demo.stages[1].id for a in staged), "current_stage_ids")
        expect(staged[0].candidate.email_addresses, "listed application carries its candidate")

    def faults():
        sandbox.set_faults("create:429/1*1,jobs:409-sync-pending*1")
        error = expect_error(
            lambda: client.ats.create_application(job_id=designer.id, candidate=candidate("f@example.com")),
            "PLATFORM.RATE_LIMIT_EXCEEDED", 429)
        expect(error.headers.get("retry-after") == "1", "Retry-After header")
        expect_error(lambda: client.ats.get_jobs(), "INTEGRATION.SETUP_SYNC_PENDING", 409)
        sandbox.set_faults("jobs:503*1")
        try:
            client.ats.get_jobs()
            raise AssertionError("a bare 503 should not parse as a Kombo error")
        except errors.SDKDefaultError as error:
            expect(error.status_code == 503, f"status {error.status_code}")
        sandbox.set_faults("jobs:503*2")
        retry = RetryConfig("backoff", BackoffStrategy(50, 200, 1.5, 5000), False)
        expect(client.ats.get_jobs(retries=retry).result.data.results, "retries past two 503s")
        sandbox.set_faults("")

    for name, function in [
        ("check_api_key", check_api_key), ("get_integration_details for all 66", integration_details),
        ("get_jobs through every page", jobs_pages), ("get_jobs filters", jobs_filters),
        ("create_application with every question type", create_every_type),
        ("create_application minimal, remote: ids", create_minimal_and_remote_ids),
        ("create_application warnings", create_warnings),
        ("preconditions", precondition_hidden_and_required), ("validation errors name the field", validation_errors),
        ("JOB_CLOSED, unknown job, ALREADY_EXISTS", job_errors), ("auth errors", auth_errors),
        ("get_candidates and get_applications", reads), ("faults", faults),
    ]:
        checks.run(name, function)


if __name__ == "__main__":
    os.environ.pop("INTEGRATION_ID", None)
    sys.exit(main())
