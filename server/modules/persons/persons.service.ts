import type { Insertable } from "kysely";
import {
  type ListExportFormat,
  MAX_LIST_EXPORT_ROWS,
  type PersonListExportQuery,
} from "#shared/schemas/list-export.ts";
import {
  type DuplicateCandidate,
  type Person,
  type PersonCreate,
  type PersonListQuery,
  type PersonUpdate,
  personRuleIssues,
} from "#shared/schemas/person.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx, PersonsTable } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import {
  anonymisedPerson,
  conflict,
  mergedPerson,
  notFound,
  staleVersion,
  tooManyRows,
  validationFailed,
} from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { foldName } from "../../lib/names.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { disclose } from "../disclosure/disclosure-gate.ts";
import * as dismissals from "./duplicate-dismissals.repository.ts";
import { firstGivenName, givenNameMatches, similarFamily } from "./duplicate-rules.ts";
import { personColumns, toPerson, toPersonListItem } from "./person-mapping.ts";
import * as persons from "./persons.repository.ts";
import { findSurvivorOf } from "./persons.repository.ts";
import { ensureResidencePermitTask } from "./residence-permit-tasks.ts";

type DuplicateProbe = { familyName: string; givenNames: string; birthDate?: string | undefined };
type DuplicateRow = Awaited<ReturnType<typeof persons.findByBirthDate>>[number];

const candidateOf = (
  row: DuplicateRow,
  reason: DuplicateCandidate["reason"],
  match: DuplicateCandidate["match"],
): DuplicateCandidate => ({
  id: row.id,
  familyName: row.family_name,
  givenNames: row.given_names,
  birthDate: row.birth_date,
  nationality: row.nationality,
  reason,
  match,
});

/**
 * Likely duplicates first: the same birth date and a same or similar name. Then namesakes (same folded family
 * and given name) with another or, while none is typed, any birth date — a weaker hint, but never silence.
 */
export async function findDuplicates(
  db: Db,
  centreId: string,
  candidate: DuplicateProbe,
  excludeId?: string,
): Promise<DuplicateCandidate[]> {
  const family = foldName(candidate.familyName);
  const firstGiven = firstGivenName(candidate.givenNames);
  const strong: DuplicateCandidate[] = [];
  if (candidate.birthDate) {
    for (const row of await persons.findByBirthDate(db, centreId, candidate.birthDate)) {
      if (row.id === excludeId) continue;
      const sameFamily = row.family_key === family;
      if (!similarFamily(row.family_key, family) || !givenNameMatches(row, firstGiven)) continue;
      strong.push(candidateOf(row, sameFamily ? "same_name" : "similar_name", "name_and_birth_date"));
    }
  }
  const namesakes = (await persons.findByFamilyKey(db, centreId, family))
    .filter((row) => row.id !== excludeId && row.birth_date !== candidate.birthDate)
    .filter((row) => givenNameMatches(row, firstGiven))
    .map((row) => candidateOf(row, "same_name", "name"));
  return [...strong, ...namesakes];
}

/** The live duplicate hints of the new-person form show names and birth dates: a read of those persons. */
export async function listDuplicateCandidates(
  db: Db,
  context: ActorContext,
  candidate: DuplicateProbe,
  excludeId?: string,
  only?: DuplicateCandidate["match"],
): Promise<DuplicateCandidate[]> {
  const duplicates = (await findDuplicates(db, context.actor.centreId, candidate, excludeId)).filter(
    (duplicate) => only === undefined || duplicate.match === only,
  );
  if (duplicates.length > 0)
    await context.recordRead({
      action: "person.duplicates",
      entity: "person",
      entityId: null,
      personIds: duplicates.map((duplicate) => duplicate.id),
    });
  return duplicates;
}

export async function getPerson(db: Db, context: ActorContext, id: string): Promise<Person> {
  const row = await persons.findPerson(db, context.actor.centreId, id);
  if (!row) {
    const merge = await findSurvivorOf(centreScope(db, context.actor.centreId), id);
    throw merge ? mergedPerson(merge.survivor_id) : notFound("Person");
  }
  await context.recordRead({ action: "person.read", entity: "person", entityId: id });
  return toPerson(row);
}

type NewPersonFields = Omit<PersonCreate, "acknowledgedDuplicates">;

/** A new person's row with its derived name keys: what `POST /api/persons` and the import write. */
export function newPersonRow(
  actor: { id: string; centreId: string },
  id: string,
  fields: NewPersonFields,
  externalId: string | null = null,
  now = nowIso(),
): Insertable<PersonsTable> {
  return {
    id,
    centre_id: actor.centreId,
    ...personColumns(fields),
    external_id: externalId,
    open_case_id: null,
    open_case_status: null,
    open_case_advisor_id: null,
    open_case_concerns: null,
    support_from: null,
    support_until: null,
    german_levels: null,
    german_level: null,
    certificate_gap: 0,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
    version: 1,
  };
}

