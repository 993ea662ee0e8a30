#!/usr/bin/env python3
"""Checks that `cargo test --release` reuses every dependency artefact of `cargo build
--release` (the README's two commands share one build; see the note in Cargo.toml).
Both builds are fresh by the time CI runs this, so it costs seconds; a feature that a
dev-dependency turns on and the release build does not shows here as a list of
artefacts the test build would build again."""
import json
import subprocess
import sys


def artefacts(args):
    out = subprocess.run(
        ["cargo", *args, "--release", "--locked", "--message-format=json"],
        check=True, capture_output=True, text=True).stdout
    found = set()
    for line in out.splitlines():
        m = json.loads(line)
        if m.get("reason") == "compiler-artifact" and not m["package_id"].startswith("path+"):
            found.update(f for f in m["filenames"] if "/deps/" in f)
    return found


build = artefacts(["build"])
test = artefacts(["test", "--no-run"])
missing = sorted(build - test)
if missing:
    print("cargo test --release builds these dependencies again (a dev-dependency turns on "
          "a feature the release build does not; add it under the note in Cargo.toml):")
    print("\n".join(missing))
    sys.exit(1)
print(f"the test build reuses all {len(build)} dependency artefacts of the release build")
