import type { Insertable, Selectable, Updateable } from "kysely";
import { sql } from "kysely";
import { type CentreScope, centreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, PersonsTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { executeShaped } from "../../db/query-shapes.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";
import { containsFolded, containsText, prefixRange } from "../../db/text-search.ts";
import { nameTokensOf } from "../../lib/names.ts";

export type PersonRow = Selectable<PersonsTable> & { open_case_advisor_name: string | null };

const selectPersons = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "persons", centreId)
    .leftJoin("users as advisor", "advisor.id", "persons.open_case_advisor_id")
    .selectAll("persons")
    .select("advisor.name as open_case_advisor_name")
    .where("persons.transferred_at", "is", null);

/** The person page's one statement, on every read of a person: its SQL is built and compiled once per database. */
export async function findPerson(db: DbOrTx, centreId: string, id: string): Promise<PersonRow | undefined> {
  const rows = await executeShaped<PersonRow>(db, "persons.find", [centreId, id], (value) =>
    selectPersons(db, value(0)).where("persons.id", "=", value(1)),
  );
  return rows[0];
}

export const findPersons = (db: DbOrTx, centreId: string, ids: readonly string[]): Promise<PersonRow[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : selectPersons(db, centreId).where("persons.id", "in", ids).execute();

type TokenSource = Pick<Selectable<PersonsTable>, "id" | "centre_id" | "sort_name" | "search_text">;

export const nameTokenRows = (person: TokenSource) =>
  nameTokensOf(person.search_text).map((token) => ({
    person_id: person.id,
    centre_id: person.centre_id,
    token,
    sort_name: person.sort_name,
    search_text: person.search_text,
  }));

export async function insertPerson(scope: CentreScope, row: Insertable<PersonsTable>): Promise<void> {
  await scope.insertInto("persons", row).execute();
  await scope.insertInto("person_name_tokens", nameTokenRows(row)).execute();
}

async function replaceNameTokens(scope: CentreScope, person: TokenSource): Promise<void> {
  await scope
    .deleteFrom("person_name_tokens")
    .where("person_name_tokens.person_id", "=", person.id)
    .execute();
  await scope.insertInto("person_name_tokens", nameTokenRows(person)).execute();
}

export async function updatePersonIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<PersonsTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "persons", centreId)
    .set({ ...changes, version: version + 1 })
    .where("persons.id", "=", id)
    .where("persons.version", "=", version)
    .executeTakeFirst();
  const updated = Number(result.numUpdatedRows) === 1;
  if (updated && changes.search_text !== undefined && changes.sort_name !== undefined) {
    await replaceNameTokens(centreScope(db, centreId), {
      id,
      centre_id: centreId,
      search_text: changes.search_text,
      sort_name: changes.sort_name,
    });
  }
  return updated;
}

export async function setOpenCase(
  db: DbOrTx,
  centreId: string,
  personId: string,
  openCase: { id: string; status: string; advisorId: string | null; concerns: string } | null,
): Promise<void> {
  await updateOwned(db, "persons", centreId)
    .set({
      open_case_id: openCase?.id ?? null,
      open_case_status: openCase?.status ?? null,
      open_case_advisor_id: openCase?.advisorId ?? null,
      open_case_concerns: openCase?.concerns ?? null,
    })
    .where("persons.id", "=", personId)
    .execute();
}

/**
 * Recomputes the person's support span from its cases: the earliest opening day, and the latest closing
 * day once every case is closed (null while one is not). Statistics count persons in support by it.
 */
export async function refreshSupportSpan(db: DbOrTx, centreId: string, personId: string): Promise<void> {
  const span = await selectOwned(db, "cases", centreId)
    .where("cases.person_id", "=", personId)
    .select((eb) => [
      eb.fn.min("cases.opened_on").as("from"),
      eb.fn.max("cases.closed_on").as("until"),
      sql<number | string | null>`sum(case when cases.status <> 'closed' then 1 else 0 end)`.as("open"),
    ])
    .executeTakeFirst();
  await updateOwned(db, "persons", centreId)
    .set({
      support_from: span?.from ?? null,
      support_until: Number(span?.open ?? 0) > 0 ? null : (span?.until ?? null),
    })
    .where("persons.id", "=", personId)
    .execute();
}

/** What the duplicate rules compare: names, their keys, birth date and nationality. */
const nameKeyColumns = [
  "persons.id",
  "persons.family_name",
  "persons.given_names",
  "persons.family_key",
  "persons.search_text",
  "persons.birth_date",
  "persons.nationality",
] as const;

export async function findByBirthDate(db: DbOrTx, centreId: string, birthDate: string) {
  return selectOwned(db, "persons", centreId)
    .select(nameKeyColumns)
    .where("persons.birth_date", "=", birthDate)
    .limit(200)
    .execute();
}

