import type { Insertable, Selectable } from "kysely";
import { say } from "#shared/api/issue-messages.ts";
import {
  certificateGaps,
  certificateLevels,
  currentLevels,
  headlineLevel,
  type LevelEvidence,
  languagesOf,
  partialSkills,
} from "#shared/language/levels.ts";
import type { CefrLevel } from "#shared/reference/cefr.ts";
import {
  type LanguageEntry,
  type LanguageEntryCreate,
  LanguageEntryCreateSchema,
  type LanguageEntryUpdate,
  type LanguageOverview,
  type LanguageSessionCreate,
  type LanguageSessionResult,
} from "#shared/schemas/language.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx, LanguageEntriesTable } from "../../db/database.ts";
import { fieldError, forbidden, notFound, staleVersion, validationFailed } from "../../lib/errors.ts";
import { toFieldIssues } from "../../lib/field-issues.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findCompany } from "../companies/companies.service.ts";
import { findPerson } from "../persons/persons.service.ts";
import * as language from "./language.repository.ts";

type LevelColumns = Pick<
  Selectable<LanguageEntriesTable>,
  "listening" | "reading" | "writing" | "speaking" | "overall"
>;

const levelsOf = (row: LevelColumns): LevelEvidence["levels"] => {
  const levels: LevelEvidence["levels"] = {};
  for (const skill of [...partialSkills, "overall"] as const) {
    const level = row[skill];
    if (level) levels[skill] = level as CefrLevel;
  }
  return levels;
};

const levelColumns = (levels: LanguageEntryCreate["levels"]): LevelColumns => ({
  listening: levels.listening ?? null,
  reading: levels.reading ?? null,
  writing: levels.writing ?? null,
  speaking: levels.speaking ?? null,
  overall: levels.overall ?? null,
});

