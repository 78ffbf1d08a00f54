import type { Kysely } from "kysely";

/**
 * The language rules no longer let an entry's overall level stand in for skills the entry has no level
 * for (decision 0010). The denormalized German columns of `persons` written under the old rule may hold
 * such derived skill levels (`german_levels`) and false certificate gaps (`certificate_gap`); this
 * recomputes both for every person with German entries. `german_level` is unchanged by the rule (the
 * headline is the overall level when there is one) but is rewritten from the same computation.
 *
 * Frozen: the rule is copied here as it stands on 2026-11-26 (per skill only, same skill on both sides).
 */
const skills = ["listening", "reading", "writing", "speaking", "overall"] as const;
const partial = ["listening", "reading", "writing", "speaking"] as const;
const cefr = ["A1", "A2", "B1", "B2", "C1", "C2"];
const rank = (level: string) => cefr.indexOf(level);

type Row = {
  id: string;
  person_id: string;
  source: string;
  date: string;
  created_at: string;
  listening: string | null;
  reading: string | null;
  writing: string | null;
  speaking: string | null;
  overall: string | null;
};
type Level = { level: string; source: string; on: string };

const newestFirst = (a: Row, b: Row) =>
  b.date.localeCompare(a.date) || b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id);

const latestFor = (rows: readonly Row[], skill: (typeof skills)[number]): Level | null => {
  for (const row of rows) {
    const level = row[skill];
    if (level) return { level, source: row.source, on: row.date };
  }
  return null;
};

export async function up(db: Kysely<any>): Promise<void> {
  const rows: Row[] = await db
    .selectFrom("language_entries")
    .select([
      "id",
      "person_id",
      "source",
      "date",
      "created_at",
      "listening",
      "reading",
      "writing",
      "speaking",
      "overall",
    ])
    .where("language", "=", "de")
    .execute();
  const byPerson = new Map<string, Row[]>();
  for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row]);
  for (const [personId, entries] of byPerson) {
    const assessments = entries.filter((row) => row.source === "assessment").sort(newestFirst);
    const certificates = entries.filter((row) => row.source === "certificate").sort(newestFirst);
    const levels: Partial<Record<(typeof skills)[number], Level>> = {};
    let gap = false;
    for (const skill of skills) {
      const assessment = latestFor(assessments, skill);
      const level = assessment ?? latestFor(certificates, skill);
      if (level) levels[skill] = level;
      if (!assessment) continue;
      const certificate = latestFor(
        certificates.filter((row) => row.date <= assessment.on),
        skill,
      );
      if (certificate && rank(certificate.level) - rank(assessment.level) >= 1) gap = true;
    }
    let headline: string | null = levels.overall?.level ?? null;
    if (!headline)
      for (const skill of partial) {
        const level = levels[skill]?.level;
        if (level && (headline === null || rank(level) < rank(headline))) headline = level;
      }
    await db
      .updateTable("persons")
      .set({
        german_levels: Object.keys(levels).length === 0 ? null : JSON.stringify(levels),
        german_level: headline,
        certificate_gap: gap ? 1 : 0,
      })
      .where("id", "=", personId)
      .execute();
  }
}

/** Nothing to undo: the columns stay; the next write of an entry recomputes them under the rule in force. */
export async function down(_db: Kysely<any>): Promise<void> {}
