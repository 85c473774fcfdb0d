#!/usr/bin/env python3
"""Conformance of the built-in sandbox with Kombo's OpenAPI 3.1 specification.

Starts `kombo-apply sandbox serve` from the built binary (as sdk_conformance.py does), sends the
requests of every operation the sandbox implements (all 66 integrations' details, every job page,
filtered lists, candidates, applications, creates, and the error envelopes of 400, 401, 404, 409,
413, 415 and 429), and validates each response body against the response schema the spec gives for
its operation and status (JSON Schema 2020-12, components resolved, formats checked).

The spec's own mistakes are an allow-list (ALLOWED below): a validation error matching one of its
entries is counted as an allowed deviation, any other error fails. Prints one line per failure and
"spec conformance: N passed, N failed" with the number of responses validated and of deviations
allowed; exits non-zero on any failure.

Usage: spec_conformance.py PATH/TO/kombo-apply [PATH/TO/kombo-openapi.json]
The spec defaults to $KOMBO_OPENAPI, then ../shared/reference/kombo-openapi.json beside the clone.
"""

import base64
import datetime
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

import httpx
import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

from sdk_conformance import API_KEY, Sandbox

SPEC_URI = "urn:kombo-openapi"
PDF = base64.b64encode(b"%PDF-1.4\n% spec conformance\n").decode()

# The spec's own mistakes, which the sandbox deliberately keeps (README.md, "The sandbox" lists them).
# Each is a rule over one schema keyword; an error it covers is counted as an allowed deviation (once
# per place in a body), any other error fails. Keep this list minimal.
ALLOWED = {
    "nullable enum without null":
        "properties typed string-or-null whose `enum` leaves out null (screening question `category`, "
        "question formats' `display_type`): the spec's own GET /ats/jobs example sends category null",
    "date-time typed date":
        "`availability_date` (and `gdpr_consent.expires_at`, DATE answers) say `format: date-time` while "
        "their `pattern` takes a plain date, and the spec's create example sends availability_date 2021-01-01",
}


RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def format_checker():
    """jsonschema's checker, with date-time, uri and email checked without optional packages."""
    checker = jsonschema.FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def date_time(value):
        if not isinstance(value, str):
            return True
        if not RFC3339.match(value):
            return False
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        return True

    @checker.checks("uri")
    def uri(value):
        if not isinstance(value, str):
            return True
        parts = urllib.parse.urlsplit(value)
        return bool(parts.scheme) and not re.search(r"\s", value)

    @checker.checks("email")
    def email(value):
        return not isinstance(value, str) or re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value) is not None

    return checker


