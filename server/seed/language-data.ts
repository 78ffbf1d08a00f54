import type { Insertable, Selectable } from "kysely";
import {
  certificateGaps,
  currentLevels,
  headlineLevel,
  type LevelEvidence,
  partialSkills,
  type SkillLevels,
} from "#shared/language/levels.ts";
import { type CefrLevel, cefrLevels } from "#shared/reference/cefr.ts";
import type { AssessorType, CertificateProvider } from "#shared/reference/language.ts";
import { addDays } from "#shared/time/calendar.ts";
import type { LanguageEntriesTable, PersonsTable } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import type { PersonBundle } from "./case-data.ts";
import type { Random } from "./random.ts";

const assessors: Record<AssessorType, readonly string[]> = {
  advisor: ["Frau Lindner", "Herr Okafor", "Frau Yıldız", "Herr Sander"],
  employer: ["Ausbildungsleitung Tischlerei Hagedorn", "Pflegedienstleitung Sonnenhof", "Meister Brandt"],
  betriebssprachtag: ["Sprachtag Kaya Haustechnik", "Sprachtag Bäckerei Korte", "Sprachtag Elektro Wiegand"],
  vocational_school: ["BBS Hildesheim, Frau Petersen", "BBS Hameln, Herr Duarte"],
  language_course: ["VHS Hildesheim, Kurs B1", "Berufssprachkurs BSK B2, Frau Heinemann"],
};
const assessmentNotes = [
  "Versteht Arbeitsanweisungen sicher",
  "Fachwortschatz fehlt noch",
  "Telefonate mit Kunden noch schwierig",
  "Schreibt kurze Berichte selbstständig",
  null,
  null,
];

const firstDay = "2024-01-15";
const level = (rank: number): CefrLevel =>
  cefrLevels[Math.max(0, Math.min(cefrLevels.length - 1, rank))] ?? "A1";
const rankOf = (value: CefrLevel) => cefrLevels.indexOf(value);

const dayBetween = (random: Random, from: string, to: string) => {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return span <= 0 ? from : addDays(from, random.int(0, span));
};

function certificateLevels(random: Random, rank: number): SkillLevels {
  if (random.chance(0.45)) return { overall: level(rank) };
  const levels: SkillLevels = { overall: level(rank) };
  for (const skill of partialSkills) levels[skill] = level(rank + (random.chance(0.2) ? -1 : 0));
  return levels;
}

function providerFor(random: Random, rank: number): CertificateProvider {
  const b2OrAbove = rank >= rankOf("B2");
  return random.weighted<CertificateProvider>([
    ["goethe", 30],
    ["telc", 35],
    ["oesd", 10],
    ["testdaf", b2OrAbove ? 10 : 0],
    ["dsh", b2OrAbove ? 5 : 0],
    ["ecl", 4],
    ["other", 6],
  ]);
}

type EntryDraft = Omit<LanguageEntriesTable, "id" | "centre_id" | "person_id" | "recorded_by" | "version">;

const skillColumns = (levels: SkillLevels) => ({
  listening: levels.listening ?? null,
  reading: levels.reading ?? null,
  writing: levels.writing ?? null,
  speaking: levels.speaking ?? null,
  overall: levels.overall ?? null,
});

function certificate(random: Random, language: string, date: string, rank: number): EntryDraft {
  const provider = providerFor(random, rank);
  const stamp = `${date}T09:00:00.000Z`;
  return {
    language,
    source: "certificate",
    date,
    ...skillColumns(certificateLevels(random, rank)),
    provider,
    certificate_number: `${provider.toUpperCase()}-${date.slice(0, 4)}-${random.int(10000, 99999)}`,
    assessor_type: null,
    assessor_name: null,
    note: null,
    company_id: null,
    company_name: null,
    session_id: null,
    created_at: stamp,
    updated_at: stamp,
  };
}

function assessment(random: Random, language: string, date: string, levels: SkillLevels): EntryDraft {
  const type = random.weighted<AssessorType>([
    ["advisor", 40],
    ["employer", 20],
    ["betriebssprachtag", 15],
    ["vocational_school", 10],
    ["language_course", 15],
  ]);
  const stamp = `${date}T14:00:00.000Z`;
  return {
    language,
    source: "assessment",
    date,
    ...skillColumns(levels),
    provider: null,
    certificate_number: null,
    assessor_type: type,
    assessor_name: random.pick(assessors[type]),
    note: random.pick(assessmentNotes),
    company_id: null,
    company_name: null,
    session_id: null,
    created_at: stamp,
    updated_at: stamp,
  };
}

