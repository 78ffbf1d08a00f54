/**
 * Every field issue the schemas and services raise, by stable code, with its German wording for API
 * clients (issue 13, item 3). Schemas and services call `say(code, params)`; the API sends `code`,
 * `params` and this `message`; the client maps the code to a catalogue key in one table
 * (`client/src/lib/field-error-text.ts`), so rewording a message here never breaks the English UI.
 */
import type { serverGerman } from "./server-issue-messages.ts";

export type Count = { count: number };
type Character = { character: string };

const german = {
  // Presence and length
  required: () => "Bitte ausfüllen",
  min_chars: ({ count }: Count) => `Mindestens ${count} Zeichen`,
  max_chars: ({ count }: Count) => `Höchstens ${count} Zeichen`,
  min_count: ({ count }: Count) => `Mindestens ${count}`,
  max_count: ({ count }: Count) => `Höchstens ${count}`,
  nothing_to_change: () => "Nichts zu ändern",
  duplicate: () => "Doppelt angegeben",
  unknown_field: () => "Unbekanntes Feld",
  invalid_cursor: () => "Ungültiger Cursor",
  // Text content
  control_character: ({ character }: Character) => `Enthält ein unzulässiges Steuerzeichen (${character})`,
  bidi_control: ({ character }: Character) =>
    `Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung (${character})`,
  invisible_character: ({ character }: Character) => `Enthält ein unsichtbares Zeichen (${character})`,
  invalid_character: ({ character }: Character) => `Enthält ein ungültiges Zeichen (${character})`,
  no_line_break: () => "Darf keinen Zeilenumbruch enthalten",
  invalid_email: () => "Keine gültige E-Mail-Adresse",
  phone_format: () => "Telefonnummer aus Ziffern, Leerzeichen, + ( ) / -",
  // Dates and periods
  future_date: () => "Datum liegt in der Zukunft",
  date_in_future: () => "Datum in der Zukunft",
  before_1900: () => "Datum vor 1900",
  before_1990: () => "Datum vor 1990",
  year_from_1950: () => "Jahr ab 1950",
  end_before_start: () => "Ende vor dem Beginn",
  period_end_before_start: () => "Das Ende liegt vor dem Beginn",
  date_range: () => "„Bis“ darf nicht vor „Von“ liegen",
  max_months: ({ count }: Count) => `Höchstens ${count} Monate auf einmal`,
  region_period: () => "Regionsweit nur ein Kalendermonat, ein Quartal oder ein Kalenderjahr",
  month_format: () => "Monat im Format JJJJ-MM angeben",
  date_after_today: () => "Das neue Datum muss nach heute liegen",
  max_years: ({ count }: Count) => `Höchstens ${count} Jahre`,
  min_years: ({ count }: Count) => `Mindestens ${count} Jahr`,
  max_years_ahead: ({ count }: Count) => `Höchstens ${count} Jahre in der Zukunft`,
  whole_years: () => "Bitte eine ganze Zahl von Jahren angeben",
  // Codes from reference lists
  country_code_format: () => "Ländercode nach ISO 3166-1 (zwei Großbuchstaben)",
  unknown_country: () => "Unbekannter Ländercode",
  language_code_format: () => "Sprachcode nach ISO 639-1 (zwei Kleinbuchstaben)",
  unknown_language: () => "Unbekannter Sprachcode",
  kldb_format: () => "KldB-Code mit 2 oder 5 Ziffern",
  kldb_prefix_format: () => "KldB-Code oder Anfang davon (2–5 Ziffern)",
  unknown_kldb_group: () => "Unbekannte KldB-Berufshauptgruppe",
  kldb_level: () => "Die 5. Ziffer (Anforderungsniveau) muss 1–4 sein",
  unknown_municipality: () => "Gemeinde nicht im Verzeichnis der Landkreise des Bündnisses",
  export_format: () => "Bitte csv oder xlsx angeben",
  bulk_ids_or_filter: () => "Bitte entweder ids oder filter angeben",
  too_many_rows: ({ count }: Count) =>
    `Mehr als ${count.toLocaleString("de-DE")} Zeilen: bitte die Liste weiter eingrenzen`,
  // Records referred to
  unknown_person: () => "Unbekannte Person",
  person_not_found: () => "Person nicht gefunden",
  unknown_case: () => "Unbekannter Fall",
  unknown_company: () => "Unbekanntes Unternehmen",
  company_not_found: () => "Betrieb nicht gefunden",
  unknown_offer: () => "Unbekanntes Angebot",
  unknown_programme: () => "Unbekanntes Programm",
  unknown_agency: () => "Unbekannte Agentur",
  not_an_active_advisor: () => "Keine aktive Beraterin / kein aktiver Berater dieses Zentrums",
  // Accounts and sign-in
  password_required: () => "Bitte Passwort eingeben",
  name_required: () => "Bitte Namen eingeben",
  code_required: () => "Bitte Code eingeben",
  code_too_long: () => "Der Code ist zu lang",
  code_format: () => "6 Ziffern aus der App oder ein Wiederherstellungscode",
  wrong_code: () => "Der Code stimmt nicht oder ist schon abgelaufen",
  wrong_password: () => "Das aktuelle Passwort ist falsch",
  same_password: () => "Das neue Passwort muss sich vom bisherigen unterscheiden",
  employer_needs_company: () => "Arbeitgeber-Konten brauchen ein Unternehmen",
  only_employer_has_company: () => "Nur Arbeitgeber-Konten gehören zu einem Unternehmen",
  email_taken: () => "Diese E-Mail-Adresse ist bereits vergeben",
  own_account: () => "Sie können Ihr eigenes Konto nicht deaktivieren",
  centre_name_taken: () => "Ein Zentrum mit diesem Namen gibt es schon",
  yes_or_no: () => "Bitte ja oder nein angeben",
  // Persons
  only_partial: () => "Nur bei teilweiser Gleichwertigkeit",
  deficits_required: () => "Bitte die festgestellten Defizite angeben",
  // permit_type_required: the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
  permit_type_required: () => "Bitte den Aufenthaltstitel angeben",
  free_movement_no_expiry: () => "Freizügigkeit hat kein Ablaufdatum",
  arrival_before_birth: () => "Einreise vor dem Geburtsdatum",
  duplicate_language: () => "Sprache doppelt angegeben",
  too_many_languages: ({ count }: Count) => `Höchstens ${count} Sprachen`,
  too_many_qualifications: ({ count }: Count) => `Höchstens ${count} Qualifikationen`,
  // Cases, tasks and consents
  concern_required: () => "Mindestens ein Anliegen",
  duplicate_concern: () => "Anliegen doppelt angegeben",
  text_required: () => "Bitte einen Text eingeben",
  max_24_hours: () => "Höchstens 24 Stunden",
  title_required: () => "Bitte einen Titel eingeben",
  outcome_required: () => "Zum Abschließen bitte das Ergebnis angeben",
  outcome_only_when_closing: () => "Ein Ergebnis gibt es nur beim Abschließen",
  closed_before_opened: () => "Abschluss vor der Eröffnung des Falls",
  notice_version_required: () => "Bitte die Version des Hinweises angeben",
  withdrawn_before_given: () => "Widerruf vor der Einwilligung",
  esf_needs_no_consent: () =>
    "ESF+-Daten werden auf gesetzlicher Grundlage erhoben und brauchen keine Einwilligung",
  reason_required: () => "Bitte einen Grund angeben",
  reason_choice: () => "Bitte einen Grund auswählen",
  // Companies, offers, inquiries and placements
  company_required: () => "Bitte das Unternehmen angeben",
  own_company_offers: () => "Angebote nur für das eigene Unternehmen",
  own_company_inquiries: () => "Anfragen nur für das eigene Unternehmen",
  centre_maintains_field: () => "Dieses Feld pflegt das Welcome Center",
  too_many_contacts: ({ count }: Count) => `Höchstens ${count} Ansprechpersonen`,
  min_places: ({ count }: Count) => `Mindestens ${count} Platz`,
  max_places: ({ count }: Count) => `Höchstens ${count} Plätze`,
  places_taken: ({ count }: Count) => `Schon ${count} Plätze vergeben`,
  date_before_proposal: () => "Datum vor dem Vorschlag",
  reason_only_when_ending: () => "Ein Grund gehört nur zu Absage oder Abbruch",
  close_case_only_when_completing: () => "Den Fall schließen geht nur beim Abschluss",
  seal_valid_until_required: () => "Bitte angeben, bis wann das Siegel gilt",
  // Programmes and ESF+
  esf_project_number_required: () => "Bei ESF Plus bitte die Projektnummer angeben",
  project_number_only_esf: () => "Projektnummer nur bei ESF Plus",
  exit_before_entry: () => "Austritt vor dem Eintritt",
  exit_date_required: () => "Bitte das Austrittsdatum angeben",
  exit_status: () => "Mit Austrittsdatum bitte „abgeschlossen“ oder „abgebrochen“ wählen",
  results_after_exit: () => "Ergebnisse erst nach dem Austritt",
  recorded_before_exit: () => "Erfasst vor dem Austritt",
  employment_status_required: () => "Zum Bestätigen bitte den Erwerbsstatus angeben",
  // Language competence
  level_required: () => "Mindestens ein Niveau angeben",
  assessor_required: () => "Bitte angeben, wer eingeschätzt hat",
  company_for_session: () => "Bitte den Betrieb angeben",
  participant_required: () => "Mindestens eine teilnehmende Person",
  max_participants: ({ count }: Count) => `Höchstens ${count} Personen`,
  duplicate_participant: () => "Person doppelt",
  source_mismatch: () => "Passt nicht zur Quelle des Eintrags",
  certified_from: ({ provider, level }: { provider: string; level: string }) =>
    `${provider} bescheinigt erst ab ${level}`,
  document_type_required: () => "Bitte eine Dokumentart wählen",
  // Appointments
  end_after_start: () => "Das Ende muss nach dem Beginn liegen",
  max_appointment_days: ({ count }: Count) => `Ein Termin dauert höchstens ${count} Tage`,
  max_days: ({ count }: Count) => `Höchstens ${count} Tage auf einmal`,
  appointment_type_required: () => "Bitte eine Terminart wählen",
  person_required: () => "Bitte eine Person wählen",
  time_format: () => "Uhrzeit als HH:MM",
  interview_only_for_placement: () => "Nur ein Vorstellungsgespräch gehört zu einer Vermittlung",
  not_persons_placement: () => "Keine Vermittlung dieser Person",
  placement_stays_interview: () => "Ein Termin einer Vermittlung bleibt ein Vorstellungsgespräch",
} as const;

