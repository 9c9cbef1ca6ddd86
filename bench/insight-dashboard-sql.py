#!/usr/bin/env python3
"""Times the SQL one insight request runs, statement by statement, with EXPLAIN ANALYZE.

The app must run against DB with `alter database DB set log_statement = 'all'` (new connections log every
statement to the server log). This script makes the request twice (the first warms plans), takes the statements
the second one logged, fills in their parameters, and runs each under EXPLAIN ANALYZE (median of 5 runs, JIT as
the server has it). It prints each statement's execution time and the sum: the request's SQL time, not its HTTP
time.
  bench/insight-dashboard-sql.py DB URL TOKEN [LOG]
With INSIGHT_SQL_OUT=file set, the filled statements are also written there, one a line, to time again later.
"""
import os, re, subprocess, sys, time, urllib.request, statistics

db, url, token = sys.argv[1:4]
log = sys.argv[4] if len(sys.argv) > 4 else "/var/log/postgresql/postgresql-15-main.log"

def get():
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    with urllib.request.urlopen(req) as r:
        r.read()

get()
time.sleep(0.5)
start = open(log, "rb").seek(0, 2)
get()
time.sleep(1.0)
with open(log, "rb") as f:
    f.seek(start)
    text = f.read().decode("utf-8", "replace")

# Lines like "... LOG:  execute <unnamed>: select ..." followed by "... DETAIL:  parameters: $1 = '...', ..."
entries = re.split(r"\n(?=\S+ \S+ \S+ \[\d+\])", text)
statements = []
for e in entries:
    m = re.search(r"LOG:  (?:execute [^:]*|statement): (.*)", e, re.S)
    if m:
        statements.append([m.group(1).strip(), {}])
        continue
    d = re.search(r"DETAIL:  parameters: (.*)", e, re.S)
    if d and statements:
        for k, v in re.findall(r"(\$\d+) = ('(?:[^']|'')*'|NULL)", d.group(1)):
            statements[-1][1][k] = v

def fill(sql, params):
    return re.sub(r"\$\d+", lambda m: params.get(m.group(0), m.group(0)), sql)

if os.environ.get("INSIGHT_SQL_OUT"):
    with open(os.environ["INSIGHT_SQL_OUT"], "w") as out:
        for sql, params in statements:
            out.write(" ".join(fill(sql, params).split()) + "\n")

total = 0.0
for sql, params in statements:
    s = fill(sql, params)
    if not re.match(r"(?is)\s*(select|with)\b", s):
        print(f"{'-':>9}  {s[:110]}")
        continue
    times = []
    for _ in range(5):
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-Atq", "-c",
                              "explain (analyze, timing off) " + s], capture_output=True, text=True)
        t = re.search(r"Execution Time: ([\d.]+) ms", out.stdout)
        if not t:
            print("could not time:", out.stderr.strip()[:200], s[:200])
            break
        times.append(float(t.group(1)))
    if times:
        med = statistics.median(times)
        total += med
        print(f"{med:9.2f}  {s[:110]}")
print(f"{total:9.2f}  total SQL execution time (ms), {len(statements)} statements")