/** Assessed levels at or above the certificate; with `below` one level under it (a certificate gap). */
function assessedLevels(random: Random, trueRank: number, certificateRank: number | null, below: boolean) {
  const rank =
    below && certificateRank !== null ? certificateRank - 1 : Math.max(trueRank, certificateRank ?? 0);
  const levels: SkillLevels = {};
  const skills = random.chance(0.5) ? (["speaking", "listening"] as const) : partialSkills;
  for (const skill of skills) levels[skill] = level(rank);
  if (below || (skills.length === 4 && random.chance(0.5))) levels.overall = level(rank);
  return levels;
}

function germanDrafts(random: Random, since: string, today: string): EntryDraft[] {
  const trueRank = random.weighted([
    [0, 10],
    [1, 25],
    [2, 35],
    [3, 22],
    [4, 8],
  ]);
  const drafts: EntryDraft[] = [];
  const latest = addDays(today, -3);
  let certificateRank: number | null = null;
  let certificateDate = since;
  if (random.chance(0.7)) {
    certificateRank = Math.min(4, trueRank + (random.chance(0.35) ? 1 : 0));
    certificateDate = dayBetween(random, firstDay, addDays(latest, -60));
    drafts.push(certificate(random, "de", certificateDate, certificateRank));
  }
  const gap = certificateRank !== null && certificateRank > 0 && random.chance(0.32);
  const assessments = gap ? 1 + random.int(0, 1) : random.int(certificateRank === null ? 1 : 0, 2);
  let from = certificateDate > since ? certificateDate : since;
  for (let index = 0; index < assessments; index += 1) {
    const date = dayBetween(random, from, latest);
    const last = index === assessments - 1;
    drafts.push(
      assessment(random, "de", date, assessedLevels(random, trueRank, certificateRank, gap && last)),
    );
    from = date;
  }
  return drafts;
}

function englishDrafts(random: Random, today: string): EntryDraft[] {
  const rank = random.int(2, 4);
  const date = dayBetween(random, firstDay, addDays(today, -10));
  return random.chance(0.5)
    ? [{ ...certificate(random, "en", date, rank), provider: "other", certificate_number: null }]
    : [assessment(random, "en", date, { overall: level(rank), speaking: level(rank) })];
}

const evidenceOf = (row: Insertable<LanguageEntriesTable>): LevelEvidence => ({
  id: row.id,
  language: row.language,
  source: row.source as LevelEvidence["source"],
  date: row.date,
  createdAt: row.created_at,
  levels: Object.fromEntries(
    (["listening", "reading", "writing", "speaking", "overall"] as const).flatMap((skill) => {
      const value = row[skill];
      return value ? [[skill, value]] : [];
    }),
  ),
});

/** The person's denormalized German columns, computed with the shared rules (as the service does). */
export function germanSummaryColumns(
  rows: readonly Insertable<LanguageEntriesTable>[],
): Pick<Selectable<PersonsTable>, "german_levels" | "german_level" | "certificate_gap"> {
  const evidence = rows.filter((row) => row.language === "de").map(evidenceOf);
  const levels = currentLevels(evidence, "de");
  return {
    german_levels: Object.keys(levels).length === 0 ? null : JSON.stringify(levels),
    german_level: headlineLevel(levels),
    certificate_gap: certificateGaps(evidence, "de").length > 0 ? 1 : 0,
  };
}

/**
 * Language entries for most persons (German: certificates and assessments 2024–2026, about one in
 * six with a certificate gap — the gap assessment always rates overall too, which every certificate
 * states, so the per-skill rule sees it; some English) and the persons' German columns set to match.
 * Recorded by an advisor of the person's case, else another advisor of the same centre.
 */
export function addLanguageData(
  random: Random,
  bundles: readonly PersonBundle[],
  options: { today: string; share?: number },
): Insertable<LanguageEntriesTable>[] {
  const advisorOfCentre = new Map<string, string>();
  for (const bundle of bundles) {
    const advisor = bundle.cases.find((entry) => entry.advisor_id)?.advisor_id;
    if (advisor && !advisorOfCentre.has(bundle.person.centre_id))
      advisorOfCentre.set(bundle.person.centre_id, advisor);
  }
  const rows: Insertable<LanguageEntriesTable>[] = [];
  for (const bundle of bundles) {
    const { person } = bundle;
    const recordedBy =
      bundle.cases.find((entry) => entry.advisor_id)?.advisor_id ?? advisorOfCentre.get(person.centre_id);
    if (!recordedBy || !random.chance(options.share ?? 0.85)) continue;
    const since = person.created_at.slice(0, 10);
    const drafts = [
      ...germanDrafts(random, since, options.today),
      ...(random.chance(0.25) ? englishDrafts(random, options.today) : []),
    ].filter((draft) => draft.date <= options.today);
    const personRows = drafts.map((draft) => ({
      ...draft,
      id: newId(),
      centre_id: person.centre_id,
      person_id: person.id,
      recorded_by: recordedBy,
      version: 1,
    }));
    Object.assign(person, germanSummaryColumns(personRows));
    rows.push(...personRows);
  }
  return rows;
}
