import fs from "node:fs";
import path from "node:path";
import type SqliteDatabase from "better-sqlite3";
import { connectDatabase, openSqlite } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import { nameTokenRows } from "#server/modules/persons/persons.repository.ts";
import { generatePerson, type PersonBundle } from "#server/seed/case-data.ts";
import { seedDemo } from "#server/seed/demo.ts";
import { addLanguageData } from "#server/seed/language-data.ts";
import { createRandom } from "#server/seed/random.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { migrations } from "../migrations/index.ts";
import { insertEmployerData } from "./employer-data.ts";

export type BenchScale = { persons: number; maxActivitiesPerCase: number };

function insertRows(sqlite: SqliteDatabase.Database, table: string, rows: readonly object[]) {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const statement = sqlite.prepare(
    `insert into ${table} (${columns.map((column) => `"${column}"`).join(", ")}) values (${columns.map(() => "?").join(", ")})`,
  );
  for (const row of rows)
    statement.run(...columns.map((column) => (row as Record<string, unknown>)[column] ?? null));
}

/** Data is regenerated when the scale, the migrations or the generator change. */
const GENERATOR_VERSION = 4;
const markerOf = (scale: BenchScale) =>
  JSON.stringify({ ...scale, migrations: Object.keys(migrations), generator: GENERATOR_VERSION });

/**
 * A SQLite file with the demo centres and users plus `scale.persons` generated persons (cases,
 * timeline, tasks) in Welcome Center Hildesheim. Built once and reused while the scale matches.
 */
export async function ensureBenchDatabase(dataDir: string, scale: BenchScale, log: (line: string) => void) {
  const file = path.join(dataDir, "ankommen.sqlite");
  const marker = path.join(dataDir, "scale.json");
  if (fs.existsSync(file) && fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === markerOf(scale))
    return file;
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const handle = connectDatabase({ sqliteFile: file });
  await migrateToLatest(handle.db);
  await seedDemo(handle.db);
  const centre = await handle.db
    .selectFrom("centres")
    .select(["id", "district"])
    .where("name", "=", "Welcome Center Hildesheim")
    .executeTakeFirstOrThrow();
  const advisors = await handle.db
    .selectFrom("users")
    .select("id")
    .where("centre_id", "=", centre.id)
    .where("role", "in", ["advisor", "admin"])
    .execute();
  await handle.close();

  const sqlite = openSqlite(file);
  const random = createRandom(4711);
  const languageRandom = createRandom(4712);
  const today = todayInBerlin();
  let activities = 0;
  const batch = 5000;
  for (let done = 0; done < scale.persons; done += batch) {
    const bundles: PersonBundle[] = Array.from({ length: Math.min(batch, scale.persons - done) }, () =>
      generatePerson(random, {
        centreId: centre.id,
        district: centre.district,
        advisorIds: advisors.map((advisor) => advisor.id),
        today,
        firstDay: "2024-01-02",
        maxActivitiesPerCase: scale.maxActivitiesPerCase,
      }),
    );
    const languageEntries = addLanguageData(languageRandom, bundles, { today, share: 0.6 });
    sqlite.transaction(() => {
      insertRows(
        sqlite,
        "persons",
        bundles.map((bundle) => bundle.person),
      );
      insertRows(sqlite, "language_entries", languageEntries);
      insertRows(
        sqlite,
        "person_name_tokens",
        bundles.flatMap((bundle) => nameTokenRows(bundle.person)),
      );
      insertRows(
        sqlite,
        "person_consents",
        bundles.flatMap((bundle) => bundle.consents),
      );
      insertRows(
        sqlite,
        "cases",
        bundles.flatMap((bundle) => bundle.cases),
      );
      const rows = bundles.flatMap((bundle) => bundle.activities);
      activities += rows.length;
      insertRows(sqlite, "case_activities", rows);
      insertRows(
        sqlite,
        "tasks",
        bundles.flatMap((bundle) => bundle.tasks),
      );
    })();
  }
  const employers = insertEmployerData(sqlite, (table, rows) => insertRows(sqlite, table, rows), {
    centreId: centre.id,
    persons: scale.persons,
    today,
    random: createRandom(4713),
  });
  log(
    `Generated ${employers.companies} companies, ${employers.inquiries} inquiries, ${employers.offers} offers, ${employers.placements} placements`,
  );
  sqlite.pragma("optimize");
  sqlite.exec("analyze");
  sqlite.close();
  fs.writeFileSync(marker, markerOf(scale));
  log(
    `Generated ${scale.persons} persons and ${activities} timeline entries in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return file;
}
