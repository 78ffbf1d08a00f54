import path from "node:path";
import { loadConfig } from "../config.ts";
import { backupSqlite } from "../db/backup.ts";
import { sqliteFileIn } from "../db/connect.ts";

const config = loadConfig();
if (config.databaseUrl) {
  process.stderr.write("DATABASE_URL is set: back up PostgreSQL with pg_dump instead.\n");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = path.resolve(
  process.argv[2] ?? path.join(config.dataDir, "backups", `ankommen-${stamp}.sqlite`),
);
const { pages } = await backupSqlite(sqliteFileIn(config.dataDir), target);
process.stdout.write(`Backup written to ${target} (${pages} pages)\n`);
