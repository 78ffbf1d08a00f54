import Database from "better-sqlite3";
import type { Scenario } from "./capture-sql.ts";

export type AuditTemplate = { row: Record<string, unknown>; personIds: string[] } | null;

/**
 * The read audit entry the app commits for each scenario's request (its row and the persons it names), taken
 * from the database after one real request: the baseline commits the same entry, so both do the durable work
 * the rule "no person data leaves before its audit entry is committed" asks for. Null for a request the app
 * does not audit.
 */
export async function captureReadAudits(
  file: string,
  appUrl: string,
  cookie: string,
  scenarios: readonly Scenario[],
): Promise<Record<string, AuditTemplate>> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const latest = sqlite.prepare("select * from audit_log order by rowid desc limit 1");
    const persons = sqlite.prepare(
      "select person_id from audit_persons where audit_id = ? order by person_id",
    );
    const templates: Record<string, AuditTemplate> = {};
    for (const scenario of scenarios) {
      const before = latest.get() as Record<string, unknown> | undefined;
      const response = await fetch(`${appUrl}${scenario.appPath}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${scenario.name}: the app answered ${response.status}`);
      const after = latest.get() as Record<string, unknown> | undefined;
      templates[scenario.baselineKey] =
        after && after.id !== before?.id
          ? {
              row: after,
              personIds: (persons.all(after.id) as { person_id: string }[]).map((link) => link.person_id),
            }
          : null;
    }
    return templates;
  } finally {
    sqlite.close();
  }
}
