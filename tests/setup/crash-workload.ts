import { expect } from "vitest";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { signInOverHttp } from "./http-sign-in.ts";
import { type RunningServer, startServerProcess } from "./server-process.ts";

/**
 * Crash safety: the real server writes under load, is killed with SIGKILL at a random moment, restarted,
 * and every write it acknowledged with a 2xx must be there, complete. Shared by the SQLite and the
 * PostgreSQL crash tests, which differ only in how the server finds its database and how it is read.
 */
export const CRASH_KILLS = Number(process.env.CRASH_KILLS ?? 5);
const WRITERS = 4;
export const ADVISOR = "advisor@hildesheim.example";
export const DEMO_PASSWORD = "ankommen-demo";

export type Acknowledged = {
  persons: Map<string, string>; // id → family name
  cases: Map<string, string>; // id → person id
  activities: Map<string, string>; // id → case id
  placements: Map<string, string>; // id → stage it was acknowledged in
};

export type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let serial = 0;
const letters = "bcdfghklmnprstvwz";
const word = (n: number) =>
  Array.from({ length: 8 }, (_, i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join("");

let lastSession: string | null = null;

/**
 * The advisor's full session, code step included. Sessions live in the database, so the one from an
 * earlier round survives the kill: reusing it keeps the rounds clear of the 30 s code replay window.
 */
async function signIn(baseUrl: string) {
  if (lastSession) {
    const me = await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie: lastSession } });
    if (me.ok && ((await me.json()) as { nextStep: string | null }).nextStep === null) return lastSession;
  }
  lastSession = await signInOverHttp(baseUrl, ADVISOR);
  return lastSession;
}

