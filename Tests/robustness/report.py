"""Turns the robustness suite's results (locust CSV, JSON of the fault and oversize runs, schemathesis and fuzzer
output) into the Markdown section of docs/RELIABILITY.md. Usage: report.py STATE_DIR > section.md"""
import csv
import json
import os
import re
import sys

state = sys.argv[1]


def read(name):
    with open(os.path.join(state, name), encoding="utf-8") as handle:
        return handle.read()


def last_json(name):
    return json.loads([line for line in read(name).splitlines() if line.startswith("{")][-1])


settings = json.loads(read("settings.json"))
print(f"Run of {settings['date']} on {settings['machine']}; `scripts/robustness.sh` with load {settings['users']} users × "
      f"{settings['load_seconds']} s, schemathesis {settings['schemathesis_seconds']} s, fuzzing {settings['fuzz_seconds']} s; "
      f"{settings['build']} build, two instances behind nginx on one PostgreSQL 15, all on loopback.\n")

print("### Load (locust)\n")
rows = list(csv.DictReader(open(os.path.join(state, "load_stats.csv"), encoding="utf-8")))
print("| request | count | failures | p50 ms | p95 ms | p99 ms | max ms |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for row in sorted(rows, key=lambda r: (r["Name"] == "Aggregated", r["Name"])):
    name = "**all**" if row["Name"] == "Aggregated" else f"{row['Type']} " + re.sub(r"[0-9a-fA-F-]{36}", "{id}", row["Name"])
    print(f"| {name} | {row['Request Count']} | {row['Failure Count']} | {row['50%']} | {row['95%']} | {row['99%']} | {round(float(row['Max Response Time']))} |")
total = next(r for r in rows if r["Name"] == "Aggregated")
print(f"\nThroughput {float(total['Requests/s']):.1f} requests/s.\n")

faults = last_json("faults.json")
writes, imports, restart = faults["kill_during_writes"], faults["kill_during_import"], faults["restart_postgres"]
print("### Faults\n")
print(f"- **kill -9 of instance 1 during writes** (150 comments posted through nginx, the kill after the 51st): "
      f"{writes['acknowledged']} acknowledged, {writes['not_acknowledged']} not ({writes['not_acknowledged_but_stored']} of those stored anyway); "
      f"acknowledged but lost: **{writes['lost']}**, stored twice: {writes['duplicated']}. "
      f"A reader on the other instance: {writes['read_errors_during']} errors in {writes['reads_during']} page loads.")
print(f"- **kill -9 of instance 2 during an import** ({imports['lines']:,} lines, {imports['mb']} MB, killed {imports['killed_after_s']} s after "
      f"the upload started, while it wrote): rows of the municipality before {imports['rows_before']}, after the kill {imports['rows_after_kill']} "
      f"(no half import); reader through nginx: {imports['read_errors_during']} errors in {imports['reads_during']} page loads; "
      f"the same file again afterwards: HTTP {imports['import_afterwards']}.")
print(f"- **PostgreSQL restart under a signed-in session** (fast restart took {restart['restart_s']} s): {restart['failed_requests']} failed "
      f"requests, signed in again after {restart['signed_in_again_after_s']} s with the same session cookie, and a write afterwards is stored.")
backup = faults["backup_restore"]
print(f"- **backup and restore on PostgreSQL while both instances serve**: `regiekamer backup` {backup['backup_s']} s ({backup['dump_mb']} MB), "
      f"a comment posted, `regiekamer restore` {backup['restore_s']} s: the comment is gone, the {backup['comments']} comments of the backup are "
      f"there, and the app answers {backup['serving_afterwards']}.")
print(f"- Checks failed: {len(faults['failures'])}{': ' + '; '.join(faults['failures']) if faults['failures'] else ''}.\n")

oversized = last_json("oversized.json")["oversized"]
print("### Hostile input\n")
schemathesis = read("schemathesis.log")
cases = re.search(r"(\d+) generated, (\d+) passed(?:, (\d+) failed)?", schemathesis)
print(f"- **schemathesis** {settings['schemathesis_version']} against `/api/v1/openapi.json` (check `not_a_server_error`, real ids, a read-write key): "
      + (f"{cases.group(1)} generated cases, {cases.group(2)} passed, {cases.group(3) or 0} failed." if cases else "no summary found."))
fuzz = [line for line in read("fuzz.log").splitlines() if line.startswith("fuzz:")]
print(f"- **fuzzing** (`RegiekamerFuzz`: mutated figure files through the parser, DOCX and iCalendar with hostile text): {fuzz[-1][6:] if fuzz else 'no summary'}.")
print(f"- **oversized bodies**: form of 3 MB → {oversized['form_3mb']}; API body of 3 MB → {oversized['api_3mb']}; figure upload declaring 2 GB via nginx "
      f"→ {oversized['upload_2gb_via_nginx']['status']} in {oversized['upload_2gb_via_nginx']['seconds']} s; declaring 600 MB straight to an instance "
      f"→ {oversized['upload_600mb_direct']['status']} in {oversized['upload_600mb_direct']['seconds']} s.")
bombs = last_json("formbomb.json")["formbomb"]
shapes = ", ".join(f"{name.replace('_', ' ')} → {bombs[name]['status']} in {bombs[name]['p50_ms']} ms (p50)"
                   for name in ["repeated_keys", "nested_keys", "many_fields", "long_key", "many_parts"])
parallel = bombs["parallel"]
print(f"- **form bombs** of 2 MB without signing in, straight to one instance (bounds {bombs['bounds']['refuse_ms']:.0f} ms per refusal, "
      f"{bombs['bounds']['health_ms']:.0f} ms for `/health`): {shapes}; 16 nested-key bombs at once: answered "
      f"{'/'.join(str(s) for s in parallel['statuses'])} in {parallel['seconds']} s, `/health` p50 {parallel['health_p50_ms']} ms and at most "
      f"{parallel['health_max_ms']} ms meanwhile (alone {parallel['health_baseline_ms']} ms).")
