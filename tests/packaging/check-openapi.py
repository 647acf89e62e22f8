#!/usr/bin/env python3
"""Checks that docs/sync-protocol.openapi.yaml says what docs/sync-protocol.md says.

The markdown is the contract people read; the OpenAPI file is the same contract for programs.
This compares them both ways: the endpoints (the markdown's `### `METHOD /path`` headings), the
error codes and their statuses (the markdown's error table), the record types with their fields,
kinds and nullability (the markdown's type table), the bearer scheme and the two headers. It also
compares the type table with protocol/RecordCatalogue.cpp, which the server validates with.

Usage: check-openapi.py SOURCE_DIR
"""

import re
import sys
from pathlib import Path

import yaml

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def markdown_endpoints(markdown):
    """{(METHOD, /path)} from the headings ### `METHOD /path?query`."""
    endpoints = set()
    for method, path in re.findall(r"^### `([A-Z]+) (/[^`?]*)(?:\?[^`]*)?`\s*$", markdown, re.M):
        endpoints.add((method, path))
    return endpoints


def markdown_error_codes(markdown):
    """{code: status} from the error table (rows | 4xx | `code`, `code` | when |)."""
    codes = {}
    for status, cell in re.findall(r"^\| (\d{3}) \| ((?:`[a-z_]+`(?:, )?)+) \|", markdown, re.M):
        for code in re.findall(r"`([a-z_]+)`", cell):
            if code in codes:
                fail(f"sync-protocol.md lists the error code {code} twice")
            codes[code] = int(status)
    return codes


def parse_field_groups(cell):
    """{field: (kind, nullable, referenced type or None)} from a type table cell such as
    'name, city (string); joined_on? (date); partner_id (id of a `partners` record)'."""
    fields = {}
    rest = cell
    for match in re.finditer(r"([a-z_?][a-z_?, ]*?)\s*\(([^)]+)\)", cell):
        kind_text = match.group(2).strip()
        reference = re.fullmatch(r"id of an? `([a-z_]+)` record", kind_text)
        kind = "reference" if reference else kind_text
        for name in (n.strip() for n in match.group(1).split(",")):
            if not name:
                continue
            nullable = name.endswith("?")
            fields[name.rstrip("?")] = (kind, nullable, reference.group(1) if reference else None)
        rest = rest.replace(match.group(0), "", 1)
    if rest.strip(" ;,"):
        fail(f"sync-protocol.md: cannot read '{rest.strip()}' in the type table")
    return fields


def markdown_record_types(markdown):
    """{type: fields} from the type table (rows | `type` | fields |)."""
    section = markdown.split("## Records", 1)[1].split("\n### ", 1)[0]
    types = {}
    for type_name, cell in re.findall(r"^\| `([a-z_]+)` \| (.+) \|\s*$", section, re.M):
        types[type_name] = parse_field_groups(cell)
    return types


def catalogue_record_types(source):
    """{type: fields} from protocol/RecordCatalogue.cpp's table of text()/field()/reference()."""
    kinds = {"Text": "string", "Integer": "integer", "Number": "number", "Boolean": "boolean",
             "Date": "date", "Time": "time"}
    body = source.split("RecordCatalogue::all()", 1)[1].split("return types;", 1)[0]
    types = {}
    current = None
    pattern = re.compile(
        r'\{QStringLiteral\("([a-z_]+)"\),\s*\{'  # a type opens
        r'|text\(QStringLiteral\("([a-z_]+)"\)\)'
        r'|field\(QStringLiteral\("([a-z_]+)"\),\s*FieldKind::(\w+)(?:,\s*(true|false))?\)'
        r'|reference\(QStringLiteral\("([a-z_]+)"\),\s*QStringLiteral\("([a-z_]+)"\)'
        r'(?:,\s*(true|false))?\)')
    for m in pattern.finditer(body):
        if m.group(1):
            current = types.setdefault(m.group(1), {})
        elif current is None:
            fail("RecordCatalogue.cpp: a field before any type")
        elif m.group(2):
            current[m.group(2)] = ("string", False, None)
        elif m.group(3):
            current[m.group(3)] = (kinds.get(m.group(4), m.group(4)), m.group(5) == "true", None)
        else:
            current[m.group(6)] = ("reference", m.group(8) == "true", m.group(7))
    return types


class Spec:
    def __init__(self, document):
        self.document = document

    def resolve(self, node):
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            reference = node["$ref"]
            if not reference.startswith("#/"):
                fail(f"OpenAPI: external reference {reference}")
                return {}
            target = self.document
            for part in reference[2:].split("/"):
                if not isinstance(target, dict) or part not in target:
                    fail(f"OpenAPI: {reference} does not resolve")
                    return {}
                target = target[part]
            node = target
            seen += 1
            if seen > 20:
                fail(f"OpenAPI: {reference} is a reference loop")
                return {}
        return node

    def operations(self):
        for path, item in (self.document.get("paths") or {}).items():
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    yield path, method.upper(), operation

    def error_enum(self, schema):
        """The error codes an error response's schema allows: with allOf (Error narrowed by an
        enum), the codes every part allows."""
        schema = self.resolve(schema)
        codes = None
        for part in schema.get("allOf", [schema]):
            part = self.resolve(part)
            enum = self.resolve((part.get("properties") or {}).get("error", {})).get("enum")
            if enum is not None:
                codes = set(enum) if codes is None else codes & set(enum)
        return codes or set()


