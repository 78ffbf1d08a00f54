import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { connectDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import "./provided.ts";

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-sqlite-"));
  const file = path.join(dir, "template.sqlite");
  const handle = connectDatabase({ sqliteFile: file });
  await migrateToLatest(handle.db);
  await handle.close();
  project.provide("sqliteTemplate", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
