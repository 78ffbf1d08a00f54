import { beforeAll, describe, expect, it } from "vitest";
import { CandidateSchema, PlacementSchema } from "#shared/schemas/placement.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { samplePdf, uploadFile } from "../factories/documents.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, signIn } from "../setup/http.ts";
import { apiRoutes } from "../setup/routes.ts";
import { ORIGIN, setupTestApp } from "../setup/test-app.ts";
import { type Caller, matrix, type Target } from "./authorization-matrix.ts";

/**
 * The contact gate, walked the way an employer would harvest: every route the employer role may call
 * (the authorization matrix's rows with an employer status below 400, so a new employer route is
 * walked as soon as it has its row) is called with a person in every placement state, and no answer
 * may carry any part of the person's names, transliteration, contact or text typed by staff until an
 * advisor released the contact. Afterwards it appears in that placement's candidate view only.
 */
const { app, db } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let employer: Client;
let target: Target;
let awaiting: { id: string };
const fixtureIds: string[] = [];
/** A document of the person shared for a placement while it was released; the placement was declined since. */
let sharedDocumentId = "";

const staffMarker = "Quxwertz";
const secrets = {
  names: ["Zaynab", "Miray", "Al-Khouri", "Khouri"],
  transliteration: ["Zainab", "Miraj", "al-Churi", "Churi"],
  contact: [
    "zaynab.alkhouri@example.org",
    "zaynab.alkhouri",
    "alkhouri",
    "5121 987654",
    "987654",
    "495121987654",
  ],
  staffText: [staffMarker],
};
const allSecrets = Object.values(secrets).flat();
const leaksIn = (text: string) =>
  allSecrets.filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));

const employerRows = () => {
  const existing = new Set(apiRoutes(app).map((route) => `${route.method} ${route.path}`));
  return matrix.filter((row) => existing.has(`${row.method} ${row.path}`) && row.own.employer < 400);
};

async function send(client: Client, method: string, url: string, body?: unknown) {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (client.cookie) headers.cookie = client.cookie;
  if (method !== "GET") headers["content-type"] = "application/json";
  const response = await app.request(url, {
    method,
    headers,
    ...(method !== "GET" && { body: JSON.stringify(body ?? {}) }),
  });
  return { status: response.status, text: await response.text() };
}

const ok = async (response: Response, what: string) => {
  expect(response.ok, `${what}: ${response.status} ${await response.clone().text()}`).toBe(true);
  return response.json() as Promise<Record<string, unknown> & { id: string; version: number }>;
};

type Answer = { label: string; status: number; expected?: number; text: string };

async function walk(): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const row of employerRows()) {
    if (!row.releasesContact) {
      const fresh = row.freshSession ? await freshEmployer() : { client: employer, caller: employerCaller() };
      const built = row.request ? await row.request(target, fresh.caller) : {};
      const path = row.path.replace(/:([a-zA-Z]+)/g, (_match, name: string) => built.params?.[name] ?? "");
      const url = built.query ? `${path}?${built.query}` : path;
      answers.push({
        label: `${row.method} ${row.path}`,
        expected: row.own.employer,
        ...(await send(fresh.client, row.method, url, built.body)),
      });
    }
    // Reads with an id are also asked for every placement and offer of the fixture.
    if (row.method === "GET" && row.path.includes(":id"))
      for (const id of fixtureIds)
        answers.push({
          label: `${row.method} ${row.path} (${id})`,
          ...(await send(
            employer,
            "GET",
            row.path.replace(":id", id).replace(":documentId", sharedDocumentId),
          )),
        });
  }
  return answers;
}