/** Namesakes: the same folded family name ("Müller", "Mueller", "Muller"), whatever the birth date. */
export async function findByFamilyKey(db: DbOrTx, centreId: string, familyKey: string) {
  return selectOwned(db, "persons", centreId)
    .select(nameKeyColumns)
    .where("persons.family_key", "=", familyKey)
    .orderBy("persons.birth_date")
    .orderBy("persons.id")
    .limit(200)
    .execute();
}

export type PersonSort = "name" | "-name" | "-created" | "permitExpiresOn";

export type PersonFilter = {
  terms: string[];
  status?: string | undefined;
  advisorId?: string | undefined;
  concern?: string | undefined;
  nationality?: string | undefined;
  district?: string | undefined;
  permitType?: string | undefined;
  residencePermitExpiresBy?: string | undefined;
  certificateGap?: boolean | undefined;
  sort: PersonSort;
  after?: (string | number)[] | undefined;
  limit: number;
};

const sortColumns: Record<
  PersonSort,
  { column: "sort_name" | "created_at" | "permit_expires_on"; direction: "asc" | "desc" }
> = {
  name: { column: "sort_name", direction: "asc" },
  "-name": { column: "sort_name", direction: "desc" },
  "-created": { column: "created_at", direction: "desc" },
  permitExpiresOn: { column: "permit_expires_on", direction: "asc" },
};

const MIN_TOKEN_SEARCH = 3;

function isNameSearchOnly(filter: PersonFilter): boolean {
  const { terms, sort, after: _after, limit: _limit, ...others } = filter;
  return (
    terms.some((term) => term.length >= MIN_TOKEN_SEARCH) &&
    (sort === "name" || sort === "-name") &&
    Object.values(others).every((value) => value === undefined)
  );
}

/**
 * A name search alone is served by the word index: the longest term picks an index range of words
 * that is already in name order, the other terms filter the same index entries, and only the
 * page's persons are read. Every term must begin a word of the name ("lan" finds "Nguyễn Thị Lan").
 */
const MAX_WORDS_MERGED = 40;

type TokenMatch = { person_id: string; sort_name: string };

/**
 * The matches of one exact word are already in name order in the index, so each word gives its page
 * cheaply; a prefix that covers several words ("mar" → maria, mariam, marta …) merges those pages
 * instead of sorting every match. Only very broad prefixes fall back to one sorted range query.
 */
