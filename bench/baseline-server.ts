import fs from "node:fs";
import http from "node:http";
import Database from "better-sqlite3";

/** Per scenario, every statement the app ran for it, in order (a name search runs two). */
type Captured = Record<string, { sql: string; parameters: unknown[] }[]>;

/** The floor to compare against: node:http + better-sqlite3 running the app's own SQL, nothing else. */
const [file, queriesFile, port] = process.argv.slice(2);
if (!file || !queriesFile || !port)
  throw new Error("usage: baseline-server <sqlite file> <queries.json> <port>");
const queries: Captured = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
const sqlite = new Database(file, { readonly: true });
sqlite.pragma("busy_timeout = 5000");
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
    const body = JSON.stringify({ items: rows });
    response
      .writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
      .end(body);
  })
  .listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
