import { countryName } from "#shared/reference/countries.ts";
import type { EsfParticipant } from "#shared/schemas/esf.ts";
import type { Sheet, SheetValue } from "../../lib/spreadsheet.ts";

const yesNo = (value: boolean | null) => (value === null ? "" : value ? "ja" : "nein");
const answer = { yes: "ja", no: "nein", no_answer: "keine Angabe" } as const;
const gender = { female: "weiblich", male: "männlich", diverse: "nichtbinär" } as const;
const employment = {
  employed: "erwerbstätig",
  self_employed: "selbstständig",
  unemployed: "arbeitslos",
  long_term_unemployed: "langzeitarbeitslos",
  inactive: "nichterwerbstätig",
  in_education: "nichterwerbstätig, in Ausbildung",
} as const;
const age = { under_18: "unter 18", "18_29": "18–29", "30_54": "30–54", "55_plus": "55 und älter" } as const;
/** A calendar day as a typed date cell (shown `dd.mm.yyyy`), empty when there is none. */
const day = (value: string | null | undefined): SheetValue => (value ? { day: value } : null);

const columns: { header: string; width: number; value: (p: EsfParticipant) => SheetValue }[] = [
  { header: "Teilnahmenummer", width: 38, value: (p) => p.enrolmentId },
  { header: "Eintritt", width: 12, value: (p) => day(p.enteredOn) },
  { header: "Austritt", width: 12, value: (p) => day(p.exitedOn) },
  { header: "Geschlecht", width: 12, value: (p) => (p.gender ? gender[p.gender] : "") },
  { header: "Alter bei Eintritt", width: 16, value: (p) => (p.ageBand ? age[p.ageBand] : "") },
  { header: "ISCED", width: 8, value: (p) => p.iscedLevel ?? "" },
  {
    header: "Erwerbsstatus bei Eintritt",
    width: 24,
    value: (p) => (p.employmentStatus ? employment[p.employmentStatus] : ""),
  },
  {
    header: "Staatsangehörigkeit",
    width: 18,
    value: (p) => (p.nationality ? countryName(p.nationality) : ""),
  },
  { header: "Drittstaatsangehörig", width: 12, value: (p) => yesNo(p.thirdCountryNational) },
  { header: "Ausländische Herkunft", width: 12, value: (p) => yesNo(p.foreignBackground) },
  { header: "Gemeinde (AGS)", width: 12, value: (p) => p.municipality ?? "" },
  { header: "Ländliches Gebiet", width: 12, value: (p) => yesNo(p.ruralArea) },
  {
    header: "Ländlich: Grundlage",
    width: 14,
    value: (p) => (p.ruralAreaDerived ? "DEGURBA 3 der Gemeinde" : p.ruralArea === null ? "" : "Angabe"),
  },
  { header: "Behinderung", width: 14, value: (p) => answer[p.disability] },
  { header: "Minderheit", width: 14, value: (p) => answer[p.minority] },
  { header: "Obdachlos / Wohnungsausgrenzung", width: 14, value: (p) => answer[p.homeless] },
  { header: "Bestätigt", width: 10, value: (p) => yesNo(p.confirmedAt !== null) },
  { header: "Ergebnis bei Austritt erfasst am", width: 14, value: (p) => day(p.immediateResult?.recordedOn) },
  {
    header: "im Zeitfenster",
    width: 10,
    value: (p) => (p.immediateResult ? yesNo(p.immediateResult.inWindow) : ""),
  },
  {
    header: "auf Arbeitsuche",
    width: 10,
    value: (p) => (p.immediateResult ? yesNo(p.immediateResult.jobSearching) : ""),
  },
  {
    header: "in Bildung",
    width: 10,
    value: (p) => (p.immediateResult ? yesNo(p.immediateResult.inEducation) : ""),
  },
  {
    header: "Qualifizierung erlangt",
    width: 10,
    value: (p) => (p.immediateResult ? yesNo(p.immediateResult.gainedQualification) : ""),
  },
  {
    header: "erwerbstätig",
    width: 10,
    value: (p) => (p.immediateResult ? yesNo(p.immediateResult.employed) : ""),
  },
  {
    header: "Ergebnis nach 6 Monaten erfasst am",
    width: 14,
    value: (p) => day(p.longTermResult?.recordedOn),
  },
  {
    header: "im Zeitfenster (6 Monate)",
    width: 10,
    value: (p) => (p.longTermResult ? yesNo(p.longTermResult.inWindow) : ""),
  },
  {
    header: "erwerbstätig nach 6 Monaten",
    width: 10,
    value: (p) => (p.longTermResult ? yesNo(p.longTermResult.employed) : ""),
  },
  { header: "Datenlücken", width: 30, value: (p) => p.gaps.join(", ") },
];

export const ESF_XLSX_HEADERS = columns.map((column) => column.header);

/** The participant list as the funders lay it out: one row per participant, pseudonymised by enrolment number. */
export function esfParticipantsSheet(participants: readonly EsfParticipant[]): Sheet {
  return {
    name: "Teilnehmende",
    header: ESF_XLSX_HEADERS,
    rows: participants.map((participant) => columns.map((column) => column.value(participant))),
  };
}
