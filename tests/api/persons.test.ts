import { beforeAll, describe, expect, it } from "vitest";
import { DuplicateListSchema, PersonPageSchema, PersonSchema } from "#shared/schemas/person.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
});

const base = {
  familyName: "Kovalenko",
  givenNames: "Olena",
  birthDate: "1991-05-04",
  nationality: "UA",
  district: "lk-hildesheim",
};

const auditActions = async (entityId: string) =>
  (
    await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", entityId)
      .orderBy("at")
      .execute()
  ).map((row) => row.action);

const names = (page: { items: { familyName: string }[] }) => page.items.map((item) => item.familyName).sort();

describe("creating persons", () => {
  it("creates a person with the full profile and audits it", async () => {
    const response = await advisor.post("/api/persons", {
      ...base,
      nameLatin: "Olena Kovalenko",
      gender: "female",
      languages: ["uk", "ru", "en"],
      email: "olena@example.org",
      phone: "+49 151 2345678",
      arrivalDate: "2024-02-01",
      educationLevel: "6",
      qualifications: [{ occupation: "81302", title: "Medsestra", country: "UA", year: 2014 }],
      targetOccupation: "81302",
      availableFrom: "2027-01-01",
      permitType: "s16d_recognition",
      permitExpiresOn: "2027-06-30",
      fastTrack81a: true,
      recognitionOccupation: "81302",
      recognitionBody: "state_authority",
      recognitionStatus: "partial",
      recognitionDeficits: "Praxisstunden in der Langzeitpflege",
      recognitionMeasure: "Anpassungslehrgang 6 Monate",
    });
    expect(response.status).toBe(201);
    const person = PersonSchema.parse(await response.json());
    expect(person).toMatchObject({
      familyName: "Kovalenko",
      languages: ["uk", "ru", "en"],
      recognitionStatus: "partial",
      fastTrack81a: true,
      centreId: cast.own.centre.id,
      openCase: null,
      version: 1,
    });
    expect(await auditActions(person.id)).toEqual(["person.create"]);
  });

  it.each([
    [{ birthDate: "2999-01-01" }, "birthDate", "future_date", "Datum liegt in der Zukunft"],
    [{ nationality: "XX" }, "nationality", "unknown_country", "Unbekannter Ländercode"],
    [
      { nationality: "germany" },
      "nationality",
      "country_code_format",
      "Ländercode nach ISO 3166-1 (zwei Großbuchstaben)",
    ],
    [{ languages: ["de", "de"] }, "languages", "duplicate_language", "Sprache doppelt angegeben"],
    [{ languages: ["xx"] }, "languages.0", "unknown_language", "Unbekannter Sprachcode"],
    [
      { targetOccupation: "99" },
      "targetOccupation",
      "unknown_kldb_group",
      "Unbekannte KldB-Berufshauptgruppe",
    ],
    [
      { targetOccupation: "26219" },
      "targetOccupation",
      "kldb_level",
      "Die 5. Ziffer (Anforderungsniveau) muss 1–4 sein",
    ],
    [
      { recognitionStatus: "partial" },
      "recognitionDeficits",
      "deficits_required",
      "Bitte die festgestellten Defizite angeben",
    ],
    [
      { recognitionStatus: "full", recognitionMeasure: "Kurs" },
      "recognitionMeasure",
      "only_partial",
      "Nur bei teilweiser Gleichwertigkeit",
    ],
    [
      { permitExpiresOn: "2027-01-01" },
      "permitType",
      "permit_type_required",
      "Bitte den Aufenthaltstitel angeben",
    ],
    [{ email: "nope" }, "email", "invalid_email", "Keine gültige E-Mail-Adresse"],
    [{ familyName: "  " }, "familyName", "required", "Bitte ausfüllen"],
  ])("names the field for %o", async (override, path, code, message) => {
    const error = await expectError(
      await advisor.post("/api/persons", { ...base, ...override }),
      422,
      "validation_failed",
    );
    expect(error.details).toContainEqual({ path, code, message });
  });

  it("warns of duplicates across umlaut spellings and saves anyway when acknowledged, recorded in the audit", async () => {
    const existing = await createPerson(db, cast.own.centre.id, {
      familyName: "Müller",
      givenNames: "Jonas",
      birthDate: "1990-01-15",
    });
    for (const familyName of ["Mueller", "Muller", "MÜLLER"]) {
      const error = await expectError(
        await advisor.post("/api/persons", {
          ...base,
          familyName,
          givenNames: "Jonas",
          birthDate: "1990-01-15",
        }),
        409,
        "conflict",
      );
      const { duplicates } = error.details as { duplicates: { id: string; reason: string }[] };
      expect(duplicates).toEqual([expect.objectContaining({ id: existing.id, reason: "same_name" })]);
    }
    const response = await advisor.post("/api/persons", {
      ...base,
      familyName: "Mueller",
      givenNames: "Jonas",
      birthDate: "1990-01-15",
      acknowledgedDuplicates: [existing.id],
    });
    expect(response.status).toBe(201);
    const created = PersonSchema.parse(await response.json());
    const audit = await db
      .selectFrom("audit_log")
      .select("details")
      .where("entity_id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details ?? "{}")).toEqual({ acknowledgedDuplicates: [existing.id] });
  });

  it("finds Şahin for Sahin as likely, a namesake with another birth date as a namesake, none in another centre", async () => {
    const sahin = await createPerson(db, cast.own.centre.id, {
      familyName: "Şahin",
      givenNames: "Emre",
      birthDate: "1988-07-07",
    });
    const namesake = await createPerson(db, cast.own.centre.id, {
      familyName: "Şahin",
      givenNames: "Emre",
      birthDate: "1988-07-08",
    });
    await createPerson(db, cast.other.centre.id, {
      familyName: "Sahin",
      givenNames: "Emre",
      birthDate: "1988-07-07",
    });
    const response = await advisor.get(
      "/api/persons/duplicates?familyName=Sahin&givenNames=Emre&birthDate=1988-07-07",
    );
    const { items } = DuplicateListSchema.parse(await response.json());
    expect(items.map((item) => [item.id, item.match])).toEqual([
      [sahin.id, "name_and_birth_date"],
      [namesake.id, "name"],
    ]);
    const typo = await advisor.get(
      "/api/persons/duplicates?familyName=Sahim&givenNames=Emre&birthDate=1988-07-07",
    );
    expect(((await typo.json()) as { items: { reason: string }[] }).items).toEqual([
      expect.objectContaining({ reason: "similar_name", match: "name_and_birth_date" }),
    ]);
  });

  it("hints at a namesake on the name alone, across umlaut spellings, before a birth date is typed", async () => {
    const jana = await createPerson(db, cast.own.centre.id, {
      familyName: "Müller",
      givenNames: "Jana",
      birthDate: "1993-04-21",
      nationality: "PL",
    });
    await createPerson(db, cast.own.centre.id, {
      familyName: "Müller",
      givenNames: "Tobias",
      birthDate: "1993-04-21",
    });
    await createPerson(db, cast.other.centre.id, {
      familyName: "Müller",
      givenNames: "Jana",
      birthDate: "1993-04-21",
    });
    const response = await advisor.get("/api/persons/duplicates?familyName=Mueller&givenNames=Jana");
    expect(response.status).toBe(200);
    const { items } = DuplicateListSchema.parse(await response.json());
    expect(items).toEqual([
      {
        id: jana.id,
        familyName: "Müller",
        givenNames: "Jana",
        birthDate: "1993-04-21",
        nationality: "PL",
        reason: "same_name",
        match: "name",
      },
    ]);
  });

  it("names the namesake with another birth date but creates the person without asking", async () => {
    const jana = await createPerson(db, cast.own.centre.id, {
      familyName: "Lindqvist",
      givenNames: "Jana",
      birthDate: "1993-04-21",
    });
    const hints = await advisor.get(
      "/api/persons/duplicates?familyName=Lindqvist&givenNames=Jana&birthDate=1995-01-02",
    );
    expect(DuplicateListSchema.parse(await hints.json()).items).toEqual([
      expect.objectContaining({ id: jana.id, match: "name", birthDate: "1993-04-21" }),
    ]);
    const response = await advisor.post("/api/persons", {
      ...base,
      familyName: "Lindqvist",
      givenNames: "Jana",
      birthDate: "1995-01-02",
    });
    expect(response.status).toBe(201);
  });

  it("refuses a malformed birth date in the duplicate probe, naming the field", async () => {
    const error = await expectError(
      await advisor.get("/api/persons/duplicates?familyName=Lindqvist&givenNames=Jana&birthDate=02.01.1995"),
      422,
      "validation_failed",
    );
    expect(JSON.stringify(error.details)).toContain("birthDate");
  });
});

describe("reading and updating persons", () => {
  it("answers 404 for another centre's person on read and update, changing nothing", async () => {
    const foreign = await createPerson(db, cast.other.centre.id);
    await expectError(await advisor.get(`/api/persons/${foreign.id}`), 404, "not_found");
    await expectError(
      await advisor.patch(`/api/persons/${foreign.id}`, { version: 1, notes: "x" }),
      404,
      "not_found",
    );
    const row = await db
      .selectFrom("persons")
      .select(["notes", "version"])
      .where("id", "=", foreign.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ notes: null, version: 1 });
  });

  it("records every read of a person in the audit log", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    expect((await advisor.get(`/api/persons/${person.id}`)).status).toBe(200);
    const entry = await db
      .selectFrom("audit_log")
      .select(["action", "user_id", "centre_id"])
      .where("entity_id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({
      action: "person.read",
      user_id: cast.own.advisor.id,
      centre_id: cast.own.centre.id,
    });
  });

  it("updates one section with the version it is based on and answers 409 with the current record when stale", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const first = await advisor.patch(`/api/persons/${person.id}`, {
      version: 1,
      permitType: "s18a_skilled_vocational",
      permitExpiresOn: "2028-01-31",
    });
    expect(PersonSchema.parse(await first.json())).toMatchObject({
      permitType: "s18a_skilled_vocational",
      version: 2,
    });
    const stale = await expectError(
      await advisor.patch(`/api/persons/${person.id}`, { version: 1, notes: "überschrieben?" }),
      409,
      "conflict",
    );
    expect(PersonSchema.parse((stale.details as { current: unknown }).current)).toMatchObject({
      version: 2,
      notes: null,
    });
    const stored = await db
      .selectFrom("persons")
      .select(["version", "notes", "permit_type"])
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ version: 2, notes: null, permit_type: "s18a_skilled_vocational" });
  });

  it("checks rules across fields against the merged record", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const error = await expectError(
      await advisor.patch(`/api/persons/${person.id}`, { version: 1, recognitionStatus: "partial" }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      {
        path: "recognitionDeficits",
        code: "deficits_required",
        message: "Bitte die festgestellten Defizite angeben",
      },
    ]);
    await expectError(
      await advisor.patch(`/api/persons/${person.id}`, { version: 1 }),
      422,
      "validation_failed",
    );
  });

  it("keeps person records from managers, employers and admins", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    for (const role of ["manager", "employer", "admin"] as const) {
      const client = await signIn(app, cast.own[role].email, TEST_PASSWORD);
      await expectError(await client.get(`/api/persons/${person.id}`), 403, "forbidden");
      await expectError(await client.get("/api/persons"), 403, "forbidden");
    }
  });
});

