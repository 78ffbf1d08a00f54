import {
  type ExportCase,
  PERSON_EXPORT_FORMAT_VERSION,
  type PersonExport,
} from "#shared/schemas/person-export.ts";
import type { Actor, ActorContext } from "../../app-env.ts";
import { scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import { findPersonAgency } from "../agencies/agencies.service.ts";
import { toAgencySummary } from "../agencies/agency-mapping.ts";
import { listAppointmentsOfPerson, toAppointment } from "../appointments/appointments.service.ts";
import { listAllPersonAccess, toPersonAccessEntry } from "../audit/person-access.ts";
import { toActivity, toCase } from "../cases/case-mapping.ts";
import { listActivities, listCases } from "../cases/cases.service.ts";
import { listConsents, toConsent } from "../consents/consents.service.ts";
import type { Disclosure } from "../disclosure/disclosure-channels.ts";
import { disclose } from "../disclosure/disclosure-gate.ts";
import { chunkStream, listDocumentsOfPerson, toDocument } from "../documents/documents.service.ts";
import { listEntries, toEntry as toLanguageEntry } from "../language/language.service.ts";
import { toPerson } from "../persons/person-mapping.ts";
import { findPerson } from "../persons/persons.service.ts";
import { listPlacements, toPlacement } from "../placements/placements.service.ts";
import { listEnrolments, toEnrolment } from "../programmes/programmes.service.ts";
import { tasksOfPerson } from "../tasks/tasks.service.ts";
import { consentWithHistory, recipientsOf } from "./person-export-sections.ts";
import { zipStream } from "./person-export-zip.ts";

/** Far above what one person gathers; the lists are complete, not pages. */
const ALL = 10_000;

const DOCUMENTS_NOTE =
  "Aufgeführt sind die gespeicherten Dokumente; die Dateien selbst enthält die Auskunft als ZIP-Archiv oder sie werden einzeln heruntergeladen und übergeben.";
const ARCHIVE_DOCUMENTS_NOTE =
  "Die Dateien liegen in diesem ZIP-Archiv im Ordner „dokumente“, in der Reihenfolge dieser Liste nummeriert (z. B. dokumente/1-lebenslauf.pdf).";

async function casesOf(db: Db, centreId: string, personId: string): Promise<ExportCase[]> {
  const rows = await listCases(db, centreId, { terms: [], personId, sort: "opened", limit: ALL });
  const tasks = await tasksOfPerson(db, centreId, personId, ALL);
  return Promise.all(
    rows.map(async (row) => ({
      ...toCase(row),
      activities: (await listActivities(db, centreId, row.id)).map(toActivity),
      tasks: tasks.filter((task) => task.caseId === row.id),
    })),
  );
}

/** Everything stored about the person, read without auditing: the caller audits before it leaves. */
async function collectPersonExport(db: Db, actor: Actor, personId: string): Promise<PersonExport> {
  const { centreId } = actor;
  const person = await findPerson(db, centreId, personId);
  if (!person) throw notFound("Person");
  const scope = scopeOf(db, actor);
  const access = await listAllPersonAccess(scope, personId);
  const placements = (await listPlacements(scope, { personId, limit: ALL })).map((row) => {
    const { canReleaseContact: _release, allowedStages: _stages, ...stored } = toPlacement(row);
    return stored;
  });
  const agency = await findPersonAgency(scope, personId);
  return {
    formatVersion: PERSON_EXPORT_FORMAT_VERSION,
    generatedAt: nowIso(),
    generatedBy: { name: actor.name, role: actor.role },
    centre: { id: centreId, name: actor.centreName },
    profile: toPerson(person),
    consents: (await listConsents(db, centreId, personId)).map((row) =>
      consentWithHistory(toConsent(row), access),
    ),
    cases: await casesOf(db, centreId, personId),
    language: (await listEntries(db, centreId, personId)).map(toLanguageEntry),
    placements,
    enrolments: (await listEnrolments(db, centreId, { personId, limit: ALL })).map(toEnrolment),
    appointments: (await listAppointmentsOfPerson(scope, personId, ALL)).map(toAppointment),
    agency: agency ? toAgencySummary(agency) : null,
    documents: {
      items: (await listDocumentsOfPerson(scope, personId)).map(toDocument),
      note: DOCUMENTS_NOTE,
    },
    recipients: recipientsOf(placements, access),
    access: access.map(toPersonAccessEntry),
  };
}

/**
 * Art. 15 GDPR: the bundle leaves the server only after its audit entry is committed. Collecting and
 * disclosing are separate steps so that a common disclosure gate (consent, minimal content, audit) can
 * take over the second one.
 */
export async function exportPerson(
  db: Db,
  context: ActorContext,
  personId: string,
): Promise<{ bundle: PersonExport; disclosure: Disclosure }> {
  const bundle = await collectPersonExport(db, context.actor, personId);
  const disclosure = await disclose(context, "art15_export", {
    action: "person.export",
    entity: "person",
    entityId: personId,
    details: { formatVersion: bundle.formatVersion, generatedAt: bundle.generatedAt },
    personIds: [personId],
  });
  return { bundle, disclosure };
}

/** Where the n-th document of the list lies in the archive; the number keeps equal file names apart. */
export const archivePathOf = (index: number, fileName: string) => `dokumente/${index + 1}-${fileName}`;

/**
 * Art. 15 GDPR with the files: the JSON bundle and every stored document in one ZIP archive, streamed chunk by
 * chunk from the database. Audited like the bundle, naming the number of files, before the first byte leaves.
 */
export async function exportPersonArchive(
  db: Db,
  context: ActorContext,
  personId: string,
): Promise<{ bundle: PersonExport; disclosure: Disclosure; archive: ReadableStream<Uint8Array> }> {
  const collected = await collectPersonExport(db, context.actor, personId);
  const bundle = { ...collected, documents: { ...collected.documents, note: ARCHIVE_DOCUMENTS_NOTE } };
  const disclosure = await disclose(context, "art15_export", {
    action: "person.export",
    entity: "person",
    entityId: personId,
    details: {
      formatVersion: bundle.formatVersion,
      generatedAt: bundle.generatedAt,
      format: "zip",
      documents: bundle.documents.items.length,
    },
    personIds: [personId],
  });
  const archive = zipStream([
    {
      path: "auskunft.json",
      modifiedAt: bundle.generatedAt,
      content: () => new TextEncoder().encode(JSON.stringify(bundle, null, 2)),
    },
    ...bundle.documents.items.map((document, index) => ({
      path: archivePathOf(index, document.fileName),
      modifiedAt: document.createdAt,
      content: () => chunkStream(db, document.id),
    })),
  ]);
  return { bundle, disclosure, archive };
}