async function searchByNameTokens(db: DbOrTx, centreId: string, filter: PersonFilter): Promise<PersonRow[]> {
  const driving = [...filter.terms].sort((a, b) => b.length - a.length)[0] ?? "";
  const [from, to] = prefixRange(driving);
  const direction = filter.sort === "-name" ? "desc" : "asc";
  const matches = (words: { exact: string } | { from: string; to: string }) => {
    let query = selectOwned(db, "person_name_tokens", centreId).select([
      "person_name_tokens.person_id",
      "person_name_tokens.sort_name",
    ]);
    query =
      "exact" in words
        ? query.where("person_name_tokens.token", "=", words.exact)
        : query
            .where("person_name_tokens.token", ">=", words.from)
            .where("person_name_tokens.token", "<", words.to);
    for (const term of filter.terms) {
      if (term !== driving) query = query.where(containsFolded("person_name_tokens.search_text", ` ${term}`));
    }
    if (filter.after) {
      query = query.where(
        keysetAfter("person_name_tokens.sort_name", "person_name_tokens.person_id", direction, filter.after),
      );
    }
    return query
      .orderBy("person_name_tokens.sort_name", direction)
      .orderBy("person_name_tokens.person_id", direction)
      .limit(filter.limit)
      .execute();
  };
  const words = await selectOwned(db, "person_name_tokens", centreId)
    .select("person_name_tokens.token")
    .distinct()
    .where("person_name_tokens.token", ">=", from)
    .where("person_name_tokens.token", "<", to)
    .limit(MAX_WORDS_MERGED + 1)
    .execute();
  const candidates: TokenMatch[] =
    words.length > MAX_WORDS_MERGED
      ? await matches({ from, to })
      : (await Promise.all(words.map((word) => matches({ exact: word.token })))).flat();
  const ascending = direction === "asc";
  const unique = new Map(candidates.map((entry) => [entry.person_id, entry]));
  const page = [...unique.values()]
    .sort((a, b) => {
      const order =
        a.sort_name === b.sort_name
          ? a.person_id < b.person_id
            ? -1
            : 1
          : a.sort_name < b.sort_name
            ? -1
            : 1;
      return ascending ? order : -order;
    })
    .slice(0, filter.limit);
  if (page.length === 0) return [];
  const rows = await selectPersons(db, centreId)
    .where(
      "persons.id",
      "in",
      page.map((entry) => entry.person_id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.map((entry) => byId.get(entry.person_id)).filter((row) => row !== undefined);
}

export async function listPersons(db: DbOrTx, centreId: string, filter: PersonFilter): Promise<PersonRow[]> {
  if (isNameSearchOnly(filter)) return searchByNameTokens(db, centreId, filter);
  let query = selectPersons(db, centreId);
  for (const term of filter.terms) query = query.where(containsFolded("persons.search_text", ` ${term}`));
  if (filter.status === "none") query = query.where("persons.open_case_status", "is", null);
  else if (filter.status) query = query.where("persons.open_case_status", "=", filter.status);
  if (filter.advisorId) query = query.where("persons.open_case_advisor_id", "=", filter.advisorId);
  if (filter.concern) query = query.where(containsText("persons.open_case_concerns", `"${filter.concern}"`));
  if (filter.nationality) query = query.where("persons.nationality", "=", filter.nationality);
  if (filter.district) query = query.where("persons.district", "=", filter.district);
  if (filter.permitType) query = query.where("persons.permit_type", "=", filter.permitType);
  if (filter.certificateGap !== undefined)
    query = query.where("persons.certificate_gap", "=", filter.certificateGap ? 1 : 0);
  if (filter.residencePermitExpiresBy !== undefined) {
    query = query
      .where("persons.permit_expires_on", "is not", null)
      .where("persons.permit_expires_on", "<=", filter.residencePermitExpiresBy);
  }
  const { column, direction } = sortColumns[filter.sort];
  if (column === "permit_expires_on") query = query.where("persons.permit_expires_on", "is not", null);
  if (filter.after)
    query = query.where(keysetAfter(`persons.${column}`, "persons.id", direction, filter.after));
  return query
    .orderBy(`persons.${column}`, direction)
    .orderBy("persons.id", direction)
    .limit(filter.limit)
    .execute();
}

/** Persons of an advisor's open cases whose permit expires by the given day (expired ones included). */
export const listExpiringResidencePermitsOf = (
  db: DbOrTx,
  centreId: string,
  advisorId: string,
  by: string,
  limit: number,
) =>
  selectPersons(db, centreId)
    .where("persons.open_case_advisor_id", "=", advisorId)
    .where("persons.permit_expires_on", "is not", null)
    .where("persons.permit_expires_on", "<=", by)
    .orderBy("persons.permit_expires_on")
    .limit(limit)
    .execute();

export const residencePermitColumns = [
  "persons.id",
  "persons.centre_id",
  "persons.permit_type",
  "persons.permit_expires_on",
  "persons.open_case_id",
  "persons.open_case_advisor_id",
] as const;

export type ExpiringResidencePermit = Pick<
  PersonsTable,
  "id" | "centre_id" | "permit_type" | "permit_expires_on" | "open_case_id" | "open_case_advisor_id"
>;

export const findResidencePermitOfPerson = (
  db: DbOrTx,
  centreId: string,
  personId: string,
  expiringBy: string,
) =>
  selectOwned(db, "persons", centreId)
    .select(residencePermitColumns)
    .where("persons.id", "=", personId)
    .where("persons.permit_expires_on", "<=", expiringBy)
    .executeTakeFirst();

const WRITE_BATCH = 500;
const slices = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

/** Many new persons with their name tokens, in statements that stay under the bound-parameter limits. */
export async function insertPersons(
  scope: CentreScope,
  rows: readonly Insertable<PersonsTable>[],
): Promise<void> {
  for (const batch of slices(rows, WRITE_BATCH)) await scope.insertInto("persons", batch).execute();
  for (const batch of slices(rows.flatMap(nameTokenRows), 2_000))
    await scope.insertInto("person_name_tokens", batch).execute();
}

/** Removes persons a failed import created moments ago (nothing else refers to them yet). */
export async function deletePersons(scope: CentreScope, ids: readonly string[]): Promise<void> {
  for (const batch of slices(ids, WRITE_BATCH)) {
    await scope.deleteFrom("person_name_tokens").where("person_name_tokens.person_id", "in", batch).execute();
    await scope.deleteFrom("persons").where("persons.id", "in", batch).execute();
  }
}

export type ImportKeyColumn = "external_id" | "email" | "family_key";

/** Existing persons whose key column holds one of the values (for `family_key`, the caller checks the birth date). */
export async function findByKeyValues(
  db: DbOrTx,
  centreId: string,
  column: ImportKeyColumn,
  values: readonly string[],
): Promise<PersonRow[]> {
  const found: PersonRow[] = [];
  for (const batch of slices([...new Set(values)], WRITE_BATCH))
    found.push(...(await selectPersons(db, centreId).where(`persons.${column}`, "in", batch).execute()));
  return found;
}

export const findSurvivorOf = (scope: CentreScope, mergedId: string) =>
  scope
    .selectFrom("person_merges")
    .select("person_merges.survivor_id")
    .where("person_merges.merged_id", "=", mergedId)
    .executeTakeFirst();

/** Name keys of every person of the centre that is not anonymised, for the duplicates screen. */
export const listNameKeys = (scope: CentreScope, limit: number) =>
  scope
    .selectFrom("persons")
    .select(nameKeyColumns)
    .where("persons.anonymised_at", "is", null)
    .orderBy("persons.id")
    .limit(limit)
    .execute();

export type NameKeyRow = Awaited<ReturnType<typeof listNameKeys>>[number];