const employerCaller = (): Caller => ({ role: "employer", email: cast.own.employer.email });
async function freshEmployer() {
  const user = await createUser(db, {
    role: "employer",
    centreId: cast.own.centre.id,
    companyId: cast.own.company.id,
  });
  return {
    client: await signIn(app, user.email, TEST_PASSWORD),
    caller: { role: "employer", email: user.email } as Caller,
  };
}

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
  const person = await createPerson(db, cast.own.centre.id, {
    givenNames: "Zaynab Miray",
    familyName: "Al-Khouri",
    nameLatin: "Zainab Miraj al-Churi",
    email: "zaynab.alkhouri@example.org",
    phone: "+49 5121 987654",
    nationality: "SY",
    languages: ["ar", "de"],
    notes: `${staffMarker}: Familie noch in Aleppo`,
    qualifications: [{ occupation: "22342", title: `Tischlerin ${staffMarker}`, country: "SY", year: 2016 }],
    targetOccupation: "22342",
  });
  const today = todayInBerlin();
  const caseRecord = await ok(
    await advisor.post("/api/cases", {
      personId: person.id,
      concerns: ["job_search"],
      sourceChannel: "walk_in",
    }),
    "case",
  );
  const activity = await ok(
    await advisor.post(`/api/cases/${caseRecord.id}/activities`, {
      type: "consultation",
      occurredOn: today,
      text: `Erstgespräch ${staffMarker}`,
    }),
    "activity",
  );
  const consent = await ok(
    await advisor.post(`/api/persons/${person.id}/consents`, {
      purpose: "employer_sharing",
      givenOn: today,
      channel: "paper",
      noticeVersion: "2026-01",
    }),
    "consent",
  );
  const task = await ok(
    await advisor.post("/api/tasks", {
      caseId: caseRecord.id,
      title: `Rückruf ${staffMarker}`,
      dueOn: today,
    }),
    "task",
  );
  const userId = (await createUser(db, { role: "advisor", centreId: cast.own.centre.id })).id;
  target = {
    personId: person.id,
    caseId: caseRecord.id,
    activityId: activity.id,
    consentId: consent.id,
    taskId: task.id,
    centreId: cast.own.centre.id,
    peerCentreId: cast.other.centre.id,
    companyId: cast.own.company.id,
    userId,
    // Employers are refused staff requests before any record is read.
    staffRequestId: userId,
    settleStaffRequests: async () => {},
    versionOf: async (table, id) =>
      Number(
        (
          (await db
            .selectFrom(table as "tasks")
            .select("version")
            .where("id", "=", id)
            .executeTakeFirst()) ?? { version: Number.NaN }
        ).version,
      ),
    createDocument: async () => {
      const response = await uploadFile(app, advisor, person.id, { bytes: samplePdf([staffMarker]) });
      return (((await response.json()) as { document?: { id: string } }).document?.id ?? "") as string;
    },
    createImportRun: async () => "",
    create: async (path, body) => {
      const response = await advisor.post(path, body);
      // The walked person consents already: the matrix's builders ask for the consent again.
      if (response.status === 409 && path.endsWith("/consents")) return { id: consent.id };
      return ok(response, `setup POST ${path}`);
    },
  };

  /** One offer per placement: a person is on an offer once at a time. */
  const propose = async () => {
    const offer = await ok(
      await advisor.post("/api/offers", {
        companyId: cast.own.company.id,
        type: "apprenticeship",
        title: "Ausbildung Tischler/in",
        occupation: "22342",
        status: "open",
      }),
      "offer",
    );
    fixtureIds.push(offer.id);
    const placement = await ok(
      await advisor.post("/api/placements", {
        offerId: offer.id,
        personId: person.id,
        advisorNote: `Beraternotiz ${staffMarker}`,
      }),
      "placement",
    );
    fixtureIds.push(placement.id);
    return placement;
  };
  const asEmployer = async (id: string, to: string, extra: Record<string, unknown> = {}) => {
    const version = await target.versionOf("placements", id);
    return ok(
      await employer.post(`/api/candidates/${id}/transitions`, { version, to, ...extra }),
      `employer → ${to}`,
    );
  };
  const releaseContact = async (id: string) =>
    ok(
      await advisor.post(`/api/placements/${id}/contact-release`, {
        version: await target.versionOf("placements", id),
      }),
      "release",
    );

  // Declined after a release, then cancelled by the centre with a note: both hide the contact again.
  const declined = await propose();
  await asEmployer(declined.id, "accepted");
  await releaseContact(declined.id);
  sharedDocumentId = await target.createDocument();
  await ok(
    await advisor.post(`/api/documents/${sharedDocumentId}/shares`, { placementId: declined.id }),
    "share",
  );
  await asEmployer(declined.id, "declined", { reason: "impression", note: "passt nicht" });
  const cancelled = await propose();
  await asEmployer(cancelled.id, "accepted");
  await releaseContact(cancelled.id);
  await ok(
    await advisor.post(`/api/placements/${cancelled.id}/transitions`, {
      version: await target.versionOf("placements", cancelled.id),
      to: "cancelled",
      reason: "moved_away",
      note: `Abbruch ${staffMarker}`,
    }),
    "cancel",
  );
  // Proposed, at the interview with feedback, and accepted by the employer: awaiting the release.
  await propose();
  const interview = await propose();
  await asEmployer(interview.id, "interview");
  awaiting = await propose();
  await asEmployer(awaiting.id, "accepted");
}, 120_000);

