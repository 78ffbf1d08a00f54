import Database from "better-sqlite3";
import type { Scenario } from "./capture-sql.ts";

export type AuditTemplate = { row: Record<string, unknown>; personIds: string[] } | null;

export type AuditReader = {
  /** The newest audit entry, or undefined when there is none. */
  latest: () => Promise<Record<string, unknown> | undefined>;
  /** The persons an entry names, sorted. */
  personIds: (auditId: unknown) => Promise<string[]>;
};

/** Reads the audit entries from the bench's SQLite file. */
export function sqliteAuditReader(file: string): AuditReader & { close: () => void } {
  const sqlite = new Database(file, { readonly: true });
  const latest = sqlite.prepare("select * from audit_log order by rowid desc limit 1");
  const persons = sqlite.prepare("select person_id from audit_persons where audit_id = ? order by person_id");
  return {
    latest: async () => latest.get() as Record<string, unknown> | undefined,
    personIds: async (auditId) =>
      (persons.all(auditId) as { person_id: string }[]).map((link) => link.person_id),
    close: () => sqlite.close(),
  };
}

/**
 * The read audit entry the app commits for each scenario's request (its row and the persons it names), taken
 * from the database after one real request: the baseline commits the same entry, so both do the durable work
 * the rule "no person data leaves before its audit entry is committed" asks for. Null for a request the app
 * does not audit.
 */
export async function captureReadAudits(
  reader: AuditReader,
  appUrl: string,
  cookie: string,
  scenarios: readonly Scenario[],
): Promise<Record<string, AuditTemplate>> {
  const templates: Record<string, AuditTemplate> = {};
  for (const scenario of scenarios) {
    const before = await reader.latest();
    const response = await fetch(`${appUrl}${scenario.appPath}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${scenario.name}: the app answered ${response.status}`);
    const after = await reader.latest();
    templates[scenario.baselineKey] =
      after && after.id !== before?.id ? { row: after, personIds: await reader.personIds(after.id) } : null;
  }
  return templates;
}