describe("persons list", () => {
  beforeAll(async () => {
    const centre = cast.own.centre.id;
    await createPerson(db, centre, {
      familyName: "Schäfer",
      givenNames: "Anton",
      nationality: "DE",
      district: "region-hannover",
    });
    await createPerson(db, centre, { familyName: "Schaefer", givenNames: "Bea", nationality: "AT" });
    await createPerson(db, centre, {
      familyName: "Nguyễn",
      givenNames: "Thị Lan",
      nationality: "VN",
      permitType: "s16a_vocational_training",
      permitExpiresOn: addDays(todayInBerlin(), 30),
    });
    await createPerson(db, centre, {
      familyName: "Fernandes",
      givenNames: "Ana",
      nationality: "BR",
      permitType: "s18b_skilled_academic",
      permitExpiresOn: "2031-01-01",
    });
    await createPerson(db, cast.other.centre.id, {
      familyName: "Schäfer",
      givenNames: "Fremd",
      nationality: "DE",
    });
  });

  const list = async (query: string) =>
    PersonPageSchema.parse(await (await advisor.get(`/api/persons?${query}`)).json());

  it("finds names umlaut- and accent-insensitively, by prefix and inside the name, never from another centre", async () => {
    expect(names(await list("q=schafer"))).toEqual(["Schaefer", "Schäfer"]);
    expect(names(await list("q=SCHÄFER"))).toEqual(["Schaefer", "Schäfer"]);
    expect(names(await list("q=sch"))).toEqual(["Schaefer", "Schäfer"]);
    expect(names(await list("q=nguyen lan"))).toEqual(["Nguyễn"]);
    expect(names(await list("q=lan"))).toEqual(["Nguyễn"]);
    expect(names(await list("q=thi"))).toEqual(["Nguyễn"]);
    expect(names(await list("q=an"))).toEqual(["Fernandes", "Schäfer"]);
    expect(names(await list("q=100%25"))).toEqual([]);
    expect(names(await list("q=afer"))).toEqual([]);
  });

  it("keeps the word index in step when a name changes", async () => {
    const person = await createPerson(db, cast.own.centre.id, { familyName: "Alvarez", givenNames: "Pilar" });
    await advisor.patch(`/api/persons/${person.id}`, { version: 1, familyName: "Álvarez Ortega" });
    expect(names(await list("q=ortega"))).toEqual(["Álvarez Ortega"]);
    expect(names(await list("q=alvarez pil"))).toEqual(["Álvarez Ortega"]);
  });

  it("filters by nationality, district, permit type and permit expiring within N days", async () => {
    expect(names(await list("nationality=BR"))).toEqual(["Fernandes"]);
    expect(names(await list("q=sch&district=region-hannover"))).toEqual(["Schäfer"]);
    expect(names(await list("permitType=s18b_skilled_academic"))).toEqual(["Fernandes"]);
    const expiring = await list("permitExpiringWithin=90");
    expect(names(expiring)).toEqual(["Nguyễn"]);
    expect(expiring.items[0]?.flags).toEqual({ permitExpiring: true, permitExpired: false });
  });

  it("pages with a cursor without repeating or skipping anyone, in name order", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; familyName: string }[]; nextCursor: string | null } = await list(
        `limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await list("limit=200");
    expect(seen).toEqual(all.items.map((item) => item.id));
    expect(new Set(seen).size).toBe(seen.length);
    const reversed = await list("limit=200&sort=-name");
    expect(reversed.items.map((item) => item.id)).toEqual([...seen].reverse());
  });

  it("names the field for a bad filter", async () => {
    const error = await expectError(
      await advisor.get("/api/persons?permitExpiringWithin=-3"),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([expect.objectContaining({ path: "permitExpiringWithin" })]);
    await expectError(await advisor.get("/api/persons?status=archived"), 422, "validation_failed");
  });
});
