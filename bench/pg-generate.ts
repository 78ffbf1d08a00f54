import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import { newId } from "#server/lib/ids.ts";
import { nameTokenRows } from "#server/modules/persons/persons.repository.ts";
import { generatePerson, type PersonBundle } from "#server/seed/case-data.ts";
import { seedDemo } from "#server/seed/demo.ts";
import { addLanguageData } from "#server/seed/language-data.ts";
import { createRandom } from "#server/seed/random.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { migrations } from "../migrations/index.ts";
import { releaseExitHook, type Started, startPostgres } from "../tests/setup/postgres-server.ts";
import { CopyStream } from "./pg-copy.ts";
import { repoRoot } from "./processes.ts";

export type PgBenchScale = { persons: number; maxActivitiesPerCase: number };

const PASSWORD = "ankommen-bench";
const DATABASE = "ankommen";

/**
 * The alliance: the three demo centres and three more, with a share of the persons each (Hannover the
 * largest). Every centre gets an advisor, so its cases have someone responsible.
 */
const benchCentres = [
  { name: "Welcome Center Region Hannover", district: "region-hannover", share: 0.3 },
  { name: "Welcome Center Hildesheim", district: "lk-hildesheim", share: 0.2 },
  { name: "Welcome Center Hameln-Pyrmont", district: "lk-hameln-pyrmont", share: 0.14 },
  { name: "Welcome Center Schaumburg", district: "lk-schaumburg", share: 0.13, key: "schaumburg" },
  { name: "Welcome Center Nienburg", district: "lk-nienburg", share: 0.12, key: "nienburg" },
  { name: "Welcome Center Holzminden", district: "lk-holzminden", share: 0.11, key: "holzminden" },
] as const;

/** Tables the generator fills; their secondary indexes are dropped while loading and built afterwards. */
const bulkTables = [
  "persons",
  "language_entries",
  "person_name_tokens",
  "person_consents",
  "cases",
  "case_activities",
  "tasks",
] as const;

/** Server settings for a million persons on a shared machine: a cache that holds the hot indexes. */
export const PG_BENCH_FLAGS = [
  "-c",
  "shared_buffers=1GB",
  "-c",
  "max_wal_size=8GB",
  "-c",
  "checkpoint_timeout=30min",
  "-c",
  "max_connections=200",
];

type Fingerprint = {
  persons: number;
  maxActivitiesPerCase: number;
  generator: string;
  migrations: Record<string, string>;
};

const sha = (files: string[]) => {
  const hash = createHash("sha256");
  for (const file of files) hash.update(fs.readFileSync(path.join(repoRoot, file)));
  return hash.digest("hex");
};

function fingerprintOf(scale: PgBenchScale): Fingerprint {
  return {
    ...scale,
    generator: sha(["bench/pg-generate.ts", "bench/pg-copy.ts", "server/seed/case-data.ts"]),
    migrations: Object.fromEntries(
      Object.keys(migrations).map((name) => [name, sha([`migrations/${name}.ts`])]),
    ),
  };
}

/**
 * The data set is rebuilt when the scale, the generator or a migration it was built with changes (the
 * fingerprint hashes their sources, not just their names). A migration added since is applied to the cached
 * data like on a production database, which is also how an index migration is measured before and after.
 */
function stillValid(stored: Fingerprint, current: Fingerprint): boolean {
  return (
    stored.persons === current.persons &&
    stored.maxActivitiesPerCase === current.maxActivitiesPerCase &&
    stored.generator === current.generator &&
    Object.entries(stored.migrations).every(([name, hash]) => current.migrations[name] === hash)
  );
}

export type PgBenchDatabase = Started & { url: string; stop: () => Promise<void> };

/**
 * An embedded PostgreSQL whose data folder lives in `bench/.data/pg/<persons>/`, holding the demo accounts
 * and `scale.persons` generated persons across six centres, loaded with COPY. Reused while its fingerprint
 * matches; regenerated otherwise.
 */
export async function ensurePgBenchDatabase(
  scale: PgBenchScale,
  log: (line: string) => void,
): Promise<PgBenchDatabase> {
  releaseExitHook();
  const dir = path.join(repoRoot, "bench", ".data", "pg", String(scale.persons));
  const marker = path.join(dir, "fingerprint.json");
  const fingerprint = fingerprintOf(scale);
  const cached =
    fs.existsSync(marker) &&
    stillValid(JSON.parse(fs.readFileSync(marker, "utf8")) as Fingerprint, fingerprint);
  if (!cached) fs.rmSync(dir, { recursive: true, force: true });
  const started = await startPostgres(PASSWORD, { keepIn: dir, flags: PG_BENCH_FLAGS });
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${started.port}/${DATABASE}`;
  const database = { ...started, url, stop: () => started.server.stop() };
  if (cached) {
    const handle = connectDatabase({ databaseUrl: url });
    await migrateToLatest(handle.db);
    await handle.close();
    return database;
  }
  const admin = new pg.Client({
    connectionString: `postgres://postgres:${PASSWORD}@127.0.0.1:${started.port}/postgres`,
  });
  await admin.connect();
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const begun = performance.now();
  const counts = await generate(url, scale, log);
  fs.writeFileSync(marker, JSON.stringify(fingerprint));
  log(
    `Generated ${scale.persons} persons, ${counts.cases} cases and ${counts.activities} timeline entries in six centres with COPY in ${((performance.now() - begun) / 1000).toFixed(0)} s`,
  );
  return database;
}

