import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "#server/lib/ids.ts";
import { PersonAccessHistorySchema } from "#shared/schemas/audit.ts";
import { type PersonExport, PersonExportSchema } from "#shared/schemas/person-export.ts";
import { PlacementSchema } from "#shared/schemas/placement.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { samplePdf, samplePng, uploadFile } from "../factories/documents.ts";
import { createOfferRow } from "../factories/employers.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
const today = todayInBerlin();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let employer: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
});

async function ok<T = { id: string; version: number }>(response: Response, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as T;
}

async function exportOf(personId: string): Promise<{ bundle: PersonExport; response: Response }> {
  const response = await advisor.get(`/api/persons/${personId}/export`);
  expect(response.status, await response.clone().text()).toBe(200);
  return { bundle: PersonExportSchema.parse(await response.clone().json()), response };
}

/** A person with a record in every section, made through the API as advisors and employers would. */
async function personWithEverything() {
  const file = await createCaseFile(db, advisor, cast.own.centre.id);
  const personId = file.personId;
  await ok(
    await advisor.post(`/api/persons/${personId}/consents/${file.consentId}/withdraw`, {
      withdrawnOn: today,
    }),
  );
  await ok(
    await advisor.post(`/api/persons/${personId}/language`, {
      source: "assessment",
      date: today,
      levels: { speaking: "B1" },
      assessorType: "advisor",
      assessorName: "Beraterin Sommer",
    }),
    201,
  );
  await ok(
    await advisor.post(`/api/persons/${personId}/consents`, {
      purpose: "employer_sharing",
      givenOn: today,
      channel: "paper",
      noticeVersion: "2026-01",
    }),
    201,
  );
  const offer = await createOfferRow(db, cast.own.company, { title: `Ausbildung ${newId()}` });
  const proposed = PlacementSchema.parse(
    await ok(await advisor.post("/api/placements", { offerId: offer.id, personId }), 201),
  );
  await ok(await employer.get(`/api/candidates/${proposed.id}`));
  const withFeedback = await ok(
    await employer.patch(`/api/candidates/${proposed.id}/feedback`, {
      version: proposed.version,
      feedback: "Sehr zuverlässig beim Probetag",
    }),
  );
  const accepted = await ok(
    await employer.post(`/api/candidates/${proposed.id}/transitions`, {
      version: withFeedback.version,
      to: "accepted",
    }),
  );
  const current = PlacementSchema.parse(await ok(await advisor.get(`/api/placements/${accepted.id}`)));
  await ok(
    await advisor.post(`/api/placements/${proposed.id}/contact-release`, { version: current.version }),
  );
  const programme = await ok(
    await advisor.post("/api/programmes", {
      name: `Talent trifft Handwerk ${newId()}`,
      fundingSource: "esf_plus",
      esfProjectNumber: "ESF-NI-2026-0001",
      startsOn: "2026-01-01",
    }),
    201,
  );
  await ok(
    await advisor.post("/api/enrolments", {
      programmeId: programme.id,
      personId,
      enteredOn: today,
      esfEntry: {
        employmentStatus: "unemployed",
        ageBand: "18_29",
        iscedBand: "3-4",
        thirdCountryNational: true,
      },
    }),
    201,
  );
  const agency = await ok(
    await advisor.post("/api/agencies", { name: `Agentur ${newId()}`, country: "PH" }),
    201,
  );
  await ok(await advisor.put(`/api/persons/${personId}/agency`, { agencyId: agency.id }));
  await ok(await advisor.patch(`/api/persons/${personId}`, { version: 1, phone: "+49 5121 654321" }));
  const passport = await ok<{ document: { id: string } }>(
    await uploadFile(app, advisor, personId, {
      bytes: samplePdf(["Reisepass"]),
      name: "reisepass.pdf",
      type: "passport",
      validUntil: "2031-05-31",
    }),
    201,
  );
  return {
    file,
    offer,
    documentId: passport.document.id,
    placementId: proposed.id,
    programmeId: programme.id,
    agencyId: agency.id,
  };
}

