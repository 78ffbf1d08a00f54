import {
  type ExportCase,
  PERSON_EXPORT_FORMAT_VERSION,
  type PersonExport,
} from "../../../shared/schemas/person-export.ts";
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
import { listDocumentsOfPerson, toDocument } from "../documents/documents.service.ts";
import { listEntries, toEntry as toLanguageEntry } from "../language/language.service.ts";
import { toPerson } from "../persons/person-mapping.ts";
import { findPerson } from "../persons/persons.service.ts";
import { listPlacements, toPlacement } from "../placements/placements.service.ts";
import { listEnrolments, toEnrolment } from "../programmes/programmes.service.ts";
import { tasksOfPerson } from "../tasks/tasks.service.ts";
import { consentWithHistory, recipientsOf } from "./person-export-sections.ts";

/** Far above what one person gathers; the lists are complete, not pages. */
const ALL = 10_000;

const DOCUMENTS_NOTE =
  "Aufgeführt sind die gespeicherten Dokumente; die Dateien selbst werden einzeln heruntergeladen und übergeben.";

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