/**
 * A person's columns after the changes, checked by the same cross-field rules as `PATCH /api/persons/:id`:
 * what the import writes for a row that updates an existing person.
 */
export function changedPersonColumns(current: persons.PersonRow, changes: Partial<NewPersonFields>) {
  const merged = { ...toPerson(current), ...changes };
  return { issues: personRuleIssues(merged), columns: personColumns(merged) };
}

/** The stored columns of a person as `changedPersonColumns` answers them, to compare and to restore. */
export const toPersonRowFields = (row: persons.PersonRow) => personColumns(toPerson(row));

export async function createPerson(db: Db, context: ActorContext, input: PersonCreate): Promise<Person> {
  const { actor } = context;
  const { acknowledgedDuplicates, ...fields } = input;
  const duplicates = await listDuplicateCandidates(db, context, fields, undefined, "name_and_birth_date");
  const unacknowledged = duplicates.filter((duplicate) => !acknowledgedDuplicates.includes(duplicate.id));
  if (unacknowledged.length > 0) {
    throw conflict("possible_duplicates", "Möglicherweise gibt es diese Person schon", { duplicates });
  }
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await persons.insertPerson(centreScope(trx, actor.centreId), newPersonRow(actor, id, fields));
    await recordAudit(trx, context, {
      action: "person.create",
      entity: "person",
      entityId: id,
      ...(duplicates.length > 0 && {
        details: { acknowledgedDuplicates: duplicates.map((duplicate) => duplicate.id) },
      }),
    });
  });
  const created = await persons.findPerson(db, actor.centreId, id);
  if (!created) throw notFound("Person");
  return toPerson(created);
}

export async function updatePerson(
  db: Db,
  context: ActorContext,
  id: string,
  input: PersonUpdate,
): Promise<Person> {
  const { actor } = context;
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const currentRow = await persons.findPerson(trx, actor.centreId, id);
    if (!currentRow) throw notFound("Person");
    if (currentRow.anonymised_at) throw anonymisedPerson();
    const current = toPerson(currentRow);
    if (current.version !== version) throw staleVersion(current);
    const merged = { ...current, ...changes };
    const issues = personRuleIssues(merged);
    if (issues.length > 0) throw validationFailed(issues);
    const updated = await persons.updatePersonIfVersion(trx, actor.centreId, id, version, {
      ...personColumns(merged),
      updated_at: nowIso(),
    });
    // Lost a race (PostgreSQL: the row lock waited for the other writer): answer with its result.
    if (!updated)
      throw staleVersion(toPerson((await persons.findPerson(trx, actor.centreId, id)) ?? currentRow));
    await recordAudit(trx, context, {
      action: "person.update",
      entity: "person",
      entityId: id,
      details: { fields: Object.keys(changes) },
    });
    if (changes.permitExpiresOn !== undefined) await ensureResidencePermitTask(trx, actor.centreId, id);
  });
  const row = await persons.findPerson(db, actor.centreId, id);
  if (!row) throw notFound("Person");
  return toPerson(row);
}

/** The list's filters as the repository takes them, shared by the page and the export of the same list. */
function personFilter(query: Omit<PersonListQuery, "cursor" | "limit">, today: string) {
  const terms = query.q
    ? foldName(query.q)
        .split(" ")
        .filter((term) => term.length > 0)
        .slice(0, 5)
    : [];
  return {
    terms,
    status: query.status,
    advisorId: query.advisor,
    concern: query.concern,
    nationality: query.nationality,
    district: query.district,
    permitType: query.permitType,
    residencePermitExpiresBy:
      query.permitExpiringWithin !== undefined ? addDays(today, query.permitExpiringWithin) : undefined,
    certificateGap: query.certificateGap === undefined ? undefined : query.certificateGap === "true",
    sort: query.sort,
  };
}

/** The persons the list shows with these filters, in its order, at most `limit`: what "all matching" reaches. */
export const listMatchingPersons = (
  db: DbOrTx,
  centreId: string,
  query: Omit<PersonListQuery, "cursor" | "limit">,
  limit: number,
) => persons.listPersons(db, centreId, { ...personFilter(query, todayInBerlin()), limit });

const personSortValue = (sort: PersonListQuery["sort"], row: persons.PersonRow) =>
  sort === "-created"
    ? row.created_at
    : sort === "permitExpiresOn"
      ? (row.permit_expires_on ?? "")
      : row.sort_name;

