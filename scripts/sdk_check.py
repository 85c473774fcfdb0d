#!/usr/bin/env python3
"""Validates JSON documents with the official Kombo Python SDK's pydantic models.

Reads a JSON array from stdin; each element is {"kind": ..., "name": ..., "body": ...}.
Writes a JSON array of {"name", "kind", "ok", "errors"} to stdout; exits 0 if every document
passed, 1 if any failed, 2 on bad input.

Kinds and what "passes" means:
  jobs_page, candidates_page, applications_page, create_application_response,
  check_api_key, integration_details
      the SDK's response model accepts the body and has a field for every key we sent, except
      the documented extras (integration_fields, remote_data, customer_id);
  ats_error, general_error
      the SDK's error data model accepts the body;
  create_application_request
      the SDK's request model accepts the body and has a field for every key we sent (the SDK
      silently drops keys its model does not know, so they are reported here);
  tool_slugs            every slug in the body (a list) is in the SDK's tool enum;
  error_codes           the body (a list) is exactly the SDK's ATS error code enum;

Used by Tests/KomboAPITests; run it with the venv that scripts/test creates.
"""

import json
import sys
import typing

import pydantic
from kombo.errors import komboatserror as ats_error_module
from kombo.errors import kombogeneralerror as general_error_module
from kombo.models import (
    getatsapplicationspositiveresponse,
    getatscandidatespositiveresponse,
    getatsjobspositiveresponse,
    getcheckapikeypositiveresponse,
    getintegrationsintegrationidpositiveresponse,
    komboatserror,
    postatsjobsjobidapplicationspositiveresponse,
    postatsjobsjobidapplicationsrequestbody,
    postconnectcreatelinkrequestbody,
)

RESPONSE_MODELS = {
    "jobs_page": getatsjobspositiveresponse.GetAtsJobsPositiveResponse,
    "candidates_page": getatscandidatespositiveresponse.GetAtsCandidatesPositiveResponse,
    "applications_page": getatsapplicationspositiveresponse.GetAtsApplicationsPositiveResponse,
    "create_application_response":
        postatsjobsjobidapplicationspositiveresponse.PostAtsJobsJobIDApplicationsPositiveResponse,
    "check_api_key": getcheckapikeypositiveresponse.GetCheckAPIKeyPositiveResponse,
    "integration_details":
        getintegrationsintegrationidpositiveresponse.GetIntegrationsIntegrationIDPositiveResponse,
}
ERROR_MODELS = {
    "ats_error": ats_error_module.KomboAtsErrorData,
    "general_error": general_error_module.KomboGeneralErrorData,
}
REQUEST_MODEL = postatsjobsjobidapplicationsrequestbody.PostAtsJobsJobIDApplicationsRequestBody
# Keys Kombo's OpenAPI description has but the SDK models ignore; our responses may carry them.
DOCUMENTED_EXTRAS = {"integration_fields", "remote_data", "customer_id"}


def unknown_keys(sent, value, path="$"):
    """Paths of object keys in `sent` that the validated SDK model `value` has no field for.

    Free-form values (dicts, Any) accept every key; the walk stops at scalars.
    """
    found = []
    if isinstance(value, pydantic.BaseModel) and isinstance(sent, dict):
        fields = {(field.alias or name): name for name, field in type(value).model_fields.items()}
        for key, item in sent.items():
            if key not in fields:
                found.append(f"{path}.{key}")
            else:
                found.extend(unknown_keys(item, getattr(value, fields[key]), f"{path}.{key}"))
    elif isinstance(value, list) and isinstance(sent, list):
        for index, (item, element) in enumerate(zip(sent, value)):
            found.extend(unknown_keys(item, element, f"{path}[{index}]"))
    return found


def validate(model, body):
    """Returns (instance, errors)."""
    try:
        return model.model_validate(body), []
    except pydantic.ValidationError as error:
        return None, [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()]


def literal_values(alias):
    values = []
    for arg in typing.get_args(getattr(alias, "__value__", alias)):
        values.extend(literal_values(arg) if typing.get_args(arg) else [arg])
    return [v for v in values if isinstance(v, str)]


def check(kind, body):
    if kind in RESPONSE_MODELS:
        instance, errors = validate(RESPONSE_MODELS[kind], body)
        if instance is None:
            return errors
        unknown = [p for p in unknown_keys(body, instance) if p.rsplit(".", 1)[-1] not in DOCUMENTED_EXTRAS]
        return [f"the SDK model has no {p}" for p in unknown]
    if kind in ERROR_MODELS:
        return validate(ERROR_MODELS[kind], body)[1]
    if kind == "create_application_request":
        instance, errors = validate(REQUEST_MODEL, body)
        if instance is None:
            return errors
        return [f"the SDK does not know {p}" for p in unknown_keys(body, instance)]
    if kind == "tool_slugs":
        known = set(literal_values(postconnectcreatelinkrequestbody.IntegrationTool))
        return [f"{slug!r} is not an SDK tool slug" for slug in body if slug not in known]
    if kind == "error_codes":
        sdk = literal_values(komboatserror.KomboAtsErrorCode)
        return [f"SDK codes {sdk} differ from ours {body}"] if sorted(sdk) != sorted(body) else []
    return [f"unknown kind {kind!r}"]


def main():
    try:
        documents = json.load(sys.stdin)
    except json.JSONDecodeError as error:
        print(f"sdk_check: stdin is not JSON: {error}", file=sys.stderr)
        return 2
    results = []
    for document in documents:
        errors = check(document["kind"], document["body"])
        results.append({"name": document.get("name", document["kind"]), "kind": document["kind"],
                        "ok": not errors, "errors": errors})
    json.dump(results, sys.stdout, indent=1)
    return 0 if all(result["ok"] for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
