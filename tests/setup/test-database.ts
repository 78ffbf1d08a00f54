import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { connectDatabase, type DatabaseHandle } from "#server/db/connect.ts";
import "./provided.ts";

export type TestDatabase = DatabaseHandle & { url: string | null };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function createPostgresCopy(): Promise<string> {
  const adminUrl = inject("postgresAdminUrl");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
        break;
      } catch (error) {
        if (attempt > 40 || !String(error).includes("being accessed by other users")) throw error;
        await sleep(50 + Math.random() * 100);
      }
    }
  } finally {
    await admin.end();
  }
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

/** A migrated database of its own for one test file: a copy of the SQLite template file or of the PostgreSQL template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DB === "postgres") {
    const url = await createPostgresCopy();
    return { ...connectDatabase({ databaseUrl: url, poolSize: 5 }), url };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-test-"));
  const file = path.join(dir, "test.sqlite");
  fs.copyFileSync(inject("sqliteTemplate"), file);
  const handle = connectDatabase({ sqliteFile: file });
  return {
    ...handle,
    url: null,
    close: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
