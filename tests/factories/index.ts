import { centreScope } from "#server/db/centre-scope.ts";
import type { Db } from "#server/db/database.ts";
import { newId } from "#server/lib/ids.ts";
import { foldName } from "#server/lib/names.ts";
import { hashPassword } from "#server/lib/passwords.ts";
import { nowIso } from "#server/lib/time.ts";
import { personColumns } from "#server/modules/persons/person-mapping.ts";
import { insertPerson } from "#server/modules/persons/persons.repository.ts";
import type { Role } from "#shared/auth/roles.ts";
import type { District } from "#shared/reference/districts.ts";
import { type PersonCreate, PersonCreateSchema } from "#shared/schemas/person.ts";

export const TEST_PASSWORD = "richtig-gutes-passwort";
let testPasswordHash: Promise<string> | undefined;

const stamps = () => {
  const now = nowIso();
  return { created_at: now, updated_at: now, version: 1 };
};

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createCentre(db: Db, overrides: { name?: string; district?: District } = {}) {
  const row = {
    id: newId(),
    name: overrides.name ?? `Welcome Center Test ${unique()}`,
    district: overrides.district ?? "lk-hildesheim",
    ...stamps(),
  };
  await db.insertInto("centres").values(row).execute();
  return row;
}

export async function createCompany(
  db: Db,
  centreId: string,
  overrides: { name?: string; district?: District; agencyId?: string } = {},
) {
  const name = overrides.name ?? `Tischlerei ${unique()}`;
  const row = {
    id: newId(),
    centre_id: centreId,
    name,
    district: overrides.district ?? "lk-hildesheim",
    sector: "craft",
    chamber: "hwk",
    size_band: "micro",
    contacts: "[]",
    notes: null,
    agency_id: overrides.agencyId ?? null,
    name_folded: foldName(name),
    ...stamps(),
  };
  await db.insertInto("companies").values(row).execute();
  return row;
}

export async function createUser(
  db: Db,
  options: {
    role: Role;
    centreId: string;
    companyId?: string;
    email?: string;
    name?: string;
    active?: boolean;
    password?: string;
  },
) {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const row = {
    id: newId(),
    centre_id: options.centreId,
    company_id: options.companyId ?? null,
    email: options.email ?? `${options.role}-${unique()}@test.example`,
    name: options.name ?? `Test ${options.role} ${unique()}`,
    role: options.role,
    password_hash: options.password ? await hashPassword(options.password) : await testPasswordHash,
    active: options.active === false ? 0 : 1,
    last_login_at: null,
    ...stamps(),
  };
  await db.insertInto("users").values(row).execute();
  return row;
}

/** Two centres, each with one user per role (and a company with an employer), the usual cast of a test. */
export async function createTwoCentres(db: Db) {
  const build = async (district: District) => {
    const centre = await createCentre(db, { district });
    const company = await createCompany(db, centre.id);
    const [admin, advisor, manager, employer] = await Promise.all([
      createUser(db, { role: "admin", centreId: centre.id }),
      createUser(db, { role: "advisor", centreId: centre.id }),
      createUser(db, { role: "manager", centreId: centre.id }),
      createUser(db, { role: "employer", centreId: centre.id, companyId: company.id }),
    ]);
    return { centre, company, admin, advisor, manager, employer };
  };
  return { own: await build("lk-hildesheim"), other: await build("region-hannover") };
}

type PersonOverrides = Partial<Omit<PersonCreate, "acknowledgedDuplicates">>;

export function personInput(overrides: PersonOverrides = {}) {
  return PersonCreateSchema.parse({
    familyName: "Haddad",
    givenNames: "Rami",
    birthDate: "1994-03-12",
    nationality: "SY",
    district: "lk-hildesheim",
    ...overrides,
  });
}

export async function createPerson(db: Db, centreId: string, overrides: PersonOverrides = {}) {
  const { acknowledgedDuplicates: _ignored, ...fields } = personInput(overrides);
  const now = nowIso();
  const row = {
    id: newId(),
    centre_id: centreId,
    ...personColumns(fields),
    open_case_id: null,
    open_case_status: null,
    open_case_advisor_id: null,
    open_case_concerns: null,
    support_from: null,
    support_until: null,
    german_levels: null,
    german_level: null,
    certificate_gap: 0,
    created_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await insertPerson(centreScope(db, row.centre_id), row);
  return row;
}