/** With the issues only the server raises (uploads, imports): their texts stay out of the browser's bundle. */
type Table = typeof german & typeof serverGerman;
export type IssueCode = keyof Table;
export type IssueParams = Record<string, string | number>;
type ParamsOf<C extends IssueCode> = Parameters<Table[C]>;
// biome-ignore lint/suspicious/noExplicitAny: each render takes its own params, checked by `say`'s signature
const table: Partial<Record<IssueCode, (params: any) => string>> = { ...german };
/** The codes known here: the shared ones, plus the server's once `server-issue-messages.ts` is loaded. */
export const issueCodes = Object.keys(german) as IssueCode[];

/** What a message stands for, so a validator that only sees the message (zod, react-hook-form) finds its code. */
const byMessage = new Map<string, { code: IssueCode; params?: IssueParams }>();
/** Parameterised messages are remembered as they are made; the bound keeps hostile input from growing it. */
const REMEMBERED_MAX = 10_000;

export function rememberIssue(message: string, code: IssueCode, params?: IssueParams): void {
  if (byMessage.has(message) || byMessage.size >= REMEMBERED_MAX) return;
  byMessage.set(message, params ? { code, params } : { code });
}

/** The German message of an issue, remembered with its code and params. */
export function say<C extends IssueCode>(code: C, ...params: ParamsOf<C>): string {
  const render = table[code] as ((value?: IssueParams) => string) | undefined;
  if (!render)
    throw new Error(`issue code ${code} has no message here (server-issue-messages.ts not loaded)`);
  const value = params[0] as IssueParams | undefined;
  const message = render(value);
  rememberIssue(message, code, value);
  return message;
}

