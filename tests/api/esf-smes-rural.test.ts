import { beforeAll, describe, expect, it } from "vitest";
import type { SizeBand } from "#shared/reference/employers.ts";
import { EsfParticipantSchema, EsfReportSchema } from "#shared/schemas/esf.ts";
import { EnrolmentSchema } from "#shared/schemas/programme.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let esfProgrammeId: string;

const month = todayInBerlin().slice(0, 7);

beforeAll(async () => {
  cast = await createTwoCentres(db);
  [advisor, otherAdvisor] = await Promise.all([
    signIn(app, cast.own.advisor.email, TEST_PASSWORD),
    signIn(app, cast.other.advisor.email, TEST_PASSWORD),
  ]);
  const esf = await advisor.post("/api/programmes", {
    name: "Betriebe im Blick",
    fundingSource: "esf_plus",
    esfProjectNumber: "ESF-NI-2026-0143",
    startsOn: "2024-01-01",
  });
  esfProgrammeId = ((await esf.json()) as { id: string }).id;
});

const report = async (client: Client, programmeId = esfProgrammeId) => {
  const response = await client.get(`/api/stats/esf?from=${month}&to=${month}&programmeId=${programmeId}`);
  expect(response.status).toBe(200);
  return EsfReportSchema.parse(await response.json());
};
const smesOf = async (client: Client, programmeId = esfProgrammeId) =>
  (await report(client, programmeId)).rows.find((row) => row.code === "EECO19");

async function companyWithOffers(
  client: Client,
  sizeBand: SizeBand | null,
  offers: number,
  programmeId: string,
) {
  const created = await client.post("/api/companies", {
    name: `Betrieb ${sizeBand ?? "unbekannt"} ${Math.random().toString(36).slice(2, 8)}`,
    district: "lk-hildesheim",
    sizeBand,
  });
  expect(created.status).toBe(201);
  const company = (await created.json()) as { id: string };
  for (let index = 0; index < offers; index++) {
    const offer = await client.post("/api/offers", {
      companyId: company.id,
      type: "tth_internship",
      title: `Praktikum ${index + 1}`,
      occupation: "22342",
      startsOn: "2027-03-01",
      places: 1,
      languageRequirement: { speaking: "A2" },
      programmeId,
      status: "open",
    });
    expect(offer.status).toBe(201);
  }
  return company;
}

describe("ESF+ EECO19: supported micro, small and medium-sized enterprises", () => {
  it("counts each SME with an opened offer in the programme once, and neither large nor unknown-sized companies", async () => {
    const before = await smesOf(advisor);
    await companyWithOffers(advisor, "micro", 2, esfProgrammeId);
    await companyWithOffers(advisor, "small", 1, esfProgrammeId);
    await companyWithOffers(advisor, "medium", 3, esfProgrammeId);
    await companyWithOffers(advisor, "large", 1, esfProgrammeId);
    await companyWithOffers(advisor, null, 1, esfProgrammeId);
    const draftOnly = await advisor.post("/api/companies", {
      name: "Nur Entwurf",
      district: "lk-hildesheim",
      sizeBand: "micro",
    });
    const draftCompany = (await draftOnly.json()) as { id: string };
    await advisor.post("/api/offers", {
      companyId: draftCompany.id,
      type: "job",
      title: "Noch nicht veröffentlicht",
      occupation: "22342",
      places: 1,
      languageRequirement: {},
      programmeId: esfProgrammeId,
    });
    const after = await smesOf(advisor);
    expect(after).toMatchObject({
      kind: "entities",
      label: expect.stringContaining("Kleinstunternehmen"),
      women: { value: null },
      men: { value: null },
      nonBinary: { value: null },
      total: { perturbed: false },
    });
    expect((after?.total.value ?? 0) - (before?.total.value ?? 0)).toBe(3);
  });

  it("counts a company supported by two programmes in each, and a size change on the next report", async () => {
    const second = await advisor.post("/api/programmes", {
      name: "Zweites Vorhaben",
      fundingSource: "esf_plus",
      esfProjectNumber: "ESF-NI-2026-0144",
      startsOn: "2024-01-01",
    });
    const secondId = ((await second.json()) as { id: string }).id;
    const company = await companyWithOffers(advisor, "large", 1, esfProgrammeId);
    const before = (await smesOf(advisor))?.total.value ?? 0;
    const offer = await advisor.post("/api/offers", {
      companyId: company.id,
      type: "job",
      title: "Zweites Vorhaben",
      occupation: "22342",
      places: 1,
      languageRequirement: {},
      programmeId: secondId,
      status: "open",
    });
    expect(offer.status).toBe(201);
    expect((await smesOf(advisor, secondId))?.total.value).toBe(0);
    const resized = await advisor.patch(`/api/companies/${company.id}`, { version: 1, sizeBand: "medium" });
    expect(resized.status).toBe(200);
    expect((await smesOf(advisor))?.total.value).toBe(before + 1);
    expect((await smesOf(advisor, secondId))?.total.value).toBe(1);
  });

  it("lists EECO19 after the participant outputs in the report and its CSV, without gender cells", async () => {
    const rows = (await report(advisor)).rows.map((row) => row.code);
    expect(rows.indexOf("EECO19")).toBe(rows.indexOf("EECO17") + 1);
    expect(rows.indexOf("EECR01")).toBe(rows.indexOf("EECO19") + 1);
    const csv = await (
      await advisor.get(`/api/stats/esf.csv?from=${month}&to=${month}&programmeId=${esfProgrammeId}`)
    ).text();
    const line = csv.split("\r\n").find((row) => row.startsWith("EECO19;"));
    expect(line).toMatch(
      /^EECO19;Zahl der unterstützten Kleinstunternehmen, kleinen und mittleren Unternehmen \(einschließlich Genossenschaften und Sozialunternehmen\);;;;\d+$/,
    );
  });

  it("keeps another centre's companies out of the centre's report", async () => {
    const theirs = await otherAdvisor.post("/api/programmes", {
      name: "Fremdes Vorhaben",
      fundingSource: "esf_plus",
      esfProjectNumber: "ESF-X-1",
      startsOn: "2024-01-01",
    });
    const theirId = ((await theirs.json()) as { id: string }).id;
    await companyWithOffers(otherAdvisor, "micro", 1, theirId);
    expect((await smesOf(otherAdvisor, theirId))?.total.value).toBe(1);
    await expectError(
      await advisor.get(`/api/stats/esf?from=${month}&to=${month}&programmeId=${theirId}`),
      404,
      "not_found",
    );
  });
});

