import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { centreScope, ForeignCentreRowError } from "#server/db/centre-scope.ts";
import { crossCentre, onCrossCentre } from "#server/db/cross-centre.ts";
import type { Database } from "#server/db/database.ts";
import { CENTRE_COLUMN_TABLES, CentreScopeGuard, UnscopedQueryError } from "#server/db/scope-guard.ts";

const raw = new Kysely<Database>({
  dialect: new SqliteDialect({ database: new SqliteDatabase(":memory:") }),
});
const db = raw.withPlugin(new CentreScopeGuard());
afterAll(() => raw.destroy());

const A = "centre-a";
const B = "centre-b";

describe("the centre-scope guard", () => {
  it("refuses a select, update and delete of a centre table by id alone", () => {
    expect(() => db.selectFrom("persons").selectAll().where("id", "=", "p1").compile()).toThrow(
      UnscopedQueryError,
    );
    expect(() => db.updateTable("offers").set({ title: "x" }).where("id", "=", "o1").compile()).toThrow(
      /Unscoped update of offers/,
    );
    expect(() => db.deleteFrom("placements").where("id", "=", "x").compile()).toThrow(
      /Unscoped delete of placements/,
    );
  });

  it("refuses an insert into a centre table without centre_id", () => {
    const row = { person_id: "p1", agency_id: "a1", created_at: "2026-01-01" };
    // @ts-expect-error centre_id is required on the raw database; the scope sets it
    expect(() => db.insertInto("person_agencies").values(row).compile()).toThrow(
      /Unscoped insert of person_agencies/,
    );
  });

  it("does not count a centre condition that is only one side of an OR", () => {
    const query = db
      .selectFrom("offers")
      .selectAll()
      .where((eb) => eb.or([eb("offers.status", "=", "open"), eb("offers.centre_id", "=", A)]));
    expect(() => query.compile()).toThrow(/Unscoped select of offers/);
  });

  it("checks subqueries: a hand-written count of another table needs its own centre condition", () => {
    const unscoped = db.selectFrom("agencies").select((eb) => [
      eb
        .selectFrom("companies")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("companies.agency_id", "=", "agencies.id")
        .as("company_count"),
    ]);
    expect(() => unscoped.compile()).toThrow(/Unscoped select of companies/);
  });

  it("refuses a centre table joined to a table without a centre", () => {
    const query = db
      .selectFrom("agencies")
      .innerJoin("person_agencies", "person_agencies.agency_id", "agencies.id");
    expect(() => query.selectAll().compile()).toThrow(/Unscoped select of person_agencies/);
  });

  it("lets through what a scope builds, with the centre as a parameter", () => {
    const scope = centreScope(db, A);
    const compiled = scope
      .selectFrom("persons")
      .select("persons.id")
      .where("persons.id", "=", "p1")
      .compile();
    expect(compiled.sql).toContain('"persons"."centre_id" = ?');
    expect(compiled.parameters).toEqual([A, "p1"]);
    expect(
      scope.updateTable("offers").set({ title: "x" }).where("offers.id", "=", "o1").compile().parameters,
    ).toContain(A);
    expect(scope.deleteFrom("tasks").where("tasks.id", "=", "t1").compile().parameters).toContain(A);
  });

  it("accepts the regional programme catalogue (centre_id is null or the centre's), nowhere else", () => {
    const programmes = db
      .selectFrom("programmes")
      .selectAll()
      .where((eb) => eb.or([eb("programmes.centre_id", "is", null), eb("programmes.centre_id", "=", A)]));
    expect(() => programmes.compile()).not.toThrow();
    const persons = db
      .selectFrom("persons")
      .selectAll()
      .where((eb) => eb.or([eb("persons.centre_id", "is", null), eb("persons.centre_id", "=", A)]));
    expect(() => persons.compile()).toThrow(/Unscoped select of persons/);
  });

  it("lets crossCentre through and tells its listener the purpose", () => {
    const purposes: string[] = [];
    const stop = onCrossCentre((purpose) => purposes.push(purpose));
    const compiled = crossCentre(db, "regional-offers").selectFrom("offers").selectAll().compile();
    stop();
    expect(compiled.sql).not.toContain("centre_id");
    expect(purposes).toEqual(["regional-offers"]);
  });
});

describe("a centre scope", () => {
  it("writes centre_id itself and refuses a row of another centre", () => {
    const scope = centreScope(db, A);
    const insert = scope
      .insertInto("person_agencies", { person_id: "p1", agency_id: "a1", created_at: "t" })
      .compile();
    expect(insert.parameters).toContain(A);
    expect(() =>
      scope.insertInto("person_agencies", {
        person_id: "p1",
        centre_id: B,
        agency_id: "a1",
        created_at: "t",
      }),
    ).toThrow(ForeignCentreRowError);
  });

  it("offers only tables with a centre (a type error otherwise), the same tables the guard watches", () => {
    const scope = centreScope(db, A);
    // @ts-expect-error agencies belong to the whole alliance, not to a centre
    const agencies = () => scope.selectFrom("agencies");
    expect(agencies).toBeTypeOf("function");
    expect(CENTRE_COLUMN_TABLES.has("agencies")).toBe(false);
    expect(CENTRE_COLUMN_TABLES.has("person_agencies")).toBe(true);
  });

  it("is bound to the transaction it hands over: sees only its centre, and a failure rolls back", async () => {
    await sql`create table person_agencies (person_id text, centre_id text, agency_id text, created_at text)`.execute(
      raw,
    );
    await centreScope(db, B)
      .insertInto("person_agencies", { person_id: "pb", agency_id: "a", created_at: "t" })
      .execute();
    const scope = centreScope(db, A);
    await scope.transaction(async (tx) => {
      expect(tx.db.isTransaction).toBe(true);
      await tx.insertInto("person_agencies", { person_id: "pa", agency_id: "a", created_at: "t" }).execute();
    });
    await expect(
      scope.transaction(async (tx) => {
        await tx
          .insertInto("person_agencies", { person_id: "rolled-back", agency_id: "a", created_at: "t" })
          .execute();
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    const seen = await scope.selectFrom("person_agencies").select("person_agencies.person_id").execute();
    expect(seen).toEqual([{ person_id: "pa" }]);
  });
});