/** The code and params of a message made by `say` (or sent by the server), if it is one. */
export function issueOfMessage(message: string): { code: IssueCode; params?: IssueParams } | undefined {
  return byMessage.get(message);
}

/** The server's own codes by name (its texts are in `server-issue-messages.ts`; a unit test keeps both alike). */
export const serverIssueCodes: readonly string[] = [
  "bulk_too_many",
  "unpacked_too_large",
  "zip_bomb",
  "xlsx_unreadable",
  "zip_not_xlsx",
  "workbook_unreadable",
  "not_csv_or_xlsx",
  "csv_unreadable",
  "file_empty",
  "too_many_import_rows",
  "file_too_large",
  "file_expected",
  "multipart_file_expected",
  "form_unreadable",
  "json_text_expected",
  "invalid_json",
  "contact_person_required",
  "import_key_missing",
  "import_same_key",
  "import_not_duplicate_company",
  "import_not_duplicate_person",
  "import_person_anonymised",
  "import_column_missing",
  "import_formula",
  "merge_same_person",
  "dismiss_same_person",
  "doc_not_multipart",
  "doc_quota_exceeded",
  "doc_file_missing",
  "doc_no_boundary",
  "doc_one_file_only",
  "doc_unknown_file_field",
  "doc_field_too_long",
  "doc_too_many_fields",
  "doc_too_many_parts",
  "doc_multipart_broken",
  "doc_transfer_aborted",
  "doc_document",
  "doc_type_refused",
  "doc_image_no_size",
  "doc_image_too_many_pixels",
  "doc_image_broken",
  "doc_png_incomplete",
  "doc_png_broken",
  "doc_webp_incomplete",
  "doc_webp_broken",
  "doc_jpeg_broken",
  "doc_jpeg_no_size",
  "doc_jpeg_incomplete",
  "doc_pdf_active",
  "doc_zip_too_many_entries",
  "doc_macros_refused",
  "doc_macros_refused_docx",
  "doc_document_broken",
  "doc_unpacked_too_large",
  "doc_not_word_document",
  "doc_zip_not_document",
  "transfer_unknown_centre",
  "transfer_same_centre",
  "doc_no_sharing_consent",
  "doc_placement_not_accepted",
  "doc_contact_not_released",
  "doc_share",
  "doc_preview",
  "mail_link_invalid",
];

/** A code of ours, the server's included (the browser knows those by name only). */
export const isIssueCode = (value: string): value is IssueCode =>
  Object.hasOwn(table, value) || serverIssueCodes.includes(value);

const sayPlain = say as (code: IssueCode) => string;
const registerPlain = (codes: readonly IssueCode[]) => {
  for (const code of codes) if ((table[code] as () => string).length === 0) sayPlain(code);
};
registerPlain(issueCodes);

/** Adds the server's own issues (called once by `server-issue-messages.ts`). */
// biome-ignore lint/suspicious/noExplicitAny: as for `table`
export function addIssueTable(extra: Partial<Record<IssueCode, (params: any) => string>>): void {
  Object.assign(table, extra);
  const codes = Object.keys(extra) as IssueCode[];
  issueCodes.push(...codes);
  registerPlain(codes);
}