describe(`employer contact gate (${lane})`, () => {
  it("walks every employer route of the matrix", () => {
    const walked = employerRows().map((row) => `${row.method} ${row.path}`);
    expect(walked).toEqual(
      expect.arrayContaining(["GET /api/candidates", "GET /api/candidates/:id", "GET /api/offers"]),
    );
    expect(walked.length).toBeGreaterThanOrEqual(15);
  });

  it("shows no part of the name, transliteration, contact or staff text anywhere before the release", async () => {
    const answers = await walk();
    const leaks = answers
      .map((answer) => ({ label: answer.label, status: answer.status, leaks: leaksIn(answer.text) }))
      .filter((answer) => answer.leaks.length > 0);
    expect(leaks).toEqual([]);
    const unexpected = answers
      .filter((answer) => answer.expected !== undefined && answer.status !== answer.expected)
      .map((answer) => `${answer.label}: ${answer.status} ${answer.text.slice(0, 200)}`);
    expect(unexpected).toEqual([]);
    // The walk reached the person: the candidates list shows every one of the fixture's placements.
    const list = answers.find((answer) => answer.label === "GET /api/candidates");
    for (const id of fixtureIds.slice(1)) expect(list?.text).toContain(id);
  }, 120_000);

  it("after the release shows the contact on that placement's candidate view only", async () => {
    const released = await advisor.post(`/api/placements/${awaiting.id}/contact-release`, {
      version: await target.versionOf("placements", awaiting.id),
    });
    expect(PlacementSchema.parse(await released.json()).contactReleasedAt).not.toBeNull();
    const detail = CandidateSchema.parse(await (await employer.get(`/api/candidates/${awaiting.id}`)).json());
    expect(detail.contact).toEqual({
      fullName: "Zaynab Miray Al-Khouri",
      nameLatin: "Zainab Miraj al-Churi",
      email: "zaynab.alkhouri@example.org",
      phone: "+49 5121 987654",
    });
    const answers = await walk();
    const withoutThatView = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(withoutThatView);
      if (!value || typeof value !== "object") return value;
      const record = value as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(record).map(([key, inner]) => [
          key,
          record.id === awaiting.id && key === "contact" ? null : withoutThatView(inner),
        ]),
      );
    };
    const leaks = answers
      .map((answer) => {
        const parsed = answer.text.startsWith("{") ? (JSON.parse(answer.text) as unknown) : answer.text;
        return { label: answer.label, leaks: leaksIn(JSON.stringify(withoutThatView(parsed))) };
      })
      .filter((answer) => answer.leaks.length > 0);
    expect(leaks).toEqual([]);
    const seenIn = answers.filter((answer) => answer.text.includes("zaynab.alkhouri@example.org"));
    expect(seenIn.length).toBeGreaterThan(0);
    for (const answer of seenIn) expect(answer.label).toMatch(/^GET \/api\/candidates/);
    // Staff texts stay out even then.
    expect(answers.filter((answer) => answer.text.includes(staffMarker))).toEqual([]);
  }, 120_000);
});
