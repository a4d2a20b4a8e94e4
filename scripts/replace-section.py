"""Replaces the part of a Markdown file between `<!-- NAME:start -->` and `<!-- NAME:end -->` with the contents of
another file (appending the section when it is not there yet). Used by the benchmark scripts, so each writes only
its own part of docs/PERFORMANCE.md. Usage: replace-section.py TARGET NAME CONTENT_FILE"""
import sys

target, name, content_file = sys.argv[1:4]
start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
with open(content_file, encoding="utf-8") as handle:
    content = handle.read().strip("\n")
try:
    with open(target, encoding="utf-8") as handle:
        text = handle.read()
except FileNotFoundError:
    text = "# Performance\n"
block = f"{start}\n{content}\n{end}"
if start in text and end in text:
    before, rest = text.split(start, 1)
    _, after = rest.split(end, 1)
    text = before + block + after
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
with open(target, "w", encoding="utf-8") as handle:
    handle.write(text)