export async function listPersonsPage(db: Db, context: ActorContext, query: PersonListQuery) {
  const { actor } = context;
  const today = todayInBerlin();
  const after = decodeCursor(query.cursor, 2);
  const rows = await persons.listPersons(db, actor.centreId, {
    ...personFilter(query, today),
    after,
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [personSortValue(query.sort, row), row.id]);
  await context.recordRead({
    action: "person.list",
    entity: "person",
    entityId: null,
    details: { query: { ...query, cursor: undefined }, returned: page.items.length },
    personIds: page.items.map((row) => row.id),
  });
  return { items: page.items.map((row) => toPersonListItem(row, today)), nextCursor: page.nextCursor };
}

const EXPORT_PAGE = 500;

/**
 * Every person the list shows with these filters, for a CSV/XLSX export: read page by page, refused (422) beyond
 * `MAX_LIST_EXPORT_ROWS`; the disclosure gate commits one audit entry naming every exported person before the file leaves.
 */
export async function exportPersonList(
  db: Db,
  context: ActorContext,
  query: Omit<PersonListExportQuery, "format">,
  format: ListExportFormat,
) {
  const { actor } = context;
  const today = todayInBerlin();
  const filter = personFilter(query, today);
  const rows: persons.PersonRow[] = [];
  let after: [string, string] | undefined;
  for (;;) {
    const page = await persons.listPersons(db, actor.centreId, { ...filter, after, limit: EXPORT_PAGE });
    rows.push(...page);
    if (rows.length > MAX_LIST_EXPORT_ROWS) throw tooManyRows(MAX_LIST_EXPORT_ROWS);
    const last = page.at(-1);
    if (page.length < EXPORT_PAGE || !last) break;
    after = [personSortValue(query.sort, last), last.id];
  }
  return disclosedPersons(context, rows, { query, format, returned: rows.length });
}

async function disclosedPersons(
  context: ActorContext,
  rows: persons.PersonRow[],
  details: Record<string, unknown>,
) {
  const today = todayInBerlin();
  const disclosure = await disclose(context, "list_export", {
    action: "person.list.export",
    entity: "person",
    entityId: null,
    details,
    personIds: rows.map((row) => row.id),
  });
  return { items: rows.map((row) => toPersonListItem(row, today)), disclosure };
}

/** The advisor's persons whose residence permit ends before a day (the advisor's home). */
export async function expiringResidencePermitsOf(
  db: Db,
  centreId: string,
  advisorId: string,
  window: { today: string; until: string; limit: number },
) {
  const { today, until, limit } = window;
  return (await persons.listExpiringResidencePermitsOf(db, centreId, advisorId, until, limit)).map((row) =>
    toPersonListItem(row, today),
  );
}

// The data other modules read and write through this module (its repository is private to it).
export type PersonRow = persons.PersonRow;
export const deletePersons: typeof persons.deletePersons = (...args) => persons.deletePersons(...args);
export const findByKeyValues: typeof persons.findByKeyValues = (...args) => persons.findByKeyValues(...args);
export const findPerson: typeof persons.findPerson = (...args) => persons.findPerson(...args);
export const insertPersons: typeof persons.insertPersons = (...args) => persons.insertPersons(...args);
export const refreshSupportSpan: typeof persons.refreshSupportSpan = (...args) =>
  persons.refreshSupportSpan(...args);
export const setOpenCase: typeof persons.setOpenCase = (...args) => persons.setOpenCase(...args);
export const updatePersonIfVersion: typeof persons.updatePersonIfVersion = (...args) =>
  persons.updatePersonIfVersion(...args);

// The data other modules read and write through this module (its repository is private to it).
const byName = (a: persons.PersonRow, b: persons.PersonRow) =>
  a.sort_name < b.sort_name ? -1 : a.sort_name > b.sort_name ? 1 : a.id < b.id ? -1 : 1;

/** The persons chosen in the list (bulk export), in the list's name order; ids of no person of the centre are left out. */
export async function exportPersonSelection(
  db: Db,
  context: ActorContext,
  ids: readonly string[],
  format: ListExportFormat,
) {
  const rows = (await persons.findPersons(db, context.actor.centreId, [...new Set(ids)])).sort(byName);
  return disclosedPersons(context, rows, {
    selection: "ids",
    requested: ids.length,
    format,
    returned: rows.length,
  });
}

// The data other modules read and write through this module (its repository is private to it).
export const findPersons: typeof persons.findPersons = (...args) => persons.findPersons(...args);

/** A merged person's "Kein Duplikat" marks go before its row does (decision 0047). */
export const forgetDuplicateDismissals: typeof dismissals.deleteDismissalsOf = (...args) =>
  dismissals.deleteDismissalsOf(...args);
