import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import Database from "better-sqlite3";

/** Per scenario, every statement the app ran for it, in order (a name search runs two). */
type Captured = Record<string, { sql: string; parameters: unknown[] }[]>;
/** Per scenario, the read audit entry the app commits before it answers: the baseline commits the same. */
type AuditTemplates = Record<string, { row: Record<string, unknown>; personIds: string[] } | null>;

/**
 * The floor to compare against: node:http + better-sqlite3 running the app's own SQL and committing the same read
 * audit entry the app commits before it answers (issue 14: no person data leaves before its entry), nothing else.
 */
const [file, queriesFile, auditFile, port] = process.argv.slice(2);
if (!file || !queriesFile || !auditFile || !port)
  throw new Error("usage: baseline-server <sqlite file> <queries.json> <audit.json> <port>");
const queries: Captured = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
const audits: AuditTemplates = JSON.parse(fs.readFileSync(auditFile, "utf8"));
const sqlite = new Database(file);
// The app's own settings (server/db/connect.ts), so a commit costs the baseline what it costs the app.
sqlite.pragma("journal_mode = WAL");
sqlite.pragma("synchronous = NORMAL");
sqlite.pragma("busy_timeout = 5000");

/** The same entry as the app's, with a fresh id and time, in one transaction: one row plus its person links. */
function auditWriter(template: { row: Record<string, unknown>; personIds: string[] }) {
  const columns = Object.keys(template.row);
  const entry = sqlite.prepare(
    `insert into audit_log (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`,
  );
  const links =
    template.personIds.length > 0
      ? sqlite.prepare(
          `insert into audit_persons (person_id, audit_id) values ${template.personIds.map(() => "(?, ?)").join(", ")}`,
        )
      : null;
  return sqlite.transaction(() => {
    const id = randomUUID();
    entry.run(
      ...columns.map((column) =>
        column === "id" ? id : column === "at" ? new Date().toISOString() : template.row[column],
      ),
    );
    links?.run(...template.personIds.flatMap((personId) => [personId, id]));
  });
}
const writers = new Map(
  Object.entries(audits).flatMap(([name, template]) =>
    template ? [[name, auditWriter(template)] as const] : [],
  ),
);
const statements = new Map(
  Object.entries(queries).map(([name, steps]) => [
    name,
    steps.map((step) => ({ statement: sqlite.prepare(step.sql), parameters: step.parameters })),
  ]),
);

http
  .createServer((request, response) => {
    const steps = statements.get((request.url ?? "/").slice(1));
    if (!steps) {
      response.writeHead(404).end();
      return;
    }
    let rows: unknown[] = [];
    for (const step of steps) rows = step.statement.all(...(step.parameters as unknown[]));
    writers.get((request.url ?? "/").slice(1))?.();
    const body = JSON.stringify({ items: rows });
    response
      .writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
      .end(body);
  })
  .listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
