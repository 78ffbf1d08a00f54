import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import pg from "pg";

/** Per scenario, every statement the app ran for it, in order (a name search runs two). */
type Captured = Record<string, { sql: string; parameters: unknown[] }[]>;
/** Per scenario, the read audit entry the app commits before it answers: the baseline commits the same. */
type AuditTemplates = Record<string, { row: Record<string, unknown>; personIds: string[] } | null>;

/**
 * The PostgreSQL floor to compare against: node:http + pg running the app's own SQL (compiled by Kysely's
 * PostgreSQL dialect) with a pool as large as the app's, and committing the same read audit entry in one
 * transaction before it answers, nothing else.
 */
const [databaseUrl, queriesFile, auditFile, port, poolSize] = process.argv.slice(2);
if (!databaseUrl || !queriesFile || !auditFile || !port)
  throw new Error("usage: pg-baseline-server <database url> <queries.json> <audit.json> <port> [pool size]");
const queries: Captured = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
const audits: AuditTemplates = JSON.parse(fs.readFileSync(auditFile, "utf8"));
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize ?? 10) });

/** The same entry as the app's, with a fresh id and time: one row plus its person links. */
function auditWriter(template: { row: Record<string, unknown>; personIds: string[] }) {
  const columns = Object.keys(template.row);
  const entry = `insert into audit_log (${columns.map((column) => `"${column}"`).join(", ")}) values (${columns.map((_, index) => `$${index + 1}`).join(", ")})`;
  const links =
    template.personIds.length > 0
      ? `insert into audit_persons (person_id, audit_id) values ${template.personIds.map((_, index) => `($${2 * index + 1}, $${2 * index + 2})`).join(", ")}`
      : null;
  return async (client: pg.PoolClient) => {
    const id = randomUUID();
    await client.query("begin");
    await client.query(
      entry,
      columns.map((column) =>
        column === "id" ? id : column === "at" ? new Date().toISOString() : template.row[column],
      ),
    );
    if (links)
      await client.query(
        links,
        template.personIds.flatMap((personId) => [personId, id]),
      );
    await client.query("commit");
  };
}
const writers = new Map(
  Object.entries(audits).flatMap(([name, template]) =>
    template ? [[name, auditWriter(template)] as const] : [],
  ),
);

async function answer(name: string): Promise<string | null> {
  const steps = queries[name];
  if (!steps) return null;
  const client = await pool.connect();
  try {
    let rows: unknown[] = [];
    for (const step of steps) rows = (await client.query(step.sql, step.parameters)).rows;
    await writers.get(name)?.(client);
    return JSON.stringify({ items: rows });
  } finally {
    client.release();
  }
}

http
  .createServer((request, response) => {
    answer((request.url ?? "/").slice(1)).then(
      (body) => {
        if (body === null) response.writeHead(404).end();
        else
          response
            .writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
            .end(body);
      },
      () => response.writeHead(500).end(),
    );
  })
  .listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
