import { type Dialect, Kysely } from "kysely";
import type { Database } from "#server/db/database.ts";
import { listCases } from "#server/modules/cases/cases.repository.ts";
import { findPerson, listPersons } from "#server/modules/persons/persons.repository.ts";
import { findSessionWithUser } from "#server/modules/sessions/sessions.cross-centre.ts";

export type Scenario = { name: string; appPath: string; baselineKey: string };

/**
 * Runs the app's repository functions once and records the SQL they send, for the baseline server.
 * Every scenario starts with the session lookup of the signed-in bench user, because the app runs it
 * for every request too: the baseline serves the same authenticated request with nothing around it.
 * `dialect` is SQLite's or PostgreSQL's, so each baseline runs the SQL its dialect compiles.
 */
export async function captureScenarios(dialect: Dialect, searchTerm: string, signedInEmail: string) {
  const captured: Record<string, { sql: string; parameters: unknown[] }[]> = {};
  let current = "";
  const db = new Kysely<Database>({
    dialect,
    log: (event) => {
      if (current && event.level === "query") {
        const steps = captured[current] ?? [];
        steps.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
        captured[current] = steps;
      }
    },
  });
  const centre = await db
    .selectFrom("centres")
    .select("id")
    .where("name", "=", "Welcome Center Hildesheim")
    .executeTakeFirstOrThrow();
  const total = Number(
    (
      await db
        .selectFrom("cases")
        .select(db.fn.countAll().as("n"))
        .where("centre_id", "=", centre.id)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const deep = await db
    .selectFrom("cases")
    .select(["opened_on", "id"])
    .where("centre_id", "=", centre.id)
    .orderBy("opened_on", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .offset(Math.floor(total * 0.8))
    .executeTakeFirstOrThrow();
  const person = await db
    .selectFrom("persons")
    .select("id")
    .where("centre_id", "=", centre.id)
    .orderBy("id")
    .limit(1)
    .offset(1234 % total)
    .executeTakeFirstOrThrow();

  const session = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select("sessions.id")
    .where("users.email", "=", signedInEmail)
    .orderBy("sessions.created_at", "desc")
    .executeTakeFirstOrThrow();
  const capture = async (key: string, run: () => Promise<unknown>) => {
    current = key;
    await findSessionWithUser(db, session.id);
    await run();
  };

  await capture("cases-first", () => listCases(db, centre.id, { terms: [], sort: "-opened", limit: 51 }));
  await capture("cases-deep", () =>
    listCases(db, centre.id, { terms: [], sort: "-opened", after: [deep.opened_on, deep.id], limit: 51 }),
  );
  await capture("search", () =>
    listPersons(db, centre.id, { terms: searchTerm.split(" "), sort: "name", limit: 51 }),
  );
  await capture("search-prefix", () =>
    listPersons(db, centre.id, { terms: ["mar"], sort: "name", limit: 51 }),
  );
  await capture("person", () => findPerson(db, centre.id, person.id));
  current = "";
  await db.destroy();

  const cursor = Buffer.from(JSON.stringify([deep.opened_on, deep.id]), "utf8").toString("base64url");
  const scenarios: Scenario[] = [
    { name: "case list, first page", appPath: "/api/cases?limit=50", baselineKey: "cases-first" },
    {
      name: `case list, page at ${Math.floor(total * 0.8)}`,
      appPath: `/api/cases?limit=50&cursor=${cursor}`,
      baselineKey: "cases-deep",
    },
    {
      name: `name search "${searchTerm}"`,
      appPath: `/api/persons?limit=50&q=${encodeURIComponent(searchTerm)}`,
      baselineKey: "search",
    },
    { name: 'name search "mar"', appPath: "/api/persons?limit=50&q=mar", baselineKey: "search-prefix" },
    { name: "person page", appPath: `/api/persons/${person.id}`, baselineKey: "person" },
  ];
  return { captured, scenarios, totalCases: total };
}
