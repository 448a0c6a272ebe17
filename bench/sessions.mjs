// Booking under load and the session list with 10,000 sessions, against a running server on
// a SQLite file (bench/sessions.sh starts it). No npm packages: Node 20 fetch, and Python's
// sqlite3 module for seeding and for checking the database afterwards.
//
//   node bench/sessions.mjs --base URL --db FILE --mail DIR [--clients 1000] [--concurrency 64]
//                           [--seats 20] [--sessions 10000]
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const base = args.base;
const clients = Number(args.clients ?? 1000);
const concurrency = Number(args.concurrency ?? 64);
const seats = Number(args.seats ?? 20);
const sessions = Number(args.sessions ?? 10000);
const PASSWORD = "fiets tulp regen";

const sql = (script, ...params) =>
  execFileSync("python3", ["-c", `import sqlite3,sys,json\ndb=sqlite3.connect(sys.argv[1],timeout=30)\n${script}\ndb.commit()`, args.db, ...params.map(String)]).toString();

function cookieOf(response, jar) {
  for (const c of response.headers.getSetCookie()) jar.set(c.split("=")[0], c.split(";")[0]);
}
async function post(path, fields, jar) {
  const response = await fetch(base + path, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html", cookie: [...jar.values()].join("; ") },
    body: new URLSearchParams(fields),
  });
  cookieOf(response, jar);
  await response.arrayBuffer();
  return response;
}

async function pool(items, n, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

// 1. One real account (sign-up and the mailed link), whose password hash the others share:
//    a thousand Argon2 hashes would only measure the seeding.
const first = `bench-0-${Date.now()}@example.nl`;
await post("/account/sign-up", { display_name: "Bench 0", email: first, role: "migrant", password: PASSWORD, password_repeat: PASSWORD, lang: "nl" }, new Map());
let token;
for (let i = 0; i < 100 && !token; i++) {
  for (const file of readdirSync(args.mail)) {
    const text = readFileSync(join(args.mail, file), "utf8").replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    token = token ?? text.match(/\/account\/verify\?token=([\w-]+)/)?.[1];
  }
  if (!token) await new Promise((r) => setTimeout(r, 100));
}
if (!token) throw new Error("no verification mail");
await post("/account/verify", { token }, new Map());

// 2. The other people, the bench session (few seats) and 10,000 other sessions.
const emails = Array.from({ length: clients }, (_, i) => (i === 0 ? first : `bench-${i}-${Date.now()}@example.nl`));
const seeded = JSON.parse(
  sql(
    `
hash = db.execute("select password_hash from users where email = ?", (sys.argv[2],)).fetchone()[0]
emails = json.loads(sys.argv[3])
db.executemany("insert into users (email, password_hash, role, display_name, locale, email_verified_at, created_at) values (?, ?, 'migrant', ?, 'nl', 1, 1)",
               [(e, hash, "Bench " + str(i + 1)) for i, e in enumerate(emails[1:])])
def session(title, municipality, starts, capacity):
    return (municipality, title, "Bench", starts, starts + 5400, "Stadhuis", "", "", "", capacity, "nl,ar", 0, 0, 1, 2, starts, 1, 1)
cols = "municipality, title, description, starts_at, ends_at, place, room, accessibility, online_url, capacity, languages, interpreter, childcare, partner_welcome, max_party, registration_deadline, created_at, updated_at"
marks = ",".join("?" * 18)
import time
now = int(time.time())
db.executemany(f"insert into info_sessions ({cols}) values ({marks})",
               [session("Sessie %d" % i, ["0344", "0363", "0599", "0518"][i % 4], now + 86400 + i * 600, 30) for i in range(int(sys.argv[4]))])
cur = db.execute(f"insert into info_sessions ({cols}) values ({marks})", session("Bench", "0344", now + 86400, int(sys.argv[5])))
print(json.dumps({"session": cur.lastrowid}))
`,
    first,
    JSON.stringify(emails),
    sessions,
    seats,
  ),
);
const sessionId = seeded.session;

// 3. Everyone signs in (own cookie jar), then books at once: `concurrency` clients in flight.
const jars = emails.map(() => new Map());
const signIns = await pool(emails, concurrency, (email, i) => post("/account/sign-in", { email, password: PASSWORD }, jars[i]));
const signedIn = signIns.filter((r) => r.headers.get("location") === "/account").length;
if (signedIn !== clients) throw new Error(`only ${signedIn} of ${clients} signed in`);

const latencies = [];
const outcomes = {};
const started = performance.now();
await pool(jars, concurrency, async (jar) => {
  const t = performance.now();
  const response = await post(`/sessions/${sessionId}/book`, { party: "1" }, jar);
  latencies.push(performance.now() - t);
  const key = `${response.status} ${(response.headers.get("location") ?? "").split("done=")[1] ?? ""}`;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
});
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const check = JSON.parse(
  sql(
    `
s = sys.argv[2]
taken, capacity = db.execute("select seats_taken, capacity from info_sessions where id = ?", (s,)).fetchone()
confirmed = db.execute("select count(*) from bookings where session_id = ? and status = 'confirmed'", (s,)).fetchone()[0]
live = db.execute("select count(*) from bookings where session_id = ? and status <> 'cancelled'", (s,)).fetchone()[0]
people = db.execute("select count(distinct migrant_id) from bookings where session_id = ? and status <> 'cancelled'", (s,)).fetchone()[0]
print(json.dumps({"taken": taken, "capacity": capacity, "confirmed": confirmed, "live": live, "people": people}))
`,
    sessionId,
  ),
);

// 4. The session list with 10,000 sessions in the database: one municipality, one language.
const listLatencies = [];
await pool(Array.from({ length: 400 }), 4, async () => {
  const t = performance.now();
  const response = await fetch(`${base}/sessions?municipality=0344&language=ar`, { headers: { accept: "text/html" } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`list: ${response.status}`);
  listLatencies.push(performance.now() - t);
});
listLatencies.sort((a, b) => a - b);

console.log(
  JSON.stringify({
    clients,
    concurrency,
    seats,
    sessions_in_db: sessions + 1,
    bookings_per_second: Math.round(clients / seconds),
    booking_p50_ms: Math.round(percentile(latencies, 50)),
    booking_p99_ms: Math.round(percentile(latencies, 99)),
    outcomes,
    database: check,
    list_p50_ms: Math.round(percentile(listLatencies, 50) * 10) / 10,
    list_p95_ms: Math.round(percentile(listLatencies, 95) * 10) / 10,
  }),
);
