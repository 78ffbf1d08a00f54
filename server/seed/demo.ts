import { todayInBerlin } from "#shared/time/calendar.ts";
import { insertInBatches } from "../db/bulk.ts";
import { centreScope } from "../db/centre-scope.ts";
import type { Db } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { hashPassword } from "../lib/passwords.ts";
import { nowIso } from "../lib/time.ts";
import { anonymisePerson } from "../modules/anonymisation/anonymise.service.ts";
import { nameTokenRows } from "../modules/persons/persons.repository.ts";
import { sweepExpiringResidencePermits } from "../modules/persons/residence-permit-sweep.cross-centre.ts";
import { seedAppointments } from "./appointments.ts";
import { generatePerson, type PersonBundle } from "./case-data.ts";
import {
  DEMO_PASSWORD,
  demoCentres,
  demoCompanies,
  demoPendingAdvisor,
  demoSecondFactorSecrets,
  demoUsers,
} from "./demo-accounts.ts";
import { seedDemoDocuments, seedSharedDemoDocument } from "./demo-documents.ts";
import { demoCompanyColumns, seedEmployerData } from "./employers.ts";
import { seedImportHistory } from "./imports.ts";
import { addLanguageData } from "./language-data.ts";
import { createRandom } from "./random.ts";
import { seedRetentionDemo } from "./retention.ts";
import { seedPendingGrant } from "./staff-requests.ts";
import { seedPendingTransfer } from "./transfers.ts";