async function generate(url: string, scale: PgBenchScale, log: (line: string) => void) {
  const handle = connectDatabase({ databaseUrl: url });
  await migrateToLatest(handle.db);
  await seedDemo(handle.db);
  const template = await handle.db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", "advisor@hannover.example")
    .executeTakeFirstOrThrow();
  const anyCentre = await handle.db.selectFrom("centres").selectAll().limit(1).executeTakeFirstOrThrow();
  for (const centre of benchCentres) {
    if (!("key" in centre)) continue;
    const id = newId();
    await handle.db
      .insertInto("centres")
      .values({ ...anyCentre, id, name: centre.name, district: centre.district })
      .execute();
    await handle.db
      .insertInto("users")
      .values({
        ...template,
        id: newId(),
        centre_id: id,
        email: `advisor@${centre.key}.example`,
        second_factor_secret: null,
      })
      .execute();
  }
  const centres = await Promise.all(
    benchCentres.map(async (centre) => {
      const row = await handle.db
        .selectFrom("centres")
        .select("id")
        .where("name", "=", centre.name)
        .executeTakeFirstOrThrow();
      const advisors = await handle.db
        .selectFrom("users")
        .select("id")
        .where("centre_id", "=", row.id)
        .where("role", "in", ["advisor", "admin"])
        .execute();
      return { ...centre, id: row.id, advisorIds: advisors.map((advisor) => advisor.id) };
    }),
  );
  await handle.close();

  const indexes = await withClient(url, async (client) => {
    const found = await client.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes i
        where schemaname = 'public' and tablename = any($1)
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [bulkTables],
    );
    for (const index of found.rows) await client.query(`drop index "${index.indexname}"`);
    return found.rows;
  });

  const streams = Object.fromEntries(
    bulkTables.map((table) => [table, new CopyStream(url, table)]),
  ) as Record<(typeof bulkTables)[number], CopyStream>;
  await Promise.all(Object.values(streams).map((stream) => stream.open()));
  const random = createRandom(4711);
  const languageRandom = createRandom(4712);
  const today = todayInBerlin();
  const batch = 2000;
  const shares = centres.map((centre) => Math.round(centre.share * scale.persons));
  for (const [index, centre] of centres.entries()) {
    const count =
      index === centres.length - 1
        ? scale.persons - shares.slice(0, -1).reduce((a, b) => a + b, 0)
        : (shares[index] ?? 0);
    for (let done = 0; done < count; done += batch) {
      const bundles: PersonBundle[] = Array.from({ length: Math.min(batch, count - done) }, () =>
        generatePerson(random, {
          centreId: centre.id,
          district: centre.district,
          advisorIds: centre.advisorIds,
          today,
          firstDay: "2024-01-02",
          maxActivitiesPerCase: scale.maxActivitiesPerCase,
        }),
      );
      const languageEntries = addLanguageData(languageRandom, bundles, { today, share: 0.6 });
      await streams.persons.write(bundles.map((bundle) => bundle.person));
      await streams.language_entries.write(languageEntries);
      await streams.person_name_tokens.write(bundles.flatMap((bundle) => nameTokenRows(bundle.person)));
      await streams.person_consents.write(bundles.flatMap((bundle) => bundle.consents));
      await streams.cases.write(bundles.flatMap((bundle) => bundle.cases));
      await streams.case_activities.write(bundles.flatMap((bundle) => bundle.activities));
      await streams.tasks.write(bundles.flatMap((bundle) => bundle.tasks));
    }
    log(`  ${centre.name}: ${count} persons`);
  }
  await Promise.all(Object.values(streams).map((stream) => stream.close()));
  log(`Loaded; building ${indexes.length} indexes and the planner statistics`);
  await withClient(url, async (client) => {
    await client.query("set maintenance_work_mem = '1GB'");
    for (const index of indexes) await client.query(index.indexdef);
    // Vacuum sets the visibility map, without which no scan is index-only.
    await client.query("vacuum (analyze)");
  });
  return { cases: streams.cases.rows, activities: streams.case_activities.rows };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
