import type { Insertable, Selectable, Updateable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, LanguageEntriesTable } from "../../db/database.ts";
import { deleteOwned, selectOwned, updateOwned } from "../../db/scoped.ts";

export type LanguageEntryRow = Selectable<LanguageEntriesTable> & {
  recorded_by_name: string;
  company_display_name: string | null;
};

const selectEntries = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "language_entries", centreId)
    .innerJoin("users as recorder", "recorder.id", "language_entries.recorded_by")
    .leftJoin("companies as company", "company.id", "language_entries.company_id")
    .selectAll("language_entries")
    .select(["recorder.name as recorded_by_name", "company.name as company_display_name"]);

/** Newest first, the order of the history and of the level rules' tie-breaks. */
export const listEntries = (db: DbOrTx, centreId: string, personId: string): Promise<LanguageEntryRow[]> =>
  selectEntries(db, centreId)
    .where("language_entries.person_id", "=", personId)
    .orderBy("language_entries.date", "desc")
    .orderBy("language_entries.created_at", "desc")
    .orderBy("language_entries.id", "desc")
    .execute();

export const listEntriesByIds = (db: DbOrTx, centreId: string, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([] as LanguageEntryRow[])
    : selectEntries(db, centreId).where("language_entries.id", "in", ids).execute();

export const findEntry = (db: DbOrTx, centreId: string, personId: string, id: string) =>
  selectEntries(db, centreId)
    .where("language_entries.person_id", "=", personId)
    .where("language_entries.id", "=", id)
    .executeTakeFirst();

export async function insertEntries(
  scope: CentreScope,
  rows: Insertable<LanguageEntriesTable>[],
): Promise<void> {
  if (rows.length > 0) await scope.insertInto("language_entries", rows).execute();
}

export async function updateEntryIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<LanguageEntriesTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "language_entries", centreId)
    .set({ ...changes, version: version + 1 })
    .where("language_entries.id", "=", id)
    .where("language_entries.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteEntry(db: DbOrTx, centreId: string, id: string): Promise<void> {
  await deleteOwned(db, "language_entries", centreId).where("language_entries.id", "=", id).execute();
}

export const listGermanEvidence = (db: DbOrTx, centreId: string, personId: string) =>
  selectOwned(db, "language_entries", centreId)
    .select([
      "language_entries.id",
      "language_entries.language",
      "language_entries.source",
      "language_entries.date",
      "language_entries.listening",
      "language_entries.reading",
      "language_entries.writing",
      "language_entries.speaking",
      "language_entries.overall",
      "language_entries.created_at",
    ])
    .where("language_entries.person_id", "=", personId)
    .where("language_entries.language", "=", "de")
    .execute();

/**
 * A no-op write that holds the person's row until commit, so two concurrent language writes for one
 * person refresh the summary one after the other (the second then reads the first one's entry).
 */
export async function lockPersonRow(db: DbOrTx, centreId: string, personId: string): Promise<void> {
  await updateOwned(db, "persons", centreId)
    .set((eb) => ({ certificate_gap: eb.ref("persons.certificate_gap") }))
    .where("persons.id", "=", personId)
    .execute();
}

export async function setGermanSummary(
  db: DbOrTx,
  centreId: string,
  personId: string,
  summary: { german_levels: string | null; german_level: string | null; certificate_gap: number },
): Promise<void> {
  await updateOwned(db, "persons", centreId).set(summary).where("persons.id", "=", personId).execute();
}

/** Persons of the centre among the given ids; the batch answers which ones are missing. */
export const findOwnPersonIds = async (db: DbOrTx, centreId: string, ids: readonly string[]) =>
  new Set(
    ids.length === 0
      ? []
      : (
          await selectOwned(db, "persons", centreId)
            .select("persons.id")
            .where("persons.id", "in", ids)
            .where("persons.anonymised_at", "is", null)
            .execute()
        ).map((row) => row.id),
  );
