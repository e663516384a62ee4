#!/usr/bin/env python3
"""Checks docs/bundle.schema.json against the bundles Reflekt ships and the broken test fixtures.

Usage: check_schema.py SCHEMA DATA_DIR MODULES_DIR

- every tests/data/good/*/bundle.json and modules/*/bundle.json must be valid;
- every broken fixture listed in SCHEMA_VIOLATIONS must be rejected by the schema;
- every broken fixture listed in READER_ONLY must be accepted by the schema (its fault is one the
  schema cannot express, such as a missing file), so the schema is not stricter than the reader;
- every folder under tests/data/broken must be in one of those lists.

Needs python3-jsonschema (Debian 12 ships 4.10, which knows draft 2020-12). It fails, not skips,
without it: CI installs it.
"""
import glob
import json
import os
import sys

SCHEMA_VIOLATIONS = {
    "wrong-types", "missing-required", "newer-major", "questions-too-deep", "bad-ids",
    "bad-paths", "three-errors",
}
READER_ONLY = {
    "duplicate-ids", "undeclared-caption-language", "missing-media", "fake-video", "broken-webvtt",
    "non-utf8-markdown", "markdown-image-outside",
}
NOT_JSON = {"syntax-error"}


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path, data_dir, modules_dir = argv[1:]
    try:
        import jsonschema
    except ImportError:
        print("FAIL: the Python module 'jsonschema' is missing. Install the Debian package "
              "python3-jsonschema (it belongs in scripts/deps.sh's test list).", file=sys.stderr)
        return 1

    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []

    def errors_for(path):
        with open(path, encoding="utf-8") as f:
            return sorted(validator.iter_errors(json.load(f)), key=lambda e: list(e.absolute_path))

    def pointer(error):
        return "/" + "/".join(str(p) for p in error.absolute_path)

    good = sorted(glob.glob(os.path.join(data_dir, "good", "*", "bundle.json")) +
                  glob.glob(os.path.join(modules_dir, "*", "bundle.json")))
    if not good:
        failures.append("no good bundles found under %s or %s" % (data_dir, modules_dir))
    for path in good:
        errs = errors_for(path)
        for e in errs:
            failures.append("%s: %s: %s" % (path, pointer(e), e.message))
        print("%-70s %s" % (path, "valid" if not errs else "INVALID (%d)" % len(errs)))

    broken_dir = os.path.join(data_dir, "broken")
    cases = sorted(d for d in os.listdir(broken_dir) if os.path.isdir(os.path.join(broken_dir, d)))
    for case in cases:
        path = os.path.join(broken_dir, case, "bundle.json")
        if case in NOT_JSON:
            continue
        if case not in SCHEMA_VIOLATIONS and case not in READER_ONLY:
            failures.append("%s: new broken fixture; add it to SCHEMA_VIOLATIONS or READER_ONLY in %s"
                            % (case, __file__))
            continue
        errs = errors_for(path)
        if case in SCHEMA_VIOLATIONS and not errs:
            failures.append("%s: the schema accepts it, but it is a schema violation" % path)
        if case in READER_ONLY and errs:
            failures.append("%s: the schema rejects it (%s: %s), but only the reader should"
                            % (path, pointer(errs[0]), errs[0].message))
        print("%-70s %s" % ("broken/" + case, "rejected (%d)" % len(errs) if errs else "accepted"))
    for case in sorted((SCHEMA_VIOLATIONS | READER_ONLY | NOT_JSON) - set(cases)):
        failures.append("%s: listed here but there is no such fixture under %s" % (case, broken_dir))

    for f in failures:
        print("FAIL: " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