function api(baseUrl: string, cookie: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", origin: baseUrl, cookie },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}
type Api = ReturnType<typeof api>;

/** An open offer with room for every placement the run accepts, if the app has offers and placements. */
async function prepareOffer(call: Api): Promise<string | null> {
  const companies = await call("GET", "/api/companies?limit=1");
  const companyId = companies.body?.items?.[0]?.id;
  if (companies.status !== 200 || !companyId) return null;
  const offer = await call("POST", "/api/offers", {
    companyId,
    type: "tth_internship",
    title: "Absturz-Praktikum",
    occupation: "81302",
    district: "lk-hildesheim",
    places: 100,
    status: "open",
  });
  return offer.status === 201 ? offer.body.id : null;
}

/** One writer: person → case → activity (→ consent → placement → accepted), over and over until it fails. */
async function writer(call: Api, acks: Acknowledged, offerId: string | null, stop: () => boolean) {
  const today = todayInBerlin();
  while (!stop()) {
    try {
      serial++;
      const familyName = `${word(serial * 7919 + Date.now())}a`;
      const person = await call("POST", "/api/persons", {
        familyName,
        givenNames: `${word(serial * 104729 + 3)}o`,
        birthDate: `19${60 + (serial % 40)}-0${1 + (serial % 9)}-1${serial % 9}`,
        nationality: "SY",
        district: "lk-hildesheim",
      });
      if (person.status !== 201) continue;
      acks.persons.set(person.body.id, familyName);
      const created = await call("POST", "/api/cases", {
        personId: person.body.id,
        concerns: ["job_search"],
        sourceChannel: "walk_in",
      });
      if (created.status !== 201) continue;
      acks.cases.set(created.body.id, person.body.id);
      const activity = await call("POST", `/api/cases/${created.body.id}/activities`, {
        type: "consultation",
        occurredOn: today,
        text: "Erstgespräch nach dem Absturz",
      });
      if (activity.status === 201) acks.activities.set(activity.body.id, created.body.id);
      if (!offerId || serial % 2 === 0) continue;
      const consent = await call("POST", `/api/persons/${person.body.id}/consents`, {
        purpose: "employer_sharing",
        givenOn: today,
        channel: "paper",
        noticeVersion: "2026-01",
      });
      if (consent.status !== 201) continue;
      const placement = await call("POST", "/api/placements", { offerId, personId: person.body.id });
      if (placement.status !== 201) continue;
      acks.placements.set(placement.body.id, "proposed");
      const accepted = await call("POST", `/api/placements/${placement.body.id}/transitions`, {
        version: placement.body.version,
        to: "accepted",
      });
      if (accepted.status === 200) acks.placements.set(placement.body.id, "accepted");
    } catch {
      return; // the server is gone
    }
  }
}

export type CrashRun = { kills: number; verified: number; acks: Acknowledged; placementsTested: boolean };

/**
 * Runs `kills` rounds of: start the server on the same database, write from several writers at once,
 * SIGKILL after a random 150–1200 ms, then `verify` what was acknowledged (with the server down).
 */
export async function crashRounds(
  env: Record<string, string>,
  verify: (acks: Acknowledged) => Promise<number>,
  kills = CRASH_KILLS,
): Promise<CrashRun> {
  const acks: Acknowledged = {
    persons: new Map(),
    cases: new Map(),
    activities: new Map(),
    placements: new Map(),
  };
  let offerId: string | null = null;
  let verified = 0;
  for (let round = 0; round < kills; round++) {
    const server: RunningServer = await startServerProcess(env);
    try {
      const call = api(server.baseUrl, await signIn(server.baseUrl));
      // A fresh offer each round, so its 100 places never run out in a long soak.
      offerId = await prepareOffer(call);
      let stopped = false;
      const writers = Array.from({ length: WRITERS }, () => writer(call, acks, offerId, () => stopped));
      await sleep(150 + Math.random() * 1050);
      server.child.kill("SIGKILL");
      await server.exited;
      stopped = true;
      await Promise.all(writers);
    } finally {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
    }
    verified = await verify(acks);
  }
  return { kills, verified, acks, placementsTested: acks.placements.size > 0 || offerId !== null };
}

/** Checks every acknowledged write and the invariants that a half-written transaction would break. */
export async function verifyAcknowledged(query: Query, acks: Acknowledged): Promise<number> {
  const rows = async (text: string) => query(text);
  const persons = new Map(
    (await rows("select id, family_name from persons")).map((row) => [
      String(row.id),
      String(row.family_name),
    ]),
  );
  for (const [id, familyName] of acks.persons) expect(persons.get(id), `person ${id}`).toBe(familyName);
  const cases = new Map(
    (await rows("select id, person_id from cases")).map((row) => [String(row.id), String(row.person_id)]),
  );
  for (const [id, personId] of acks.cases) expect(cases.get(id), `case ${id}`).toBe(personId);
  const activities = new Map(
    (await rows("select id, case_id from case_activities")).map((row) => [
      String(row.id),
      String(row.case_id),
    ]),
  );
  for (const [id, caseId] of acks.activities) expect(activities.get(id), `activity ${id}`).toBe(caseId);
  const placementStages = new Map(
    (await rows("select id, stage from placements").catch(() => [])).map((row) => [
      String(row.id),
      String(row.stage),
    ]),
  );
  // A step may have been committed without its answer arriving before the kill: at least the acknowledged stage.
  for (const [id, stage] of acks.placements) {
    expect(stage === "proposed" ? ["proposed", "accepted"] : [stage], `placement ${id}`).toContain(
      placementStages.get(id),
    );
  }

  // Nothing half-written: every person not anonymised (the demo data holds one, whose name is gone) has
  // its name tokens, cases their person, the open-case summary
  // points at an open case, and every audit-worthy write has its audit entry.
  expect(
    await rows(
      "select id from persons where anonymised_at is null and id not in (select person_id from person_name_tokens)",
    ),
  ).toEqual([]);
  expect(await rows("select id from cases where person_id not in (select id from persons)")).toEqual([]);
  expect(await rows("select id from case_activities where case_id not in (select id from cases)")).toEqual(
    [],
  );
  expect(
    await rows(
      "select p.id from persons p left join cases c on c.id = p.open_case_id " +
        "where p.open_case_id is not null and (c.id is null or c.status = 'closed' or c.person_id <> p.id)",
    ),
  ).toEqual([]);
  expect(
    await rows(
      "select c.id from cases c join persons p on p.id = c.person_id " +
        "where c.status <> 'closed' and (p.open_case_id is null or p.open_case_id <> c.id)",
    ),
  ).toEqual([]);
  expect(
    await rows(
      "select id from persons where id not in (select entity_id from audit_log where action = 'person.create') " +
        "and created_by is not null",
    ),
  ).toEqual([]);
  if (placementStages.size > 0) {
    // Placement counters: the places an offer counts as taken are exactly its placements holding one.
    expect(
      await rows(
        "select o.id, o.places_taken, (select count(*) from placements p where p.offer_id = o.id " +
          "and p.stage in ('accepted', 'running', 'completed')) as holding from offers o " +
          "where o.places_taken <> (select count(*) from placements p where p.offer_id = o.id " +
          "and p.stage in ('accepted', 'running', 'completed'))",
      ),
    ).toEqual([]);
  }
  return acks.persons.size + acks.cases.size + acks.activities.size + acks.placements.size;
}

export function reportCrash(lane: string, run: CrashRun, started: number) {
  const { acks } = run;
  process.stdout.write(
    `[crash] ${lane}: ${run.kills} kills survived, ${run.verified} acknowledged writes verified ` +
      `(${acks.persons.size} persons, ${acks.cases.size} cases, ${acks.activities.size} activities, ` +
      `${run.placementsTested ? `${acks.placements.size} placements` : "no /api/placements"}) ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

export const READ_CRASH_KILLS = Number(process.env.READ_CRASH_KILLS ?? 10);
export const MIN_ANSWERED_READS = 1_000;
const READERS = 6;

export type ReadCrashRun = { kills: number; answered: number; audited: number };

/**
 * No read lost: several readers fetch persons, each request with its own request id, the server is killed with
 * SIGKILL at a random moment, and every read answered with 200 must have its committed audit entry. Rounds run
 * until `kills` kills and at least `MIN_ANSWERED_READS` answered reads.
 */
export async function readCrashRounds(
  env: Record<string, string>,
  auditedRequestIds: (requestIds: string[]) => Promise<Set<string>>,
  kills = READ_CRASH_KILLS,
): Promise<ReadCrashRun> {
  let answered = 0;
  let audited = 0;
  let round = 0;
  while (round < kills || answered < MIN_ANSWERED_READS) {
    round++;
    const server: RunningServer = await startServerProcess(env);
    const answeredNow: string[] = [];
    try {
      const cookie = await signIn(server.baseUrl);
      const list = await fetch(`${server.baseUrl}/api/persons?limit=50`, { headers: { cookie } });
      const ids = ((await list.json()) as { items: { id: string }[] }).items.map((item) => item.id);
      expect(ids.length).toBeGreaterThan(0);
      let stopped = false;
      const reader = async (n: number) => {
        for (let i = 0; !stopped; i++) {
          const requestId = `crash-read-${round}-${n}-${i}`;
          try {
            const response = await fetch(`${server.baseUrl}/api/persons/${ids[i % ids.length]}`, {
              headers: { cookie, "x-request-id": requestId },
            });
            await response.arrayBuffer();
            if (response.status === 200) answeredNow.push(requestId);
          } catch {
            return; // the server is gone
          }
        }
      };
      const readers = Array.from({ length: READERS }, (_, n) => reader(n));
      await sleep(300 + Math.random() * 1200);
      server.child.kill("SIGKILL");
      await server.exited;
      stopped = true;
      await Promise.all(readers);
    } finally {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
    }
    const found = await auditedRequestIds(answeredNow);
    const lost = answeredNow.filter((requestId) => !found.has(requestId));
    expect(lost, `round ${round}: answered reads without a committed audit entry`).toEqual([]);
    answered += answeredNow.length;
    audited += found.size;
  }
  return { kills: round, answered, audited };
}

export function reportReadCrash(lane: string, run: ReadCrashRun, started: number) {
  process.stdout.write(
    `[crash] ${lane}: ${run.kills} kills under read load, ${run.answered} answered reads, ${run.audited} with ` +
      `their committed audit entry, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
