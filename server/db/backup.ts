import fs from "node:fs";
import path from "node:path";
import type SqliteDatabase from "better-sqlite3";
import { openSqlite } from "./connect.ts";

/** Online backup through SQLite's backup API: consistent while the server keeps writing. */
export async function backupSqlite(sourceFile: string, targetFile: string): Promise<{ pages: number }> {
  fs.mkdirSync(path.dirname(targetFile), { recursive: true });
  if (fs.existsSync(targetFile)) throw new Error(`Backup target exists: ${targetFile}`);
  const source: SqliteDatabase.Database = openSqlite(sourceFile);
  try {
    const { totalPages } = await source.backup(targetFile);
    return { pages: totalPages };
  } finally {
    source.close();
  }
}
