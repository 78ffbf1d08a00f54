import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Database, Db, Dialect } from "./database.ts";

export type DatabaseHandle = {
  db: Db;
  dialect: Dialect;
  sqliteFile: string | null;
  /** Periodic upkeep: planner statistics on SQLite (PostgreSQL's autovacuum does its own). */
  maintain: () => void;
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
  refreshPlannerStatistics(sqlite);
  return withStatementCache(sqlite);
}

/**
 * The query planner needs table statistics to prefer a primary-key lookup over a centre index scan;
 * SQLite gathers them only when asked. `optimize` analyses just the tables whose stats are missing or stale.
 */
export function refreshPlannerStatistics(sqlite: SqliteDatabase.Database): void {
  sqlite.pragma("analysis_limit = 1000");
  sqlite.pragma("optimize = 0x10002");
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver calls prepare() for every query; preparing costs about as much as running a
 * small query. Kysely emits identical SQL text for identical query shapes, so caching by text is safe.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDatabase.Database {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, SqliteDatabase.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > STATEMENT_CACHE_SIZE) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return sqlite;
}

// pg returns int8 (count(*)) and numeric as strings; the app only uses counts well below 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export function connectDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", sqliteFile: null, maintain: () => {}, close: () => db.destroy() };
  }
  if (!options.sqliteFile) throw new Error("connectDatabase needs databaseUrl or sqliteFile");
  const sqlite = openSqlite(options.sqliteFile);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: "sqlite",
    sqliteFile: options.sqliteFile,
    maintain: () => refreshPlannerStatistics(sqlite),
    close: () => db.destroy(),
  };
}

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
