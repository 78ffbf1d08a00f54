import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "#server/app.ts";
import type { Logger } from "#server/lib/logger.ts";
import { PersonPageSchema, PersonSchema } from "#shared/schemas/person.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, clientFor, expectError, signIn } from "../setup/http.ts";
import { setupTestApp, testConfig } from "../setup/test-app.ts";

const { db, database } = await setupTestApp();

/** The app as main.ts builds it, serving a built client, with a logger that keeps what it is told. */
const logged: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
const keep = (level: string) => (message: string, fields?: Record<string, unknown>) =>
  logged.push({ level, message, ...(fields && { fields }) });
const logger: Logger = {
  debug: keep("debug"),
  info: keep("info"),
  warn: keep("warn"),
  error: keep("error"),
  enabled: () => true,
};
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-client-"));
fs.mkdirSync(path.join(clientDir, "assets"));
fs.writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Ankommen</title>");
fs.writeFileSync(path.join(clientDir, "assets", "app.js"), "console.log(1)");
afterAll(() => fs.rmSync(clientDir, { recursive: true, force: true }));
const app = createApp({ db, dialect: database.dialect, config: testConfig(), logger, clientDir });

let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
});

const errorsLogged = () => logged.filter((entry) => entry.level === "error" || entry.level === "warn");

const base = {
  givenNames: "Jonas",
  birthDate: "1990-01-15",
  nationality: "DE",
  district: "lk-hildesheim",
};

