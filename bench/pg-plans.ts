import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "#server/db/database.ts";
import { casesOpenedByMonth, servedPersonsProfile } from "#server/modules/stats/stats.repository.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { AuditTemplate } from "./capture-audit.ts";

type Statement = { sql: string; parameters: unknown[] };

/** The SQL of two region-wide figures (all centres, the current calendar year), as the app compiles it. */
export async function captureRegionFigures(url: string): Promise<Record<string, Statement>> {
  const captured: Record<string, Statement> = {};
  let current = "";
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (current && event.level === "query")
        captured[current] = { sql: event.query.sql, parameters: [...event.query.parameters] };
    },
  });
  const year = todayInBerlin().slice(0, 4);
  const range = { firstDay: `${year}-01-01`, lastDay: `${year}-12-31` };
  current = "region: cases opened by month";
  await casesOpenedByMonth(db, null, range);
  current = "region: persons in support by profile";
  await servedPersonsProfile(db, null, range);
  await db.destroy();
  return captured;
}

/** The audit insert of a scenario, as the baseline sends it (the app's entry with a fresh id). */
export function auditInsert(template: NonNullable<AuditTemplate>): Statement {
  const columns = Object.keys(template.row);
  return {
    sql: `insert into audit_log (${columns.map((column) => `"${column}"`).join(", ")}) values (${columns.map((_, index) => `$${index + 1}`).join(", ")})`,
    parameters: columns.map((column) =>
      column === "id"
        ? crypto.randomUUID()
        : column === "at"
          ? new Date().toISOString()
          : template.row[column],
    ),
  };
}

/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of each statement, run in a transaction that is rolled back (the audit insert
 * runs for real inside it), with the plan text and whether every scan in it reads the index alone.
 */
export async function explainAll(url: string, statements: Record<string, Statement>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const plans: { name: string; plan: string[] }[] = [];
  try {
    for (const [name, statement] of Object.entries(statements)) {
      await client.query("begin");
      const result = await client.query<{ "QUERY PLAN": string }>(
        `explain (analyze, buffers) ${statement.sql}`,
        statement.parameters,
      );
      await client.query("rollback");
      plans.push({ name, plan: result.rows.map((row) => row["QUERY PLAN"]) });
    }
  } finally {
    await client.end();
  }
  return plans;
}