describe("GET /api/persons/:id/export (Art. 15)", () => {
  it("holds everything stored about the person, each section as the app stored it", async () => {
    const made = await personWithEverything();
    const { bundle, response } = await exportOf(made.file.personId);

    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="auskunft-${today}-${made.file.personId}.json"`,
    );
    expect(bundle).toMatchObject({
      formatVersion: 1,
      centre: { id: cast.own.centre.id, name: cast.own.centre.name },
      generatedBy: { name: cast.own.advisor.name, role: "advisor" },
      profile: { id: made.file.personId, phone: "+49 5121 654321", version: 2 },
      documents: {
        items: [
          {
            id: made.documentId,
            type: "passport",
            fileName: "reisepass.pdf",
            contentType: "application/pdf",
            validUntil: "2031-05-31",
          },
        ],
      },
      agency: { id: made.agencyId, country: "PH" },
    });
    expect(bundle.documents.note).not.toBe("");

    const counselling = bundle.consents.find((consent) => consent.purpose === "counselling");
    expect(counselling?.history).toEqual([
      expect.objectContaining({ event: "given", on: today, recordedBy: cast.own.advisor.name }),
      expect.objectContaining({ event: "withdrawn", on: today, recordedBy: cast.own.advisor.name }),
    ]);
    expect(counselling?.history[1]?.recordedAt).not.toBeNull();
    expect(bundle.consents.map((consent) => [consent.purpose, consent.withdrawnOn])).toEqual(
      expect.arrayContaining([
        ["counselling", today],
        ["employer_sharing", null],
      ]),
    );

    expect(bundle.cases).toHaveLength(1);
    expect(bundle.cases[0]).toMatchObject({
      id: made.file.caseId,
      activities: [expect.objectContaining({ id: made.file.activityId, text: "Erstgespräch" })],
      tasks: expect.arrayContaining([
        expect.objectContaining({ id: made.file.taskId, title: "Unterlagen prüfen" }),
        expect.objectContaining({ automatic: true, doneAt: expect.any(String) }),
      ]),
    });
    expect(bundle.language).toEqual([
      expect.objectContaining({
        language: "de",
        assessorName: "Beraterin Sommer",
        levels: expect.anything(),
      }),
    ]);
    expect(bundle.language[0]?.levels.speaking).toBe("B1");
    expect(bundle.placements).toEqual([
      expect.objectContaining({
        id: made.placementId,
        offerTitle: made.offer.title,
        companyName: cast.own.company.name,
        stage: "accepted",
        employerFeedback: "Sehr zuverlässig beim Probetag",
        contactReleasedBy: { id: cast.own.advisor.id, name: cast.own.advisor.name },
      }),
    ]);
    expect(bundle.placements[0]).not.toHaveProperty("allowedStages");
    expect(bundle.enrolments).toEqual([
      expect.objectContaining({
        programmeId: made.programmeId,
        fundingSource: "esf_plus",
        esfEntry: expect.objectContaining({ employmentStatus: "unemployed", thirdCountryNational: true }),
      }),
    ]);
  });

  it("names the companies that received the profile and the contact, and who in the centre acted", async () => {
    const made = await personWithEverything();
    const { bundle } = await exportOf(made.file.personId);

    expect(bundle.recipients).toEqual([
      expect.objectContaining({
        companyId: cast.own.company.id,
        companyName: cast.own.company.name,
        profileSharedOn: today,
        contactReleasedAt: expect.any(String),
      }),
    ]);
    expect(bundle.recipients[0]?.employerAccesses).toBeGreaterThan(0);

    const byAdvisor = bundle.access.filter((entry) => entry.userName === cast.own.advisor.name);
    expect(byAdvisor.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        "person.update",
        "consent.withdraw",
        "case.create",
        "placement.contact_release",
      ]),
    );
    for (const entry of byAdvisor)
      expect(entry).toMatchObject({ role: "advisor", centreName: cast.own.centre.name });
    expect(bundle.access.filter((entry) => entry.role === "employer")).not.toHaveLength(0);
    const times = bundle.access.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("lists every access entry, beyond the newest the person page shows", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const count = 1_205;
    const start = Date.parse("2026-01-05T08:00:00.000Z");
    const rows = Array.from({ length: count }, (_, index) => ({
      id: newId(),
      at: new Date(start + index * 60_000).toISOString(),
      user_id: cast.own.advisor.id,
      user_email: cast.own.advisor.email,
      role: "advisor",
      centre_id: cast.own.centre.id,
      action: "person.read",
      entity: "person",
      entity_id: person.id,
      request_id: null,
      ip: null,
      details: null,
    }));
    for (let offset = 0; offset < count; offset += 400) {
      const slice = rows.slice(offset, offset + 400);
      await db.insertInto("audit_log").values(slice).execute();
      await db
        .insertInto("audit_persons")
        .values(slice.map((row) => ({ person_id: person.id, audit_id: row.id })))
        .execute();
    }

    const { bundle } = await exportOf(person.id);
    expect(bundle.access).toHaveLength(count);
    expect(new Set(bundle.access.map((entry) => entry.id)).size).toBe(count);
  });

  it("is audited as an export, committed before the answer arrives, and shows in the access history", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    await exportOf(person.id);

    const committed = await db
      .selectFrom("audit_log")
      .select(["action", "user_id"])
      .where("entity_id", "=", person.id)
      .where("action", "=", "person.export")
      .execute();
    expect(committed).toEqual([{ action: "person.export", user_id: cast.own.advisor.id }]);

    const history = await ok(await advisor.get(`/api/persons/${person.id}/access-history`));
    expect(PersonAccessHistorySchema.parse(history).items).toContainEqual(
      expect.objectContaining({ action: "person.export", kind: "export", userName: cast.own.advisor.name }),
    );
    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    const audit = await ok<{ items: { action: string; entityId: string }[] }>(
      await admin.get(`/api/audit?action=person.export&entityId=${person.id}`),
    );
    expect(audit.items).toEqual([expect.objectContaining({ action: "person.export", entityId: person.id })]);
  });

  it("is for advisors of the person's centre only", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const path = `/api/persons/${person.id}/export`;
    for (const role of ["manager", "employer", "admin"] as const) {
      const client = await signIn(app, cast.own[role].email, TEST_PASSWORD);
      await expectError(await client.get(path), 403, "forbidden");
    }
    const otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
    await expectError(await otherAdvisor.get(path), 404, "not_found");
    await expectError(await advisor.get("/api/persons/does-not-exist/export"), 404, "not_found");
    const exports = await db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "person.export")
      .where("entity_id", "=", person.id)
      .execute();
    expect(exports).toEqual([]);
  });

  it("includes the files as a ZIP on request: the JSON bundle and each document, byte for byte", async () => {
    const person = await createPerson(db, cast.own.centre.id, { givenNames: "Zoë", familyName: "Archiv" });
    const files = [
      { bytes: samplePdf(["Zeugnis Archiv"]), name: "zeugnis.pdf", type: "qualification_certificate" },
      { bytes: samplePng(40, 30), name: "passfoto.png", type: "other" },
      { bytes: samplePdf(["Zeugnis Archiv zwei"]), name: "zeugnis.pdf", type: "qualification_certificate" },
    ];
    for (const file of files) await ok(await uploadFile(app, advisor, person.id, file), 201);
    const response = await advisor.get(`/api/persons/${person.id}/export?format=zip`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="auskunft-${today}-${person.id}.zip"`,
    );
    const archive = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const bundle = PersonExportSchema.parse(JSON.parse(strFromU8(archive["auskunft.json"] as Uint8Array)));
    expect(bundle.profile.id).toBe(person.id);
    expect(bundle.documents.note).toMatch(/ZIP-Archiv/);
    expect(Object.keys(archive).sort()).toEqual(
      [
        "auskunft.json",
        ...bundle.documents.items.map((item, index) => `dokumente/${index + 1}-${item.fileName}`),
      ].sort(),
    );
    const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
    bundle.documents.items.forEach((item, index) => {
      const bytes = archive[`dokumente/${index + 1}-${item.fileName}`] as Uint8Array;
      expect(sha256(bytes)).toBe(item.sha256);
    });
    expect(bundle.documents.items.map((item) => item.sha256).sort()).toEqual(
      files.map((file) => sha256(file.bytes)).sort(),
    );
    const entry = await db
      .selectFrom("audit_log")
      .select("details")
      .where("request_id", "=", response.headers.get("x-request-id") ?? "")
      .where("action", "=", "person.export")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.details ?? "{}")).toMatchObject({
      channel: "art15_export",
      format: "zip",
      documents: 3,
    });
  });

  it("answers 404 for the ZIP of another centre's person and refuses an unknown format", async () => {
    const stranger = await createPerson(db, cast.other.centre.id);
    await expectError(await advisor.get(`/api/persons/${stranger.id}/export?format=zip`), 404, "not_found");
    const error = await expectError(
      await advisor.get(`/api/persons/${stranger.id}/export?format=rar`),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([expect.objectContaining({ path: "format" })]);
  });
});
