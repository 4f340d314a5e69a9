#!/usr/bin/env python3
"""Writes docs/census.md from the results scripts/census.sh left in DIR.

Usage: census_table.py DIR LINK...   (Markdown on standard output)
"""

import json
import os
import sys

EXIT_MEANING = {0: "ok", 1: "parse", 2: "error", 3: "build", 124: "timeout"}


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def read_env(dir_):
    env = {}
    try:
        with open(os.path.join(dir_, "run.env")) as f:
            for line in f:
                k, _, v = line.strip().partition("=")
                env[k] = v
    except OSError:
        pass
    return env


def row(dir_, link):
    meta = load(os.path.join(dir_, f"{link}.meta.json"))
    if meta is None:
        return None
    report = load(os.path.join(dir_, f"{link}.json"))
    r = {"link": link, "meta": meta, "report": report}
    if report is not None:
        s = report["summary"]
        r["bound"] = s["callables"]["bound"]
        r["total"] = s["callables"]["total"]
        r["declarations"] = s["declarations"]
        r["compiled"] = report.get("compiled")
        reasons = sorted(s.get("by_reason", {}).items(), key=lambda kv: (-kv[1], kv[0]))
        r["reasons"] = reasons[:5]
        r["builds"] = report.get("builds", meta["cargo_builds"])
        r["headers"] = len(report.get("headers", []))
    else:
        r["builds"] = meta["cargo_builds"]
    return r


def cell_exit(meta):
    code = meta["exit"]
    if meta.get("timed_out"):
        return f"killed after {meta['timeout']} s"
    return f"{code} ({EXIT_MEANING.get(code, 'error')})"


def render(dir_, links):
    env = read_env(dir_)
    rows = [r for r in (row(dir_, link) for link in links) if r is not None]
    out = []
    w = out.append
    w("# Library census")
    w("")
    w("`cxxbind coverage` run with **no config** on Debian libraries the corpus")
    w("(`../shared/corpus.md`) does not name: how much of an unknown library binds,")
    w("and where it breaks. Produced by `scripts/census.sh` (see its header);")
    w("the figures below are one run.")
    w("")
    w(f"- date: {env.get('date', '?')}")
    w(f"- cxxbind commit: `{env.get('commit', '?')}` (release build)")
    w("- command, per library: `cxxbind coverage HEADER [FLAGS] --link LIB --format json -o DIR/LIB.json -v`"
      " (FLAGS only where the header refuses to parse without a definition, shown after the header)")
    w(f"- a run still going after {env.get('timeout', '?')} s is killed and recorded as such;"
      " libraries run one after the other")
    rerun = [f"{r['link']} ({r['meta']['timeout']} s)" for r in rows
             if str(r["meta"]["timeout"]) != env.get("timeout")]
    if rerun:
        w(f"- re-run alone with another time limit: {', '.join(rerun)}")
    w("")
    w("## Columns")
    w("")
    w("- **package**, **header**, **link**: the Debian package, the header given to")
    w("  `coverage`, and its `--link` name.")
    w("- **exit**: cxxbind's exit code (0 ok, 1 the headers do not parse, 2 other error,")
    w("  3 the generated crate did not build: some declarations reported `build-failed`,")
    w("  or no report at all).")
    w("- **compiled**: the report's `compiled` (the final crate built); `—` when no report")
    w("  was written.")
    w("- **callables**: the report's `summary.callables`, bound / total.")
    w("- **independent**: public callables counted without cxxbind by")
    w("  `scripts/census_count.py` (clang's JSON AST of the same header, same scope")
    w("  rule: user-declared, public, non-deleted functions, methods, constructors,")
    w("  destructors, operators, function templates; members of class templates from")
    w("  the template). A large gap to **total** means cxxbind lost declarations before")
    w("  judging them.")
    w("- **builds**: cargo builds `coverage` ran (the report's `builds` when it has one,")
    w("  else counted by a `$CARGO` wrapper): 1 is a clean first build; more means")
    w("  bisection after a failed build.")
    w("- **s**: wall time in seconds.")
    w("- **top reasons**: the five largest `summary.by_reason` entries.")
    w("")
    w("## Results")
    w("")
    w("| package | header | link | exit | compiled | callables | independent | builds | s | top reasons |")
    w("|---|---|---|---|---|---:|---:|---:|---:|---|")
    for r in rows:
        m = r["meta"]
        ind = (m.get("independent") or {}).get("callables")
        ind = "?" if ind is None else str(ind)
        header = m["header"].replace("/usr/include/", "")
        if m.get("flags"):
            header += f"` `{m['flags']}"
        if r["report"] is None:
            w(f"| {m['package']} | `{header}` | {r['link']} | {cell_exit(m)} | — | — | {ind} |"
              f" {r['builds']} | {m['seconds']} | |")
            continue
        reasons = ", ".join(f"`{k}` {v}" for k, v in r["reasons"])
        w(f"| {m['package']} | `{header}` | {r['link']} | {cell_exit(m)} |"
          f" {str(r['compiled']).lower()} | {r['bound']}/{r['total']} | {ind} |"
          f" {r['builds']} | {m['seconds']} | {reasons} |")
    w("")
    w("## Totals")
    w("")
    with_report = [r for r in rows if r["report"] is not None]
    bound = sum(r["bound"] for r in with_report)
    total = sum(r["total"] for r in with_report)
    def independent(r):
        return (r["meta"].get("independent") or {}).get("callables") or 0

    indep = sum(independent(r) for r in rows)
    indep_reported = sum(independent(r) for r in with_report)
    pct = f"{100 * bound / total:.1f}%" if total else "n/a"
    ok = sum(1 for r in rows if r["meta"]["exit"] == 0)
    compiled = sum(1 for r in with_report if r["compiled"])
    both = sum(1 for r in with_report if r["compiled"] and r["meta"]["exit"] == 0)
    timed_out = sum(1 for r in rows if r["meta"].get("timed_out"))
    many_builds = sum(1 for r in rows if isinstance(r["builds"], int) and r["builds"] > 3)
    empty = sum(1 for r in with_report if r["declarations"] == 0)
    no_callables = sum(1 for r in with_report if r["total"] == 0)
    w(f"- libraries run: {len(rows)}")
    w(f"- exit 0: {ok}; `compiled: true`: {compiled}; both: {both}")
    w(f"- no report: {len(rows) - len(with_report)} (of which killed by the timeout: {timed_out})")
    w(f"- more than 3 builds: {many_builds}; zero declarations: {empty};"
      f" zero callables: {no_callables}")
    w(f"- callables bound / total (libraries with a report): {bound}/{total} = {pct}")
    w(f"- independent count of public callables: {indep_reported} in the same libraries,"
      f" {indep} in all (the difference is in libraries without a report)")
    w("")
    return "\n".join(out)


def main():
    dir_, links = sys.argv[1], sys.argv[2:]
    sys.stdout.write(render(dir_, links))
    return 0


if __name__ == "__main__":
    sys.exit(main())
