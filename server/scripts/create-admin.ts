import { parseArgs } from "node:util";
import { DistrictSchema } from "#shared/reference/districts.ts";
import { EmailSchema, PasswordSchema } from "#shared/schemas/common.ts";
import { openMigratedDatabase } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { centreScope } from "../db/centre-scope.ts";
import { newId } from "../lib/ids.ts";
import { hashPassword } from "../lib/passwords.ts";
import { nowIso } from "../lib/time.ts";
import { findCentreByName, insertCentre } from "../modules/centres/centres.repository.ts";
import { emailTaken } from "../modules/users/users.cross-centre.ts";
import { insertUser } from "../modules/users/users.repository.ts";

const usage =
  'Usage: npm run db:create-admin -- --email admin@example.org --name "Name" --centre "Welcome Center X" --district lk-hildesheim\n' +
  "The password is read from the environment variable ADMIN_PASSWORD (at least 12 characters).\n";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    centre: { type: "string" },
    district: { type: "string" },
  },
});
const email = EmailSchema.safeParse(values.email);
const password = PasswordSchema.safeParse(process.env.ADMIN_PASSWORD);
const district = DistrictSchema.safeParse(values.district);
if (!email.success || !password.success || !district.success || !values.name || !values.centre) {
  process.stderr.write(usage);
  process.exit(2);
}

const centreName = values.centre;
const adminName = values.name;
const database = await openMigratedDatabase(loadConfig());
try {
  const now = nowIso();
  const stamps = { created_at: now, updated_at: now, version: 1 };
  const passwordHash = await hashPassword(password.data);
  await database.db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, email.data)) throw new Error(`${email.data} already has an account`);
    const existing = await findCentreByName(trx, centreName);
    const centreId = existing?.id ?? newId();
    if (!existing)
      await insertCentre(trx, { id: centreId, name: centreName, district: district.data, ...stamps });
    await insertUser(centreScope(trx, centreId), {
      id: newId(),
      centre_id: centreId,
      company_id: null,
      email: email.data,
      name: adminName,
      role: "admin",
      password_hash: passwordHash,
      active: 1,
      last_login_at: null,
      ...stamps,
    });
  });
  process.stdout.write(`Admin ${email.data} created for ${centreName}.\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
