import { readSheet } from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let ownIds: string[];
let foreignId: string;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  const own = cast.own.centre.id;
  ownIds = [
    (
      await createPerson(db, own, {
        familyName: "Ahmadi",
        givenNames: "Leyla",
        birthDate: "1991-04-02",
        nationality: "AF",
      })
    ).id,
    (
      await createPerson(db, own, {
        familyName: "Nguyen",
        givenNames: "Lan",
        birthDate: "1988-11-25",
        nationality: "VN",
      })
    ).id,
    // A name a spreadsheet would evaluate: the export must keep it text.
    (
      await createPerson(db, own, {
        familyName: '=HYPERLINK("http://x.example")',
        givenNames: "Eva",
        nationality: "UA",
      })
    ).id,
  ];
  foreignId = (await createPerson(db, cast.other.centre.id, { familyName: "Ahmadi", givenNames: "Omid" })).id;
});

/** The file as saved: `Response.text()` would drop the byte order mark that spreadsheet programs need. */
async function csvLines(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8").decode(bytes.slice(3)).trimEnd().split("\r\n");
}

const requestIdOf = (response: Response) => response.headers.get("x-request-id") ?? "";
const personsAudited = async (requestId: string) =>
  (
    await db
      .selectFrom("audit_persons")
      .innerJoin("audit_log", "audit_log.id", "audit_persons.audit_id")
      .select(["audit_persons.person_id", "audit_log.action"])
      .where("audit_log.request_id", "=", requestId)
      .execute()
  ).sort((a, b) => a.person_id.localeCompare(b.person_id));

describe("GET /api/exports/persons", () => {
  it("answers the filtered persons list as a German CSV download, formula-safe, and audits every exported person", async () => {
    const response = await advisor.get("/api/exports/persons?format=csv&q=ahmadi");
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="personen-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = await csvLines(response);
    expect(lines[0]).toBe(
      "Familienname;Vorname(n);Name in lateinischer Schrift;Geburtsdatum;Staatsangehörigkeit;Wohnort;Aufenthaltstitel;Aufenthaltstitel gültig bis;Offener Fall;Beraterin/Berater;Deutsch (GER)",
    );
    // Only the own centre's Ahmadi: Omid lives in the other centre.
    expect(lines.slice(1)).toEqual(["Ahmadi;Leyla;;02.04.1991;Afghanistan;Landkreis Hildesheim;;;;;"]);
    const audited = await personsAudited(requestIdOf(response));
    expect(audited).toEqual([{ person_id: ownIds[0], action: "person.list.export" }]);
    expect(audited.map((row) => row.person_id)).not.toContain(foreignId);
  });

  it("writes an XLSX with typed dates and every text as text, a formula-looking name included", async () => {
    const response = await advisor.get("/api/exports/persons?format=xlsx&sort=name");
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const rows = await readSheet(Buffer.from(await response.arrayBuffer()));
    expect(rows[0]?.slice(0, 4)).toEqual([
      "Familienname",
      "Vorname(n)",
      "Name in lateinischer Schrift",
      "Geburtsdatum",
    ]);
    const body = rows.slice(1);
    // Sorted by name as the list sorts them; the formula-looking name stays text behind its guard quote.
    expect(body.map((row) => row[0])).toEqual(["Ahmadi", '\'=HYPERLINK("http://x.example")', "Nguyen"]);
    const nguyen = body.find((row) => row[0] === "Nguyen");
    expect(nguyen?.[3]).toEqual(new Date(Date.UTC(1988, 10, 25)));
    expect(nguyen?.[4]).toBe("Vietnam");
    expect((await personsAudited(requestIdOf(response))).map((row) => row.person_id).sort()).toEqual(
      [...ownIds].sort(),
    );
  });

  it("shows in the admin's audit log as an export naming the exported persons", async () => {
    const exported = await advisor.get("/api/exports/persons?format=csv&q=nguyen");
    expect(exported.status).toBe(200);
    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    const response = await admin.get(`/api/audit?kind=export&personId=${ownIds[1]}`);
    expect(response.status, await response.clone().text()).toBe(200);
    const { items } = (await response.json()) as {
      items: { action: string; persons: { id: string; name: string }[]; personCount: number }[];
    };
    expect(items.map((item) => item.action)).toContain("person.list.export");
    const entry = items.find((item) => item.action === "person.list.export");
    expect(entry?.personCount).toBe(1);
    expect(entry?.persons).toEqual([{ id: ownIds[1], name: "Nguyen, Lan" }]);
  });

  it("is for advisors: a manager or an employer is refused, and nothing is audited as exported", async () => {
    for (const who of [cast.own.manager, cast.own.employer]) {
      const client = await signIn(app, who.email, TEST_PASSWORD);
      const response = await client.get("/api/exports/persons?format=csv");
      await expectError(response, 403, "forbidden");
      expect(await personsAudited(requestIdOf(response))).toEqual([]);
    }
  });

  it("names the bad field: a missing or unknown format, an unknown filter", async () => {
    for (const path of [
      "/api/exports/persons",
      "/api/exports/persons?format=pdf",
      "/api/exports/persons?format=csv&colour=red",
    ]) {
      const response = await advisor.get(path);
      expect(response.status, path).toBe(422);
      const body = (await response.json()) as { error: { details: { path: string }[] } };
      expect(body.error.details.map((issue) => issue.path).join(","), path).toMatch(/format|colour/);
    }
  });
});

describe("GET /api/exports/cases", () => {
  it("answers the cases list with the list's filters and names the persons of the exported cases in the audit", async () => {
    const personId = ownIds[1] ?? "";
    const opened = await advisor.post("/api/cases", {
      personId,
      concerns: ["job_search", "language"],
      sourceChannel: "walk_in",
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const response = await advisor.get(`/api/exports/cases?format=csv&personId=${personId}`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/filename="faelle-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = await csvLines(response);
    expect(lines[0]).toBe(
      "Person;Status;Anliegen;Zugang;Beraterin/Berater;Eröffnet am;Letzte Aktivität;Abgeschlossen am;Ergebnis",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Lan Nguyen;Neu;Arbeitssuche, Sprache;Persönlich vorbeigekommen;/);
    expect(await personsAudited(requestIdOf(response))).toEqual([
      { person_id: personId, action: "case.list.export" },
    ]);
  });

  it("shows another centre's cases to nobody: filtering by a foreign person exports an empty list", async () => {
    const response = await advisor.get(`/api/exports/cases?format=csv&personId=${foreignId}`);
    expect(response.status).toBe(200);
    expect(await csvLines(response)).toHaveLength(1);
  });
});
