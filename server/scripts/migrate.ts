import { openDatabase } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { migrateToLatest } from "../db/migrate.ts";

const database = openDatabase(loadConfig());
try {
  const applied = await migrateToLatest(database.db);
  process.stdout.write(applied.length ? `Applied: ${applied.join(", ")}\n` : "Database is up to date.\n");
} finally {
  await database.close();
}
