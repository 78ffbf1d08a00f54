import { berlinInstant } from "#shared/time/berlin-clock.ts";
import { addDays } from "#shared/time/calendar.ts";
import type { DbOrTx, ImportRunsTable } from "../db/database.ts";
import { newId } from "../lib/ids.ts";

/**
 * Two finished imports in the demo advisor's history (decision 0046), so the import page shows what an import
 * leaves behind on a first start: a client list from Excel and the employers from a CSV, weeks ago.
 */
export async function seedImportHistory(
  trx: DbOrTx,
  input: { centreId: string; advisorId: string; today: string },
) {
  const run = (
    daysAgo: number,
    time: string,
    row: Pick<ImportRunsTable, "kind" | "format" | "file_name" | "key_field"> & {
      created: number;
      updated: number;
      skipped: number;
    },
  ): ImportRunsTable => {
    const startedAt = berlinInstant(addDays(input.today, -daysAgo), time);
    const rows = row.created + row.updated;
    return {
      id: newId(),
      centre_id: input.centreId,
      kind: row.kind,
      format: row.format,
      file_name: row.file_name,
      key_field: row.key_field,
      status: "done",
      rows_total: rows,
      rows_done: rows,
      created_count: row.created,
      updated_count: row.updated,
      skipped_count: row.skipped,
      started_by: input.advisorId,
      started_at: startedAt,
      finished_at: new Date(Date.parse(startedAt) + 2_000).toISOString(),
    };
  };
  await trx
    .insertInto("import_runs")
    .values([
      run(21, "09:40", {
        kind: "persons",
        format: "xlsx",
        file_name: "Klientenliste-2026.xlsx",
        key_field: "externalId",
        created: 24,
        updated: 0,
        skipped: 2,
      }),
      run(20, "11:15", {
        kind: "companies",
        format: "csv",
        file_name: "Betriebe-Ansprechpersonen.csv",
        key_field: "name",
        created: 3,
        updated: 0,
        skipped: 0,
      }),
    ])
    .execute();
}