export const toEntry = (row: language.LanguageEntryRow): LanguageEntry => ({
  id: row.id,
  personId: row.person_id,
  language: row.language,
  source: row.source as LanguageEntry["source"],
  date: row.date,
  levels: levelsOf(row),
  provider: row.provider as LanguageEntry["provider"],
  certificateNumber: row.certificate_number,
  assessorType: row.assessor_type as LanguageEntry["assessorType"],
  assessorName: row.assessor_name,
  note: row.note,
  companyId: row.company_id,
  companyName: row.company_display_name ?? row.company_name,
  sessionId: row.session_id,
  recordedBy: row.recorded_by,
  recordedByName: row.recorded_by_name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

const sourceColumns = (input: LanguageEntryCreate) =>
  input.source === "certificate"
    ? {
        provider: input.provider,
        certificate_number: input.certificateNumber,
        assessor_type: null,
        assessor_name: null,
      }
    : {
        provider: null,
        certificate_number: null,
        assessor_type: input.assessorType,
        assessor_name: input.assessorName,
      };

/** Recomputes the German columns of `persons` from the person's entries; call inside the write's transaction. */
export async function refreshGermanSummary(db: DbOrTx, centreId: string, personId: string): Promise<void> {
  await language.lockPersonRow(db, centreId, personId);
  const evidence: LevelEvidence[] = (await language.listGermanEvidence(db, centreId, personId)).map(
    (row) => ({
      id: row.id,
      language: row.language,
      source: row.source as LevelEvidence["source"],
      date: row.date,
      createdAt: row.created_at,
      levels: levelsOf(row),
    }),
  );
  const levels = currentLevels(evidence, "de");
  const empty = Object.keys(levels).length === 0;
  await language.setGermanSummary(db, centreId, personId, {
    german_levels: empty ? null : JSON.stringify(levels),
    german_level: headlineLevel(levels),
    certificate_gap: certificateGaps(evidence, "de").length > 0 ? 1 : 0,
  });
}

function entryRow(
  params: { centreId: string; personId: string; recordedBy: string; companyId?: string | null },
  input: LanguageEntryCreate,
  extra: { id: string; now: string; companyName?: string | null; sessionId?: string | null },
): Insertable<LanguageEntriesTable> {
  return {
    id: extra.id,
    centre_id: params.centreId,
    person_id: params.personId,
    language: input.language,
    source: input.source,
    date: input.date,
    ...levelColumns(input.levels),
    ...sourceColumns(input),
    note: input.note,
    company_id: params.companyId ?? null,
    company_name: extra.companyName ?? null,
    session_id: extra.sessionId ?? null,
    recorded_by: params.recordedBy,
    created_at: extra.now,
    updated_at: extra.now,
    version: 1,
  };
}

async function requirePerson(db: DbOrTx, centreId: string, personId: string) {
  if (!(await findPerson(db, centreId, personId))) throw notFound("Person");
}

async function requireEntry(db: DbOrTx, centreId: string, personId: string, id: string) {
  const row = await language.findEntry(db, centreId, personId, id);
  if (!row) throw notFound("Spracheintrag");
  return row;
}

/**
 * For other modules (e.g. an employer's assessment of a candidate): inserts the entry and refreshes
 * the person's German summary. The caller checks permission and writes the audit entry, in `tx`.
 */
export async function recordLanguageEntry(
  tx: DbOrTx,
  params: {
    centreId: string;
    personId: string;
    input: LanguageEntryCreate;
    recordedBy: string;
    companyId?: string | null;
  },
): Promise<LanguageEntry> {
  await requirePerson(tx, params.centreId, params.personId);
  const id = newId();
  await language.insertEntries(centreScope(tx, params.centreId), [
    entryRow(params, params.input, { id, now: nowIso() }),
  ]);
  if (params.input.language === "de") await refreshGermanSummary(tx, params.centreId, params.personId);
  return toEntry(await requireEntry(tx, params.centreId, params.personId, id));
}

export async function getLanguageOverview(
  db: Db,
  context: ActorContext,
  personId: string,
): Promise<LanguageOverview> {
  const { centreId } = context.actor;
  await requirePerson(db, centreId, personId);
  const items = (await language.listEntries(db, centreId, personId)).map(toEntry);
  await context.recordRead({ action: "language.read", entity: "person", entityId: personId });
  const languages = languagesOf(items).map((code) => {
    const current = currentLevels(items, code);
    return {
      language: code,
      headline: headlineLevel(current),
      current,
      certificates: certificateLevels(items, code),
      gaps: certificateGaps(items, code),
    };
  });
  return { items, languages };
}

export async function createLanguageEntry(
  db: Db,
  context: ActorContext,
  personId: string,
  input: LanguageEntryCreate,
): Promise<LanguageEntry> {
  const { actor } = context;
  return db.transaction().execute(async (trx) => {
    const entry = await recordLanguageEntry(trx, {
      centreId: actor.centreId,
      personId,
      input,
      recordedBy: actor.id,
    });
    await recordAudit(trx, context, {
      action: "language.create",
      entity: "language_entry",
      entityId: entry.id,
      details: { personId, language: entry.language, source: entry.source },
    });
    return entry;
  });
}

function mergedInput(
  current: LanguageEntry,
  changes: Omit<LanguageEntryUpdate, "version">,
): LanguageEntryCreate {
  const common = {
    language: current.language,
    date: changes.date ?? current.date,
    levels: changes.levels ?? current.levels,
    note: changes.note !== undefined ? changes.note : current.note,
  };
  const candidate =
    current.source === "certificate"
      ? {
          source: "certificate",
          ...common,
          provider: changes.provider ?? current.provider,
          certificateNumber:
            changes.certificateNumber !== undefined ? changes.certificateNumber : current.certificateNumber,
        }
      : {
          source: "assessment",
          ...common,
          assessorType: changes.assessorType ?? current.assessorType,
          assessorName: changes.assessorName ?? current.assessorName,
        };
  const wrongSource =
    current.source === "certificate"
      ? (["assessorType", "assessorName"] as const).filter((key) => changes[key] !== undefined)
      : (["provider", "certificateNumber"] as const).filter((key) => changes[key] !== undefined);
  if (wrongSource.length > 0) {
    throw validationFailed(wrongSource.map((path) => ({ path, message: say("source_mismatch") })));
  }
  const result = LanguageEntryCreateSchema.safeParse(candidate);
  if (!result.success) throw validationFailed(toFieldIssues(result.error));
  return result.data;
}

export async function updateLanguageEntry(
  db: Db,
  context: ActorContext,
  personId: string,
  id: string,
  input: LanguageEntryUpdate,
): Promise<LanguageEntry> {
  const { actor } = context;
  const { version, ...changes } = input;
  return db.transaction().execute(async (trx) => {
    const current = toEntry(await requireEntry(trx, actor.centreId, personId, id));
    if (current.version !== version) throw staleVersion(current);
    const merged = mergedInput(current, changes);
    const updated = await language.updateEntryIfVersion(trx, actor.centreId, id, version, {
      date: merged.date,
      ...levelColumns(merged.levels),
      ...sourceColumns(merged),
      note: merged.note,
      updated_at: nowIso(),
    });
    if (!updated) throw staleVersion(current);
    if (current.language === "de") await refreshGermanSummary(trx, actor.centreId, personId);
    await recordAudit(trx, context, {
      action: "language.update",
      entity: "language_entry",
      entityId: id,
      details: { personId, fields: Object.keys(changes) },
    });
    return toEntry(await requireEntry(trx, actor.centreId, personId, id));
  });
}

/** Only the advisor who recorded an entry may delete it (to undo a mistake); others correct it. */
export async function deleteLanguageEntry(
  db: Db,
  context: ActorContext,
  personId: string,
  id: string,
): Promise<void> {
  const { actor } = context;
  await db.transaction().execute(async (trx) => {
    const current = await requireEntry(trx, actor.centreId, personId, id);
    if (current.recorded_by !== actor.id) {
      throw forbidden("Nur wer den Eintrag erfasst hat, kann ihn löschen");
    }
    await language.deleteEntry(trx, actor.centreId, id);
    if (current.language === "de") await refreshGermanSummary(trx, actor.centreId, personId);
    await recordAudit(trx, context, {
      action: "language.delete",
      entity: "language_entry",
      entityId: id,
      details: { personId, language: current.language, source: current.source },
    });
  });
}

/** A Betriebssprachtag: one assessment per participant, all in one transaction or none. */
export async function recordLanguageSession(
  db: Db,
  context: ActorContext,
  input: LanguageSessionCreate,
): Promise<LanguageSessionResult> {
  const { actor } = context;
  const sessionId = newId();
  return db.transaction().execute(async (trx) => {
    if (input.companyId && !(await findCompany(trx, actor.centreId, input.companyId))) {
      throw fieldError("companyId", say("company_not_found"));
    }
    const personIds = input.participants.map((participant) => participant.personId);
    const known = await language.findOwnPersonIds(trx, actor.centreId, personIds);
    const missing = personIds.flatMap((personId, index) =>
      known.has(personId)
        ? []
        : [{ path: `participants.${index}.personId`, message: say("person_not_found") }],
    );
    if (missing.length > 0) throw validationFailed(missing);
    const now = nowIso();
    const rows = input.participants.map((participant) =>
      entryRow(
        {
          centreId: actor.centreId,
          personId: participant.personId,
          recordedBy: actor.id,
          companyId: input.companyId,
        },
        {
          source: "assessment",
          language: input.language,
          date: input.date,
          levels: participant.levels,
          note: participant.note,
          assessorType: "betriebssprachtag",
          assessorName: input.assessorName,
        },
        { id: newId(), now, companyName: input.companyId ? null : input.companyName, sessionId },
      ),
    );
    await language.insertEntries(centreScope(trx, actor.centreId), rows);
    for (const row of rows) {
      if (row.language === "de") await refreshGermanSummary(trx, actor.centreId, row.person_id);
      await recordAudit(trx, context, {
        action: "language.create",
        entity: "language_entry",
        entityId: row.id,
        details: { personId: row.person_id, language: row.language, source: "assessment", sessionId },
      });
    }
    const created = await language.listEntriesByIds(
      trx,
      actor.centreId,
      rows.map((row) => row.id),
    );
    const byId = new Map(created.map((row) => [row.id, toEntry(row)]));
    return {
      sessionId,
      items: rows.map((row) => byId.get(row.id)).filter((entry): entry is LanguageEntry => !!entry),
    };
  });
}

// The data other modules read and write through this module (its repository is private to it).
export const listEntries: typeof language.listEntries = (...args) => language.listEntries(...args);
