import { type CefrLevel, cefrRank } from "../reference/cefr.ts";

export const languageSkills = ["listening", "reading", "writing", "speaking", "overall"] as const;
export type LanguageSkill = (typeof languageSkills)[number];
/** The four single skills (everything but "overall"). */
export const partialSkills = ["listening", "reading", "writing", "speaking"] as const;
export type PartialSkill = (typeof partialSkills)[number];

export const languageSources = ["certificate", "assessment"] as const;
export type LanguageSource = (typeof languageSources)[number];

export type SkillLevels = Partial<Record<LanguageSkill, CefrLevel>>;

export type CurrentLevel = {
  level: CefrLevel;
  source: LanguageSource;
  /** Date of the certificate or assessment, `YYYY-MM-DD`. */
  on: string;
};
export type CurrentLevels = Partial<Record<LanguageSkill, CurrentLevel>>;
export type LanguageRequirement = Partial<Record<LanguageSkill, CefrLevel>>;

/** What the rules need of an entry; `LanguageEntry` of `shared/schemas/language.ts` fits. */
export type LevelEvidence = {
  id?: string;
  language: string;
  source: LanguageSource;
  date: string;
  levels: SkillLevels;
  createdAt?: string;
};

export type CertificateGap = {
  skill: LanguageSkill;
  certificate: CurrentLevel;
  assessment: CurrentLevel;
  /** How many CEFR levels the assessment lies below the certificate (≥ 1). */
  levelsBelow: number;
};

export type RequirementVerdict = {
  met: boolean;
  skills: {
    skill: LanguageSkill;
    required: CefrLevel;
    actual: CurrentLevel | null;
    /** Set when the skill had no current level of its own and the current overall level was used. */
    via?: "overall";
    met: boolean;
  }[];
};

/** Newest first: by date, then by recording time, then by id, so same-day entries still order. */
const newestFirst = (a: LevelEvidence, b: LevelEvidence): number =>
  b.date.localeCompare(a.date) ||
  (b.createdAt ?? "").localeCompare(a.createdAt ?? "") ||
  (b.id ?? "").localeCompare(a.id ?? "");

/**
 * The level an entry gives for a skill: only its own level for exactly that skill. An entry's overall
 * level never stands in for a skill it does not list, and the four skills never make up an overall.
 */
export function entryLevelFor(entry: LevelEvidence, skill: LanguageSkill): CurrentLevel | null {
  const own = entry.levels[skill];
  return own ? { level: own, source: entry.source, on: entry.date } : null;
}

const entriesOf = (entries: readonly LevelEvidence[], language: string, source: LanguageSource) =>
  entries.filter((entry) => entry.language === language && entry.source === source).sort(newestFirst);

const latestFor = (sorted: readonly LevelEvidence[], skill: LanguageSkill): CurrentLevel | null => {
  for (const entry of sorted) {
    const level = entryLevelFor(entry, skill);
    if (level) return level;
  }
  return null;
};

/**
 * Per skill: the latest assessment, else the latest certificate (an assessment wins over a
 * certificate whatever their dates, also on the same day). Skills no entry covers stay absent.
 */
export function currentLevels(entries: readonly LevelEvidence[], language: string): CurrentLevels {
  const assessments = entriesOf(entries, language, "assessment");
  const certificates = entriesOf(entries, language, "certificate");
  const levels: CurrentLevels = {};
  for (const skill of languageSkills) {
    const level = latestFor(assessments, skill) ?? latestFor(certificates, skill);
    if (level) levels[skill] = level;
  }
  return levels;
}

/** Per skill: the latest certificate, ignoring assessments (the "certificate" column of the grid). */
export function certificateLevels(entries: readonly LevelEvidence[], language: string): CurrentLevels {
  const certificates = entriesOf(entries, language, "certificate");
  const levels: CurrentLevels = {};
  for (const skill of languageSkills) {
    const level = latestFor(certificates, skill);
    if (level) levels[skill] = level;
  }
  return levels;
}

/**
 * Per skill: the latest assessment of the skill compared with the latest certificate of the same skill
 * dated on or before it (a same-day assessment counts as after the certificate). A gap is an assessment at least one
 * level below that certificate. A certificate newer than every assessment has no gap yet.
 */
export function certificateGaps(entries: readonly LevelEvidence[], language: string): CertificateGap[] {
  const assessments = entriesOf(entries, language, "assessment");
  const certificates = entriesOf(entries, language, "certificate");
  const gaps: CertificateGap[] = [];
  for (const skill of languageSkills) {
    const assessment = latestFor(assessments, skill);
    if (!assessment) continue;
    const certificate = latestFor(
      certificates.filter((entry) => entry.date <= assessment.on),
      skill,
    );
    if (!certificate) continue;
    const levelsBelow = cefrRank(certificate.level) - cefrRank(assessment.level);
    if (levelsBelow >= 1) gaps.push({ skill, certificate, assessment, levelsBelow });
  }
  return gaps;
}

export const hasCertificateGap = (entries: readonly LevelEvidence[], language: string): boolean =>
  certificateGaps(entries, language).length > 0;

/**
 * The one level shown for a person (list column, headline): the current overall level, else the
 * lowest current level among the four skills (conservative), else null.
 */
export function headlineLevel(levels: CurrentLevels): CefrLevel | null {
  if (levels.overall) return levels.overall.level;
  let lowest: CefrLevel | null = null;
  for (const skill of partialSkills) {
    const level = levels[skill]?.level;
    if (level && (lowest === null || cefrRank(level) < cefrRank(lowest))) lowest = level;
  }
  return lowest;
}

/**
 * Checks each required skill against the current level (so assessed levels first; each verdict row
 * carries the source it used). The one fallback of the rules: a required single skill with no current
 * level of its own is checked against the current overall level, and the row says so (`via: "overall"`),
 * so persons with overall-only certificates still match. A required skill with neither is not met.
 * Rows come in the order of `languageSkills`; an empty requirement is met.
 */
export function meetsRequirement(
  levels: CurrentLevels,
  requirement: LanguageRequirement,
): RequirementVerdict {
  const skills: RequirementVerdict["skills"] = [];
  for (const skill of languageSkills) {
    const required = requirement[skill];
    if (!required) continue;
    const own = levels[skill];
    const viaOverall = !own && levels.overall !== undefined;
    const actual = own ?? (viaOverall ? (levels.overall ?? null) : null);
    skills.push({
      skill,
      required,
      actual,
      ...(viaOverall ? { via: "overall" as const } : {}),
      met: actual !== null && cefrRank(actual.level) >= cefrRank(required),
    });
  }
  return { met: skills.every((row) => row.met), skills };
}

/** Languages with entries, German first, then by code. */
export function languagesOf(entries: readonly LevelEvidence[]): string[] {
  const codes = [...new Set(entries.map((entry) => entry.language))];
  return codes.sort((a, b) => (a === "de" ? -1 : b === "de" ? 1 : a.localeCompare(b)));
}
