#!/usr/bin/env python3
"""Lists the messages of a Qt Linguist .ts file that still need a translation.

Usage: ts-unfinished.py [--numerus-only] FILE.ts
Prints one "context: source" line per message whose translation is marked unfinished or is empty
(for plural messages: any empty <numerusform>, or none at all), and per translation whose %1, %2 …
placeholders differ from its source's (QString::arg would then warn and drop a value; a plural
form may leave out %n, as in "un partner"). Obsolete and vanished messages are ignored.
Exits 0 when nothing is wrong, 1 when something is, 2 when the file cannot be read.
"""

import re
import sys
import xml.etree.ElementTree as ET

IGNORED_TYPES = {"obsolete", "vanished"}
PLACEHOLDER = re.compile(r"%L?(\d{1,2})")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)), key=int)


def forms(translation):
    """The translated texts of one <translation>: numerus forms, length variants, or its text."""
    numerus = translation.findall("numerusform")
    if numerus:
        return ["".join(f.itertext()) for f in numerus]
    variants = translation.findall("lengthvariant")
    if variants:
        return ["".join(v.itertext()) for v in variants]
    return ["".join(translation.itertext())]


def missing(path, numerus_only):
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ValueError(f"{path}: not a Qt Linguist file (root element <{root.tag}>)")
    found = []
    for context in root.iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            is_numerus = message.get("numerus") == "yes"
            if numerus_only and not is_numerus:
                continue
            source = message.findtext("source", default="")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in IGNORED_TYPES:
                continue
            texts = forms(translation) if translation is not None else []
            if (translation is None or kind == "unfinished" or not texts
                    or any(not t.strip() for t in texts)):
                found.append(f"{context_name}: {source!r}" + (" (plural)" if is_numerus else ""))
                continue
            expected = placeholders(source)
            for text in texts:
                if placeholders(text) != expected:
                    found.append(f"{context_name}: {source!r} is translated {text!r}: placeholders differ")
                    break
    return found


def main(argv):
    args = [a for a in argv[1:] if a != "--numerus-only"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        found = missing(args[0], "--numerus-only" in argv)
    except (OSError, ET.ParseError, ValueError) as error:
        print(f"cannot read {args[0]}: {error}", file=sys.stderr)
        return 2
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
