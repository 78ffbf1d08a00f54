import { openMigratedDatabase } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { seedDemo } from "../seed/demo.ts";

const config = loadConfig();
if (config.env === "production") {
  process.stderr.write("Demo data is never loaded with NODE_ENV=production.\n");
  process.exit(1);
}
const database = await openMigratedDatabase(config);
try {
  const seeded = await seedDemo(database.db);
  process.stdout.write(seeded ? "Demo data loaded.\n" : "Database already has data; nothing loaded.\n");
} finally {
  await database.close();
}
