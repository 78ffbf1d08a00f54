import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import { femaleGivenNames } from "#server/seed/demo-people.ts";
import { PersonPageSchema } from "#shared/schemas/person.ts";
import { signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
beforeAll(async () => {
  expect(await seedDemo(db)).toBe(true);
});

const persons = () =>
  db
    .selectFrom("persons")
    .select(["given_names", "family_name", "gender", "arrival_date", "birth_date", "qualifications"])
    .execute();

describe("demo persons", () => {
  it("give every person the gender of their given name (or diverse), e.g. Ayşe is a woman", async () => {
    const rows = await persons();
    expect(rows.length).toBeGreaterThan(200);
    const mismatched = rows.filter(
      (row) =>
        row.gender !== "diverse" &&
        row.gender !== (femaleGivenNames.has(row.given_names) ? "female" : "male"),
    );
    expect(mismatched.map((row) => `${row.given_names} ${row.family_name} (${row.gender})`)).toEqual([]);
    const male = rows.filter((row) => row.gender === "male").map((row) => row.family_name);
    expect(male.filter((name) => name.endsWith("ska"))).toEqual([]);
  });

  it("date foreign qualifications before the arrival, at 18 or later", async () => {
    const late = (await persons()).flatMap((row) =>
      (JSON.parse(row.qualifications) as { year: number }[])
        .filter(
          (qualification) =>
            (row.arrival_date !== null && qualification.year >= Number(row.arrival_date.slice(0, 4))) ||
            qualification.year < Number(row.birth_date.slice(0, 4)) + 18,
        )
        .map((qualification) => `${row.given_names} ${row.family_name}: ${qualification.year}`),
    );
    expect(late).toEqual([]);
  });

  it("let an advisor in Hildesheim find a Müller by typing muller or mueller", async () => {
    const advisor = await signIn(app, "advisor@hildesheim.example", DEMO_PASSWORD);
    for (const q of ["muller", "mueller", "Müller"]) {
      const page = PersonPageSchema.parse(
        await (await advisor.get(`/api/persons?q=${encodeURIComponent(q)}`)).json(),
      );
      expect(page.items.map((item) => `${item.givenNames} ${item.familyName}`)).toContain("Jana Müller");
    }
  });
});

describe("demo erasure data", () => {
  it("shows one anonymised person in Hildesheim's list, found by no search for the old name", async () => {
    const advisor = await signIn(app, "advisor@hildesheim.example", DEMO_PASSWORD);
    const all = PersonPageSchema.parse(await (await advisor.get("/api/persons?limit=200")).json());
    expect(all.items.filter((item) => item.anonymisedAt !== null).map((item) => item.familyName)).toEqual([
      "Anonymisiert",
    ]);
    const search = PersonPageSchema.parse(await (await advisor.get("/api/persons?q=Okafor")).json());
    expect(search.items).toEqual([]);
  });

  it("has one ESF+ programme with a keep-until date and one still waiting for it", async () => {
    const programmes = await db
      .selectFrom("programmes")
      .select(["name", "keep_until"])
      .where("funding_source", "=", "esf_plus")
      .orderBy("name")
      .execute();
    expect(programmes).toEqual([
      { name: "Betriebssprachtag", keep_until: "2032-12-31" },
      { name: "Talent trifft Handwerk", keep_until: null },
    ]);
  });
});