const personCount = async () =>
  Number(
    (
      await db
        .selectFrom("persons")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("malformed percent-encoding in the URL", () => {
  it("answers a plain 400 on the client's paths and assets, and logs no error", async () => {
    logged.length = 0;
    for (const target of ["/%", "/%E0%A4%A", "/assets/%", "/persons/%zz", "/%C0%AF", "/%ED%A0%80"]) {
      const response = await app.request(target);
      expect(response.status, target).toBe(400);
      expect(response.headers.get("content-type"), target).toMatch(/^text\/plain/);
      expect(await response.text(), target).toContain("Ungültige Adresse");
    }
    expect(errorsLogged()).toEqual([]);
    expect((await app.request("/persons/M%C3%BCller%20x")).status).toBe(200);
    expect(await (await app.request("/assets/app.js")).text()).toBe("console.log(1)");
  });

  it("answers 400 with the error envelope for malformed /api paths, signed in or not", async () => {
    logged.length = 0;
    const targets = ["/api/%", "/api/persons/%E0%A4%A", "/api/health/%zz", "/api/cases/%E0/activities"];
    for (const target of targets) {
      for (const client of [clientFor(app), advisor]) {
        const error = await expectError(await client.get(target), 400, "bad_request");
        expect(error.message, target).toMatch(/fehlerhaft kodiert/);
      }
    }
    const before = await personCount();
    const write = await advisor.post("/api/persons/%", { ...base, familyName: "Neu" });
    await expectError(write, 400, "bad_request");
    expect(await personCount()).toBe(before);
    expect(errorsLogged()).toEqual([]);
  });

  it("leaves an undecodable query value to the schema, which names the field", async () => {
    const error = await expectError(
      await advisor.get("/api/persons?cursor=%E0%A4%A"),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([{ path: "cursor", code: "invalid_cursor", message: "Ungültiger Cursor" }]);
  });
});

describe("text fields", () => {
  it("refuses a bidi override in the family name with 422 naming familyName, and stores nothing", async () => {
    const before = await personCount();
    const error = await expectError(
      await advisor.post("/api/persons", { ...base, familyName: "Schmidt\u202Etxt.exe" }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      {
        path: "familyName",
        code: "bidi_control",
        params: { character: "U+202E" },
        message: "Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung (U+202E)",
      },
    ]);
    expect(await personCount()).toBe(before);
  });

  it("names each refused field of a change, with invisible characters and line breaks in names", async () => {
    const created = PersonSchema.parse(
      await (
        await advisor.post("/api/persons", { ...base, familyName: "Weber", birthDate: "1985-03-02" })
      ).json(),
    );
    const error = await expectError(
      await advisor.patch(`/api/persons/${created.id}`, {
        version: created.version,
        givenNames: "Jo\u200Bnas",
        nameLatin: "Jonas\nWeber",
        notes: "Termin\u2066verschoben",
      }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      {
        path: "givenNames",
        code: "invisible_character",
        params: { character: "U+200B" },
        message: "Enthält ein unsichtbares Zeichen (U+200B)",
      },
      { path: "nameLatin", code: "no_line_break", message: "Darf keinen Zeilenumbruch enthalten" },
      {
        path: "notes",
        code: "bidi_control",
        params: { character: "U+2066" },
        message: "Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung (U+2066)",
      },
    ]);
  });

  it("stores a decomposed Müller composed (NFC), and search finds it typed either way", async () => {
    const response = await advisor.post("/api/persons", {
      ...base,
      familyName: "Mu\u0308ller-Nguye\u0302\u0303n",
      givenNames: "Ha\u0300",
      birthDate: "1979-11-30",
      notes: "Erstgespra\u0308ch\r\nmit Dolmetscherin",
    });
    expect(response.status).toBe(201);
    const person = PersonSchema.parse(await response.json());
    expect(person.familyName).toBe("M\u00FCller-Nguy\u1EC5n");
    expect(person.givenNames).toBe("H\u00E0");
    expect(person.notes).toBe("Erstgespräch\nmit Dolmetscherin");
    const row = await db
      .selectFrom("persons")
      .select(["family_name", "given_names"])
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect([row.family_name, row.given_names]).toEqual(["M\u00FCller-Nguy\u1EC5n", "H\u00E0"]);
    for (const q of ["Müller-Nguyễn", "Mu\u0308ller", "Mueller", "Nguyen"]) {
      const page = PersonPageSchema.parse(
        await (await advisor.get(`/api/persons?q=${encodeURIComponent(q)}`)).json(),
      );
      expect(
        page.items.map((item) => item.id),
        q,
      ).toContain(person.id);
    }
  });

  it("keeps Arabic with ZWNJ and Devanagari with ZWJ in names, and line breaks in timeline text", async () => {
    const response = await advisor.post("/api/persons", {
      ...base,
      familyName: "علی\u200Cزاده",
      givenNames: "लक्ष्\u200Dमी",
      birthDate: "1992-07-07",
    });
    expect(response.status).toBe(201);
    expect(PersonSchema.parse(await response.json())).toMatchObject({
      familyName: "علی\u200Cزاده",
      givenNames: "लक्ष्\u200Dमी",
    });
    const file = await createCaseFile(db, advisor, cast.own.centre.id);
    const activity = await advisor.post(`/api/cases/${file.caseId}/activities`, {
      type: "note",
      occurredOn: "2026-01-05",
      text: "Zeile 1\n\tZeile 2",
    });
    expect(activity.status).toBe(201);
    expect((await activity.json()).text).toBe("Zeile 1\n\tZeile 2");
    const refused = await advisor.post(`/api/cases/${file.caseId}/activities`, {
      type: "note",
      occurredOn: "2026-01-05",
      text: "Zeile\u0007",
    });
    expect((await expectError(refused, 422, "validation_failed")).details).toEqual([
      {
        path: "text",
        code: "control_character",
        params: { character: "U+0007" },
        message: "Enthält ein unzulässiges Steuerzeichen (U+0007)",
      },
    ]);
  });

  it("refuses invisible characters in company and contact names", async () => {
    const error = await expectError(
      await advisor.post("/api/companies", {
        name: "Tischlerei\u200B Brandt",
        district: "lk-hildesheim",
        contacts: [{ name: "Ina\u202DBrandt" }],
      }),
      422,
      "validation_failed",
    );
    expect((error.details as { path: string }[]).map((issue) => issue.path)).toEqual([
      "name",
      "contacts.0.name",
    ]);
  });
});