def allowed_rule(error):
    """The ALLOWED rule that covers a leaf validation error, or None."""
    schema, instance = error.schema, error.instance
    types = schema.get("type") if isinstance(schema, dict) else None
    if (error.validator == "enum" and instance is None and isinstance(types, list) and "null" in types
            and None not in error.validator_value):
        return "nullable enum without null"
    if (error.validator == "format" and error.validator_value == "date-time" and isinstance(instance, str)
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", instance) and re.search(schema.get("pattern", "^$"), instance)):
        return "date-time typed date"
    return None


def classify(error):
    """(whether only ALLOWED rules explain `error`, the (rule, place) pairs they cover)."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        branches = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        for _, errors in sorted(branches.items()):
            results = [classify(sub) for sub in errors]
            if all(ok for ok, _ in results):
                return True, set().union(*(covered for _, covered in results))
        return False, set()
    rule = allowed_rule(error)
    return (True, {(rule, error.json_path)}) if rule else (False, set())


class Spec:
    """The spec's response schemas by operation and status, as validators."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as handle:
            self.document = json.load(handle)
        resource = referencing.Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry = referencing.Registry().with_resource(SPEC_URI, resource)
        self.checker = format_checker()
        self.cache = {}

    def validator(self, method, path, status):
        """The validator of the response body of `method path` answering `status`."""
        responses = self.document["paths"][path][method]["responses"]
        pointer = f"/paths/{escape(path)}/{method}/responses/{status if str(status) in responses else 'default'}"
        response = resolve(self.document, pointer)
        if "$ref" in response:
            pointer = response["$ref"][1:]
        return self.compiled(f"{pointer}/content/application~1json/schema")

    def request_validator(self, path):
        """The validator of the JSON request body of `POST path`."""
        return self.compiled(f"/paths/{escape(path)}/post/requestBody/content/application~1json/schema")

    def compiled(self, pointer):
        if pointer not in self.cache:
            self.cache[pointer] = jsonschema.Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"}, registry=self.registry, format_checker=self.checker)
        return self.cache[pointer]


def escape(path):
    return path.replace("~", "~0").replace("/", "~1")


def resolve(document, pointer):
    node = document
    for part in pointer.strip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


class Conformance:
    """Sends requests, validates every answer, and counts."""

    def __init__(self, spec, base_url, integration):
        self.spec = spec
        self.http = httpx.Client(base_url=base_url, timeout=60, headers={
            "Authorization": f"Bearer {API_KEY}", "X-Integration-Id": integration})
        self.validated = 0
        self.responses = 0
        self.allowed = {}
        self.failed = []
        self.passed = 0
        self.failures = 0

    def call(self, method, spec_path, url, expect, body=None, headers=None, content=None):
        """Sends one request, checks its status is `expect` and validates its body."""
        response = self.http.request(method.upper(), url, json=body, headers=headers, content=content)
        label = f"{method.upper()} {url.split('?')[0][:70]}{'?' + url.split('?')[1][:60] if '?' in url else ''}"
        if response.status_code != expect:
            self.failed.append(f"{label}: HTTP {response.status_code}, expected {expect}: {response.text[:300]}")
            self.failures += 1
            return None
        try:
            payload = response.json()
        except ValueError:
            self.failed.append(f"{label}: not JSON: {response.text[:200]}")
            self.failures += 1
            return None
        self.validate(method, spec_path, response.status_code, payload, label)
        if body is not None and expect == 200:
            self.validate(method, spec_path, None, body, label, request=True)
        return payload

    def validate(self, method, spec_path, status, payload, label, request=False):
        """Validates one body (a response, or with `request` the request body) and counts."""
        self.validated += 1
        self.responses += 0 if request else 1
        validator = self.spec.request_validator(spec_path) if request else self.spec.validator(
            method, spec_path, status)
        failed = len(self.failed)
        for error in validator.iter_errors(payload):
            ok, covered = classify(error)
            for rule, _ in covered:
                self.allowed[rule] = self.allowed.get(rule, 0) + 1
            if not ok:
                for leaf in leaves(error):
                    kind = "request" if request else f"HTTP {status}"
                    self.failed.append(f"{label} ({kind}): {leaf.json_path}: {leaf.message[:240]}")
        if len(self.failed) > failed:
            self.failures += 1
        else:
            self.passed += 1

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failed.append(message)
            self.failures += 1


def leaves(error):
    """The innermost errors: for anyOf/oneOf, the branch that got furthest."""
    if not error.context:
        return [error]
    best = jsonschema.exceptions.best_match(error.context)
    return leaves(best) if best is not None else [error]


def answer_for(question):
    """A valid answer for a raw job's `question`, or None for those that take none."""
    fmt = question.get("format") or {}
    kind = fmt.get("type")
    if kind == "TEXT":
        display = fmt.get("display_type")
        if display == "EMAIL":
            return "referee@example.com"
        if display == "URL":
            return "https://example.com/portfolio"
        return "A thoughtful answer"[: fmt.get("max_length") or 100]
    if kind == "NUMBER":
        return float(fmt["min"]) if fmt.get("min") is not None else 1.0
    if kind == "FILE":
        return {"name": "sample.pdf", "content_type": "application/pdf", "data": PDF}
    if kind == "SINGLE_SELECT":
        return fmt["options"][0]["id"]
    if kind == "MULTI_SELECT":
        return [fmt["options"][0]["id"]]
    if kind == "BOOLEAN":
        return False
    if kind == "DATE":
        return "2027-01-15"
    return None


def required_answers(job):
    """Answers to the required questions shown when every answer so far is the first choice."""
    given = {}
    for question in job["screening_questions"]:
        parent = question.get("precondition_question_id")
        if parent is not None:
            values = given.get(parent)
            values = values if isinstance(values, list) else [values]
            if not any(v in (question.get("precondition_options") or []) for v in values):
                continue
        if question.get("required"):
            answer = answer_for(question)
            if answer is not None:
                given[question["id"]] = answer
    return [{"question_id": qid, "answer": value} for qid, value in given.items()]


def candidate(email, **extra):
    return {"first_name": "Ada", "last_name": "Lovelace", "email_address": email, **extra}


def run(binary, spec):
    data_dir = tempfile.mkdtemp(prefix="kombo-sandbox-spec-")
    sandbox = Sandbox(binary, data_dir)
    try:
        conformance = Conformance(spec, sandbox.base_url, sandbox.integration)
        exercise(conformance, binary, sandbox)
    finally:
        sandbox.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    return conformance


def exercise(c, binary, sandbox):
    jobs_path, create_path = "/ats/jobs", "/ats/jobs/{job_id}/applications"
    c.call("get", "/check-api-key", "/check-api-key", 200)

    listed = subprocess.run([binary, "sandbox", "integrations"], capture_output=True, text=True, check=True)
    ids = [line.split()[0] for line in listed.stdout.splitlines() if line.strip()]
    c.check(len(ids) == 66, f"expected 66 integrations, got {len(ids)}")
    for integration_id in ids:
        c.call("get", "/integrations/{integration_id}", f"/integrations/{integration_id}", 200)
    c.call("get", "/integrations/{integration_id}", "/integrations/nope:1", 404)
    capabilities = "/ats/actions/ats_create_application"
    for integration_id in ids:
        c.call("get", capabilities, capabilities, 200, headers={"X-Integration-Id": integration_id})

    jobs, cursor = [], None
    while True:
        page = c.call("get", jobs_path, "/ats/jobs?page_size=7&include_deleted=true"
                      + (f"&cursor={cursor}" if cursor else ""), 200)
        if page is None:
            break
        jobs.extend(page["data"]["results"])
        cursor = page["data"]["next"]
        if cursor is None:
            break
    c.check(len(jobs) >= 28, f"only {len(jobs)} jobs through the pages")
    for query in ["page_size=250", "statuses=CLOSED,DRAFT", "employment_types=INTERNSHIP", "visibilities=INTERNAL",
                  "name_contains=engineer", "remote_ids=REQ%2F2026%2F025", "updated_after=2026-02-01",
                  "remote_created_after=2026-02-01T00:00:00.000Z", "status=OPEN", "job_codes=ENG-001"]:
        c.call("get", jobs_path, f"/ats/jobs?{query}", 200)
    for integration_id in ids[:: max(1, len(ids) // 6)]:
        c.call("get", jobs_path, "/ats/jobs?page_size=3&job_codes=ENG-001&visibilities=PUBLIC", 200,
               headers={"X-Integration-Id": integration_id})
    for query in ["page_size=0", "page_size=", "updated_after=", "updated_after=yesterday", "status=",
                  "statuses=OPEN,SHUT", "include_deleted=", "cursor=not-a-cursor"]:
        c.call("get", jobs_path, f"/ats/jobs?{query}", 400)

    by_name = {job["name"]: job for job in jobs}
    demo, designer = by_name["Senior Backend Engineer (Platform)"], by_name["Product Designer"]
    full = {
        "stage_id": demo["stages"][1]["id"],
        "candidate": candidate(
            "every.field@example.com", company="Analytical Engines", title="Engineer", phone_number="+44 20 1234",
            location={"country": "GB", "city": "London"}, gender="FEMALE", availability_date="2027-01-01",
            salary_expectations={"period": "YEAR", "amount": 90000},
            social_links=[{"url": "https://example.com/ada"}],
            additional_email_addresses=[{"type": "WORK", "email_address": "ada@work.example.com"}],
            additional_phone_numbers=[{"type": "WORK", "phone_number": "+44 7700 900000"}]),
        "attachments": [
            {"name": "cv.pdf", "type": "CV", "content_type": "application/pdf", "data": PDF},
            {"name": "letter.pdf", "type": "COVER_LETTER", "data_url": "https://files.example.com/letter.pdf"}],
        "gdpr_consent": {"given": True, "expires_at": "2028-01-01T00:00:00.000Z"},
        "sourced_by": {"user_id": "remote:recruiter-7"},
        "source": {"name": "Job board"},
        "remote_fields": {"lever": {"candidate": {"x": 1}}},
        "screening_question_answers": [a for a in (
            {"question_id": q["id"], "answer": answer_for(q)} for q in demo["screening_questions"]
            if q.get("precondition_question_id") is None) if a["answer"] is not None],
    }
    created = c.call("post", create_path, f"/ats/jobs/{demo['id']}/applications", 200, body=full)
    for index, job in enumerate(j for j in jobs if j["status"] == "OPEN" and j["remote_deleted_at"] is None):
        body = {"candidate": candidate(f"open{index}@example.com"), "screening_question_answers": required_answers(job)}
        c.call("post", create_path, f"/ats/jobs/{job['id']}/applications", 200, body=body)
    remote = urllib.parse.quote("remote:REQ/2026/025", safe="")
    c.call("post", create_path, f"/ats/jobs/{remote}/applications", 200,
           body={"candidate": candidate("slashed@example.com"),
                 "screening_question_answers": required_answers(by_name["Warehouse Shift Lead"])})

    designer_body = {"candidate": candidate("twice@example.com"),
                     "screening_question_answers": required_answers(designer)}
    c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 200, body=designer_body)
    c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 409,
           body={**designer_body, "candidate": candidate("TWICE@example.com")})
    closed = by_name["iOS Engineer"]
    c.call("post", create_path, f"/ats/jobs/{closed['id']}/applications", 400,
           body={"candidate": candidate("late@example.com")})
    c.call("post", create_path, "/ats/jobs/remote:nope/applications", 404, body={"candidate": candidate("x@example.com")})
    for bad in [candidate("a!b@example.com"), candidate("not-an-email"), candidate("ada@bücher.example"),
                {"first_name": "Ada"}, candidate("ok@example.com", location={"country": "de"})]:
        c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 400,
               body={**designer_body, "candidate": bad})
    for index, fields in enumerate([
            {"greenhouse": {"post_headers": {"On-Behalf-Of": 123}}}, {"rexx": {"candidate": {}}},
            {"workday": {"Candidate_Data": {"Language_Reference": {"id": "x"}}}},
            {"greenhouse": {"candidate": "not an object"}}, {"bullhorn": {"existing_candidate_remote_id": "7"}}]):
        c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 400,
               body={**designer_body, "candidate": candidate(f"fields{index}@example.com"), "remote_fields": fields})
    c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 200,
           body={**designer_body, "candidate": candidate("documented@example.com"), "remote_fields": {
               "greenhouse": {"candidate": {"tags": ["x"]}, "application": {"custom": 1}},
               "workable": {"candidate": {"summary": "x"}}}})
    c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 415,
           content=json.dumps({**designer_body, "candidate": candidate("plain@example.com")}).encode(),
           headers={"Content-Type": "text/plain"})
    c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 400,
           content=b"{not json", headers={"Content-Type": "application/json"})
    c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 413,
           content=b" " * (50 * 1024 * 1024 + 1), headers={"Content-Type": "application/json"})

    candidates_path, applications_path = "/ats/candidates", "/ats/applications"
    for query in ["", "page_size=2", "email=EVERY.FIELD@example.com", f"job_ids={designer['id']}",
                  "first_name=ada", "last_name=LOVELACE", "include_deleted=true", "updated_after=2026-01-01",
                  "remote_ids=cand-x"]:
        c.call("get", candidates_path, f"/ats/candidates?{query}", 200)
    for query in ["email=", "email=not-an-email", "updated_after=", "include_deleted=yes", "page_size=251"]:
        c.call("get", candidates_path, f"/ats/candidates?{query}", 400)
    applications, cursor = [], None
    while True:
        page = c.call("get", applications_path, "/ats/applications?page_size=3"
                      + (f"&cursor={cursor}" if cursor else ""), 200)
        if page is None:
            break
        applications.extend(page["data"]["results"])
        cursor = page["data"]["next"]
        if cursor is None:
            break
    c.check(len(applications) >= 30, f"only {len(applications)} applications through the pages")
    stage = demo["stages"][1]["id"]
    for query in ["outcome=PENDING", "outcomes=HIRED,DECLINED", f"job_ids={demo['id']}", f"current_stage_ids={stage}",
                  f"job_remote_ids={demo['remote_id']}", "remote_created_after=2026-01-01", "include_deleted=true",
                  "updated_after=2026-01-01T00:00:00Z", f"ids={created['data']['id'] if created else 'x'}"]:
        c.call("get", applications_path, f"/ats/applications?{query}", 200)
    for query in ["outcome=", "outcome=LOST", "outcomes=WON", "remote_created_after=", "updated_after=2026-13"]:
        c.call("get", applications_path, f"/ats/applications?{query}", 400)

    c.call("get", jobs_path, "/ats/jobs", 401, headers={"Authorization": "Bearer wrong"})
    c.call("get", "/check-api-key", "/check-api-key", 401, headers={"Authorization": "Bearer wrong"})
    c.call("get", jobs_path, "/ats/jobs", 404, headers={"X-Integration-Id": "greenhouse:111111111111111111111111"})
    sandbox.set_faults("create:429/1*1,jobs:409-sync-pending*1,candidates:500*1")
    c.call("post", create_path, f"/ats/jobs/{designer['id']}/applications", 429, body=designer_body)
    c.call("get", jobs_path, "/ats/jobs", 409)
    c.call("get", candidates_path, "/ats/candidates", 500)
    sandbox.set_faults("")


