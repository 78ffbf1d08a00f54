import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database, Db, Dialect } from "./database.ts";

export type DatabaseHandle = {
  db: Db;
  dialect: Dialect;
  sqliteFile: string | null;
  close: () => Promise<void>;
};

export type DatabaseOptions = {
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  poolSize?: number;
};

export const SQLITE_FILE_NAME = "ankommen.sqlite";

export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, SQLITE_FILE_NAME);
}

export function openSqlite(file: string): SqliteDatabase.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return sqlite;
}

// pg returns int8 (count(*)) and numeric as strings; the app only uses counts well below 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export function connectDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", sqliteFile: null, close: () => db.destroy() };
  }
  if (!options.sqliteFile) throw new Error("connectDatabase needs databaseUrl or sqliteFile");
  const sqlite = openSqlite(options.sqliteFile);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: "sqlite", sqliteFile: options.sqliteFile, close: () => db.destroy() };
}