describe("ESF+ rural area from the municipality of residence", () => {
  async function enrol() {
    const person = await createPerson(db, cast.own.centre.id, { gender: "female", educationLevel: "3" });
    const response = await advisor.post("/api/enrolments", {
      programmeId: esfProgrammeId,
      personId: person.id,
      enteredOn: todayInBerlin(),
    });
    expect(response.status).toBe(201);
    return EnrolmentSchema.parse(await response.json());
  }
  const patch = async (enrolmentId: string, body: Record<string, unknown>) => {
    const response = await advisor.patch(`/api/enrolments/${enrolmentId}/esf`, body);
    expect(response.status).toBe(200);
    return EsfParticipantSchema.parse(await response.json());
  };

  it("derives rural for a DEGURBA 3 municipality and not rural for a city, overriding a typed answer", async () => {
    const enrolment = await enrol();
    const holle = await patch(enrolment.id, { version: 1, municipality: "03254022", ruralArea: false });
    expect(holle).toMatchObject({ municipality: "03254022", ruralArea: true, ruralAreaDerived: true });
    expect(holle.gaps).not.toContain("ruralArea");
    const hildesheim = await patch(enrolment.id, { version: 2, municipality: "03254021" });
    expect(hildesheim).toMatchObject({ ruralArea: false, ruralAreaDerived: true });
    const typed = await patch(enrolment.id, { version: 3, ruralArea: true });
    expect(typed).toMatchObject({ ruralArea: false, ruralAreaDerived: true });
  });

  it("keeps the advisor's answer without a municipality, and counts a derived rural participant in EECO17", async () => {
    const enrolment = await enrol();
    const unknown = await patch(enrolment.id, { version: 1, ruralArea: true });
    expect(unknown).toMatchObject({ municipality: null, ruralArea: true, ruralAreaDerived: false });
    const cleared = await patch(enrolment.id, { version: 2, ruralArea: null });
    expect(cleared.gaps).toContain("ruralArea");
    const before = (await report(advisor)).rows.find((row) => row.code === "EECO17")?.total.value ?? 0;
    await patch(enrolment.id, {
      version: 3,
      municipality: "03255023",
      employmentStatus: "unemployed",
      confirmed: true,
    });
    const holzminden = (await report(advisor)).rows.find((row) => row.code === "EECO17")?.total.value ?? 0;
    expect(holzminden - before).toBe(0);
    await patch(enrolment.id, { version: 4, municipality: "03255002" });
    const bevern = (await report(advisor)).rows.find((row) => row.code === "EECO17")?.total.value ?? 0;
    expect(bevern - before).toBe(1);
    const leftAsIs = await patch(enrolment.id, { version: 5, municipality: null });
    expect(leftAsIs).toMatchObject({ ruralArea: true, ruralAreaDerived: false });
  });

  it("refuses a municipality the table does not know, naming the field", async () => {
    const enrolment = await enrol();
    const response = await advisor.patch(`/api/enrolments/${enrolment.id}/esf`, {
      version: 1,
      municipality: "03251007",
    });
    const error = await expectError(response, 422, "validation_failed");
    expect(error.details).toEqual([
      {
        path: "municipality",
        code: "unknown_municipality",
        message: "Gemeinde nicht im Verzeichnis der Landkreise des Bündnisses",
      },
    ]);
  });
});