def schema_is_current(spec_path):
    """Whether the sandbox's embedded remote_fields schema is the one generated from this spec."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generate-remote-fields-schema.py")
    loader = importlib.util.spec_from_file_location("generate_remote_fields_schema", path)
    generator = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(generator)
    with open(spec_path, encoding="utf-8") as handle:
        expected = generator.swift_source(generator.remote_fields_schema(json.load(handle)))
    return generator.TARGET.read_text(encoding="utf-8") == expected


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        return 2
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    spec_path = (sys.argv[2] if len(sys.argv) == 3 else os.environ.get("KOMBO_OPENAPI")
                 or os.path.join(os.path.dirname(root), "shared", "reference", "kombo-openapi.json"))
    if not os.path.exists(spec_path):
        print(f"spec conformance: Kombo's OpenAPI description not found at {spec_path}; pass its path or set "
              "KOMBO_OPENAPI")
        return 1
    spec = Spec(spec_path)
    c = run(sys.argv[1], spec)
    c.check(schema_is_current(spec_path),
            "Sources/ATSSandbox/Validation/RemoteFieldsSchema+Spec.swift is not generated from this spec; "
            "run scripts/generate-remote-fields-schema.py")
    for failure in c.failed:
        print(f"FAIL {failure}")
    for rule, count in sorted(c.allowed.items()):
        print(f"allowed {count}x: {rule}: {ALLOWED[rule]}")
    allowed = sum(c.allowed.values())
    print(f"{c.responses} responses and {c.validated - c.responses} request bodies validated against "
          f"{os.path.basename(spec_path)}, {allowed} allow-listed deviations")
    print(f"spec conformance: {c.passed} passed, {c.failures} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