const personsPerCentre: Record<string, number> = { hildesheim: 140, hannover: 40, hameln: 30 };

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
  const userIds = new Map<string, string>(demoUsers.map((user) => [user.email, newId()]));
  const today = todayInBerlin();
  const random = createRandom(20261125);
  const bundles: PersonBundle[] = demoCentres.flatMap((centre) => {
    const advisorIds = demoUsers
      .filter((user) => user.centre === centre.key && user.role === "advisor")
      .map((user) => idOf(userIds, user.email));
    return Array.from({ length: personsPerCentre[centre.key] ?? 0 }, (_, sequence) =>
      generatePerson(random, {
        centreId: idOf(centreIds, centre.key),
        district: centre.district,
        advisorIds,
        today,
        firstDay: "2024-01-08",
        maxActivitiesPerCase: 8,
        sequence,
      }),
    );
  });
  // One fixed person with a German name (a Ukrainian national of German descent), so a search for
  // "muller" or "mueller" finds someone. Own random sequence, appended last: the others stay as they were.
  const hildesheim = demoCentres.find((centre) => centre.key === "hildesheim");
  const namedPersons: PersonBundle[] = hildesheim
    ? [
        generatePerson(createRandom(20261127), {
          centreId: idOf(centreIds, hildesheim.key),
          district: hildesheim.district,
          advisorIds: demoUsers
            .filter((user) => user.centre === hildesheim.key && user.role === "advisor")
            .map((user) => idOf(userIds, user.email)),
          today,
          firstDay: "2024-01-08",
          maxActivitiesPerCase: 8,
          sequence: 70,
          identity: {
            familyName: "Müller",
            givenNames: "Jana",
            gender: "female",
            birthDate: "1988-03-14",
            country: "UA",
          },
        }),
        // A likely duplicate pair from two old spreadsheets: the names sound alike (Kölner Phonetik) and the
        // birth dates differ by a typo, so the duplicates screen has a pair to merge on first start.
        ...(
          [
            ["Meier", "1990-05-02", 20261203],
            ["Mayer", "1990-05-20", 20261206],
          ] as const
        ).map(([familyName, birthDate, seed], index) =>
          generatePerson(createRandom(seed), {
            centreId: idOf(centreIds, hildesheim.key),
            district: hildesheim.district,
            advisorIds: demoUsers
              .filter((user) => user.centre === hildesheim.key && user.role === "advisor")
              .map((user) => idOf(userIds, user.email)),
            today,
            firstDay: "2024-01-08",
            maxActivitiesPerCase: 3,
            sequence: 72 + index,
            identity: { familyName, givenNames: "Katharina", gender: "female", birthDate, country: "UA" },
          }),
        ),
        // Asked for erasure (Art. 17): anonymised below, so a first start shows an "Anonymisiert" person.
        generatePerson(createRandom(20261202), {
          centreId: idOf(centreIds, hildesheim.key),
          district: hildesheim.district,
          advisorIds: demoUsers
            .filter((user) => user.centre === hildesheim.key && user.role === "advisor")
            .map((user) => idOf(userIds, user.email)),
          today,
          firstDay: "2024-01-08",
          maxActivitiesPerCase: 4,
          sequence: 71,
          identity: {
            familyName: "Okafor",
            givenNames: "Chidi",
            gender: "male",
            birthDate: "1991-06-23",
            country: "NG",
          },
        }),
      ]
    : [];
  const employerBundles = [...bundles];
  bundles.push(...namedPersons);
  const languageEntries = addLanguageData(createRandom(20261126), bundles, { today });
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
          ...demoCompanyColumns(company.key, company.name),
          ...stamps,
        })),
      )
      .execute();
    await trx
      .insertInto("users")
      .values(
        demoUsers.map((user) => ({
          id: idOf(userIds, user.email),
          centre_id: idOf(centreIds, user.centre),
          company_id: user.company ? idOf(companyIds, user.company) : null,
          email: user.email,
          name: user.name,
          role: user.role,
          password_hash: passwordHash,
          active: 1,
          second_factor_secret: demoSecondFactorSecrets[user.email] ?? null,
          last_login_at: null,
          ...stamps,
        })),
      )
      .execute();
    await seedPendingGrant(trx, {
      centreId: idOf(centreIds, demoPendingAdvisor.centre),
      requestedBy: idOf(userIds, "admin@hildesheim.example"),
      passwordHash,
      now,
    });
    await insertInBatches(
      trx,
      "persons",
      bundles.map((bundle) => bundle.person),
    );
    await insertInBatches(
      trx,
      "person_name_tokens",
      bundles.flatMap((bundle) => nameTokenRows(bundle.person)),
    );
    await insertInBatches(trx, "language_entries", languageEntries);
    await insertInBatches(
      trx,
      "person_consents",
      bundles.flatMap((bundle) => bundle.consents),
    );
    await insertInBatches(
      trx,
      "cases",
      bundles.flatMap((bundle) => bundle.cases),
    );
    await insertInBatches(
      trx,
      "case_activities",
      bundles.flatMap((bundle) => bundle.activities),
    );
    await insertInBatches(
      trx,
      "tasks",
      bundles.flatMap((bundle) => bundle.tasks),
    );
    await sweepExpiringResidencePermits(trx, today);
    await seedEmployerData(trx, {
      today,
      centreIds,
      companyIds,
      demoCompanies,
      advisorIds: new Map(
        demoCentres.map((centre) => [
          idOf(centreIds, centre.key),
          demoUsers
            .filter((user) => user.centre === centre.key && user.role === "advisor")
            .map((user) => idOf(userIds, user.email)),
        ]),
      ),
      bundles: employerBundles,
    });
    await seedAppointments(trx, {
      today,
      now,
      advisorIdOf: new Map(
        demoUsers
          .filter((user) => user.role === "advisor")
          .map((user) => [idOf(centreIds, user.centre), idOf(userIds, user.email)]),
      ),
    });
    if (hildesheim)
      await seedRetentionDemo(trx, {
        centreId: idOf(centreIds, hildesheim.key),
        district: hildesheim.district,
        advisorId: idOf(userIds, "advisor@hildesheim.example"),
        adminId: idOf(userIds, "admin@hildesheim.example"),
        today,
      });
    if (hildesheim)
      await seedImportHistory(trx, {
        centreId: idOf(centreIds, hildesheim.key),
        advisorId: idOf(userIds, "advisor@hildesheim.example"),
        today,
      });
    const withDocuments = namedPersons[0]?.person;
    if (withDocuments)
      await seedDemoDocuments(trx, withDocuments, idOf(userIds, "advisor@hildesheim.example"), today);
    const hannover = demoCentres.find((centre) => centre.key === "hannover");
    const moving = bundles.find(
      (bundle) =>
        hannover && bundle.person.centre_id === idOf(centreIds, hannover.key) && bundle.person.open_case_id,
    )?.person;
    if (hildesheim && moving)
      await seedPendingTransfer(trx, {
        person: moving,
        toCentreId: idOf(centreIds, hildesheim.key),
        offeredBy: idOf(userIds, "advisor@hannover.example"),
        today,
        now,
      });
    await seedSharedDemoDocument(trx, idOf(companyIds, "brandt"), today);
    const erased = namedPersons.at(-1)?.person;
    if (erased)
      await anonymisePerson(centreScope(trx, erased.centre_id), erased.id, {
        reason: "Antrag der Person auf Löschung (Art. 17 DSGVO)",
        actorUserId: idOf(userIds, "advisor@hildesheim.example"),
        today,
      });
  });
  return true;
}
