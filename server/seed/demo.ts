import type { Db } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { hashPassword } from "../lib/passwords.ts";
import { nowIso } from "../lib/time.ts";
import { DEMO_PASSWORD, demoCentres, demoCompanies, demoUsers } from "./demo-accounts.ts";

export async function hasAnyCentre(db: Db): Promise<boolean> {
  return (await db.selectFrom("centres").select("id").limit(1).executeTakeFirst()) !== undefined;
}

/** Loads the demo centres, companies and sign-ins into an empty database; does nothing otherwise. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await hasAnyCentre(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = nowIso();
  const centreIds = new Map<string, string>(demoCentres.map((centre) => [centre.key, newId()]));
  const companyIds = new Map<string, string>(demoCompanies.map((company) => [company.key, newId()]));
  const idOf = (ids: Map<string, string>, key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo data refers to unknown key ${key}`);
    return id;
  };
  const stamps = { created_at: now, updated_at: now, version: 1 };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("centres")
      .values(
        demoCentres.map((centre) => ({
          id: idOf(centreIds, centre.key),
          name: centre.name,
          district: centre.district,
          ...stamps,
        })),
      )
      .execute();
    await trx
      .insertInto("companies")
      .values(
        demoCompanies.map((company) => ({
          id: idOf(companyIds, company.key),
          centre_id: idOf(centreIds, company.centre),
          name: company.name,
          district: company.district,
          ...stamps,
        })),
      )
      .execute();
    await trx
      .insertInto("users")
      .values(
        demoUsers.map((user) => ({
          id: newId(),
          centre_id: idOf(centreIds, user.centre),
          company_id: user.company ? idOf(companyIds, user.company) : null,
          email: user.email,
          name: user.name,
          role: user.role,
          password_hash: passwordHash,
          active: 1,
          last_login_at: null,
          ...stamps,
        })),
      )
      .execute();
  });
  return true;
}