def check_references(spec, node, where="#"):
    if isinstance(node, dict):
        if "$ref" in node:
            spec.resolve(node)
        for key, value in node.items():
            check_references(spec, value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            check_references(spec, value, f"{where}/{index}")


def check_endpoints(spec, markdown):
    documented = markdown_endpoints(markdown)
    if len(documented) < 10:
        fail(f"sync-protocol.md: found only {len(documented)} endpoint headings")
    described = {(method, path) for path, method, _ in spec.operations()}
    for method, path in sorted(documented - described):
        fail(f"{method} {path} is in sync-protocol.md but not in the OpenAPI file")
    for method, path in sorted(described - documented):
        fail(f"{method} {path} is in the OpenAPI file but not in sync-protocol.md")


def check_errors(spec, markdown):
    codes = markdown_error_codes(markdown)
    if len(codes) < 20:
        fail(f"sync-protocol.md: found only {len(codes)} error codes in the table")
    error_schema = spec.resolve(spec.document["components"]["schemas"].get("Error", {}))
    enum = set(spec.resolve(error_schema.get("properties", {}).get("error", {})).get("enum", []))
    for code in sorted(set(codes) - enum):
        fail(f"error code {code} of sync-protocol.md is not in the OpenAPI Error schema")
    for code in sorted(enum - set(codes)):
        fail(f"error code {code} of the OpenAPI Error schema is not in sync-protocol.md")
    for required in ("error", "message"):
        if required not in error_schema.get("required", []):
            fail(f"the OpenAPI Error schema does not require {required}")

    # Every error response names its codes, and each code under the status the table gives it.
    used = set()
    responses = [(f"{method} {path}", status, response)
                 for path, method, operation in spec.operations()
                 for status, response in operation.get("responses", {}).items()]
    responses += [(f"components/responses/{name}", None, response)
                  for name, response in spec.document["components"].get("responses", {}).items()]
    for where, status, response in responses:
        response = spec.resolve(response)
        schema = (response.get("content", {}).get("application/json", {}).get("schema"))
        if status is not None and int(status) < 400:
            continue
        if schema is None:
            fail(f"{where} {status or ''}: an error response without a JSON body")
            continue
        response_codes = spec.error_enum(schema)
        if not response_codes:
            fail(f"{where} {status or ''}: an error response that names no error code")
        for code in response_codes:
            used.add(code)
            if code not in codes:
                fail(f"{where}: error code {code} is not in sync-protocol.md")
            elif status is not None and int(status) != codes[code]:
                fail(f"{where}: {code} is answered with {status}, sync-protocol.md says "
                     f"{codes[code]}")
    for code in sorted(set(codes) - used):
        fail(f"error code {code} is in no OpenAPI response")



def kind_of(spec, schema):
    schema = spec.resolve(schema)
    return (schema.get("x-lecdesk-kind"), bool(schema.get("nullable", False)),
            schema.get("x-lecdesk-references"))


def expected_json_type(kind):
    return {"string": "string", "date": "string", "time": "string", "reference": "string",
            "integer": "integer", "number": "number", "boolean": "boolean"}.get(kind)


def check_record_types(spec, markdown, catalogue_source):
    documented = markdown_record_types(markdown)
    if len(documented) < 6:
        fail(f"sync-protocol.md: found only {len(documented)} record types in the type table")
    schemas = spec.document["components"]["schemas"]

    record_type_enum = set(spec.resolve(schemas.get("RecordType", {})).get("enum", []))
    if record_type_enum != set(documented):
        fail(f"OpenAPI RecordType is {sorted(record_type_enum)}, sync-protocol.md has "
             f"{sorted(documented)}")
    for union in ("Record", "PushEntry"):
        mapping = spec.resolve(schemas.get(union, {})).get("discriminator", {}).get("mapping", {})
        if set(mapping) != set(documented):
            fail(f"OpenAPI {union} maps the types {sorted(mapping)}, not {sorted(documented)}")

    fields_schemas = {name: spec.resolve(schema) for name, schema in schemas.items()
                      if name.endswith("Fields")}
    for type_name, fields in documented.items():
        schema_name = "".join(word.capitalize() for word in type_name.split("_")) + "Fields"
        schema = fields_schemas.pop(schema_name, None)
        if schema is None:
            fail(f"record type {type_name}: no OpenAPI schema {schema_name}")
            continue
        if schema.get("additionalProperties") is not False:
            fail(f"{schema_name} must refuse unknown fields (additionalProperties: false)")
        properties = schema.get("properties", {})
        for field, (kind, nullable, referenced) in fields.items():
            if field not in properties:
                fail(f"{type_name}.{field} of sync-protocol.md is not in {schema_name}")
                continue
            property_schema = spec.resolve(properties[field])
            actual = kind_of(spec, property_schema)
            if actual != (kind, nullable, referenced):
                fail(f"{schema_name}.{field} is {actual} (kind, nullable, references), "
                     f"sync-protocol.md says {(kind, nullable, referenced)}")
            if property_schema.get("type") != expected_json_type(kind):
                fail(f"{schema_name}.{field} has type {property_schema.get('type')}, a {kind} "
                     f"is a JSON {expected_json_type(kind)}")
        for field in sorted(set(properties) - set(fields)):
            fail(f"{schema_name}.{field} is not in sync-protocol.md's {type_name} row")
    for schema_name in sorted(fields_schemas):
        fail(f"OpenAPI schema {schema_name} has no record type in sync-protocol.md")

    catalogue = catalogue_record_types(catalogue_source)
    if len(catalogue) < 6:
        fail(f"RecordCatalogue.cpp: read only {len(catalogue)} record types; has its form changed?")
    else:
        for type_name in sorted(set(catalogue) | set(documented)):
            in_code, in_doc = catalogue.get(type_name), documented.get(type_name)
            if in_code is None or in_doc is None:
                fail(f"record type {type_name} is only in "
                     f"{'sync-protocol.md' if in_code is None else 'RecordCatalogue.cpp'}")
                continue
            for field in sorted(set(in_code) | set(in_doc)):
                if in_code.get(field) != in_doc.get(field):
                    fail(f"{type_name}.{field}: RecordCatalogue.cpp has {in_code.get(field)}, "
                         f"sync-protocol.md has {in_doc.get(field)} (kind, nullable, references)")


def check_security_and_headers(spec):
    document = spec.document
    schemes = document["components"].get("securitySchemes", {})
    bearer = [name for name, scheme in schemes.items()
              if scheme.get("type") == "http" and scheme.get("scheme") == "bearer"]
    if not bearer:
        fail("OpenAPI: no http bearer security scheme")
    elif document.get("security") != [{bearer[0]: []}]:
        fail("OpenAPI: the bearer scheme is not the default security")

    open_operations = {("GET", "/v1/health"), ("POST", "/v1/login")}
    for path, method, operation in spec.operations():
        anonymous = operation.get("security") == []
        if anonymous != ((method, path) in open_operations):
            fail(f"{method} {path}: security is {operation.get('security')}")
        statuses = set(operation.get("responses", {}))
        if not anonymous and "401" not in statuses:
            fail(f"{method} {path}: an authenticated operation without 401")
        if "requestBody" in operation and not {"400", "413", "415"} <= statuses:
            fail(f"{method} {path}: a body without 400, 413 and 415")
        if "500" not in statuses and (method, path) != ("GET", "/v1/health"):
            fail(f"{method} {path}: no 500")

    login = document["paths"]["/v1/login"]["post"]["responses"]
    retry = spec.resolve(login.get("429", {})).get("headers", {}).get("Retry-After")
    if retry is None or spec.resolve(retry).get("schema", {}).get("type") != "integer":
        fail("POST /v1/login 429 lacks the integer Retry-After header")
    push = document["paths"]["/v1/clusters/{cluster}/batches/{batch_id}"]["put"]["responses"]
    replayed = push.get("200", {}).get("headers", {}).get("Lecdesk-Replayed")
    if replayed is None or spec.resolve(replayed).get("schema", {}).get("enum") != ["true"]:
        fail("PUT .../batches/{batch_id} 200 lacks the Lecdesk-Replayed: true header")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(sys.argv[1])
    markdown = (source / "docs/sync-protocol.md").read_text(encoding="utf-8")
    catalogue_source = (source / "protocol/RecordCatalogue.cpp").read_text(encoding="utf-8")
    try:
        document = yaml.safe_load(
            (source / "docs/sync-protocol.openapi.yaml").read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        fail(f"sync-protocol.openapi.yaml does not parse: {error}")
        return 1
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3.0."):
        fail("sync-protocol.openapi.yaml is not an OpenAPI 3.0 document")
        return 1

    spec = Spec(document)
    check_references(spec, document)
    check_endpoints(spec, markdown)
    check_errors(spec, markdown)
    check_record_types(spec, markdown, catalogue_source)
    check_security_and_headers(spec)

    if failures:
        print(f"{len(failures)} OpenAPI check(s) failed", file=sys.stderr)
        return 1
    print("sync-protocol.openapi.yaml matches sync-protocol.md and RecordCatalogue.cpp")
    return 0


if __name__ == "__main__":
    sys.exit(main())
