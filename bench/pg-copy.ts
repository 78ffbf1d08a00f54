import { once } from "node:events";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value in PostgreSQL's COPY text format: `\N` for null, JSON for arrays and objects, escaped text. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.replace(/[\\\t\n\r]/g, (char) =>
    char === "\\" ? "\\\\" : char === "\t" ? "\\t" : char === "\n" ? "\\n" : "\\r",
  );
}

/**
 * One `COPY table FROM STDIN` on its own connection, fed row by row while the generator runs (several tables
 * load at once, each on its connection). The columns are the first row's keys. Foreign keys are not checked
 * while loading (`session_replication_role = replica`): the generator writes consistent rows, and the parent
 * rows may still be in another table's stream.
 */
export class CopyStream {
  private client: pg.Client;
  private stream: ReturnType<typeof copyFrom> | null = null;
  private columns: string[] = [];
  private buffer: string[] = [];
  rows = 0;

  constructor(
    url: string,
    private readonly table: string,
  ) {
    this.client = new pg.Client({ connectionString: url });
  }

  async open() {
    await this.client.connect();
    await this.client.query("set session_replication_role = replica");
  }

  async write(rows: readonly object[]) {
    const first = rows[0];
    if (!first) return;
    if (!this.stream) {
      this.columns = Object.keys(first);
      this.stream = this.client.query(
        copyFrom(`copy ${this.table} (${this.columns.map((column) => `"${column}"`).join(", ")}) from stdin`),
      );
    }
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      this.buffer.push(`${this.columns.map((column) => copyValue(record[column])).join("\t")}\n`);
    }
    this.rows += rows.length;
    if (this.buffer.length >= 2000) await this.flush();
  }

  private async flush() {
    if (!this.stream || this.buffer.length === 0) return;
    const chunk = this.buffer.join("");
    this.buffer = [];
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async close() {
    await this.flush();
    if (this.stream) {
      const done = once(this.stream, "finish");
      this.stream.end();
      await done;
    }
    await this.client.end();
  }
}
