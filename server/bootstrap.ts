import type { Config } from "./config.ts";
import { connectDatabase, sqliteFileIn } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";

export function openDatabase(config: Config, poolSize?: number) {
  return connectDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: sqliteFileIn(config.dataDir),
    ...(poolSize !== undefined && { poolSize }),
  });
}

export async function openMigratedDatabase(config: Config) {
  const handle = openDatabase(config);
  await migrateToLatest(handle.db);
  return handle;
}
