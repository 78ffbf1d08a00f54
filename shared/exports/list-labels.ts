import type { CaseOutcome, CaseStatus, Concern, SourceChannel } from "../reference/cases.ts";

/**
 * German labels for list exports, which leave the app as files (the UI takes its words from the client's
 * catalogues; a spreadsheet handed on has no language switch).
 */
export const caseStatusLabels: Record<CaseStatus, string> = {
  new: "Neu",
  active: "Aktiv",
  on_hold: "Pausiert",
  closed: "Abgeschlossen",
};

export const concernLabels: Record<Concern, string> = {
  job_search: "Arbeitssuche",
  apprenticeship: "Ausbildung",
  recognition: "Anerkennung",
  residence: "Aufenthalt/Visum",
  language: "Sprache",
  studies_to_work: "Vom Studium in den Beruf",
  family: "Familie",
};

export const outcomeLabels: Record<CaseOutcome, string> = {
  employment: "Beschäftigung",
  apprenticeship: "Ausbildung",
  internship_completed: "Praktikum abgeschlossen",
  further_education: "Weiterbildung",
  moved_away: "Weggezogen",
  no_contact: "Kein Kontakt mehr",
  other: "Sonstiges",
};

export const sourceChannelLabels: Record<SourceChannel, string> = {
  walk_in: "Persönlich vorbeigekommen",
  employer: "Über Arbeitgeber",
  agency: "Über Agentur",
  university: "Über Hochschule",
  online: "Online",
  authority: "Über Behörde",
};
