import { type IssueCode, type IssueParams, issueOfMessage } from "#shared/api/issue-messages.ts";

export type ValidationKey =
  | "validation.required"
  | "validation.passwordRequired"
  | "validation.nameRequired"
  | "validation.invalidEmail"
  | "validation.minChars"
  | "validation.maxChars"
  | "validation.tooLong"
  | "validation.invalidFormat"
  | "validation.outOfRange"
  | "validation.tooShort"
  | "validation.chooseOption"
  | "validation.employerNeedsCompany"
  | "validation.onlyEmployerHasCompany"
  | "validation.nothingToChange"
  | "validation.emailTaken"
  | "validation.dateRange"
  | "validation.unknownCompany"
  | "validation.ownAccount"
  | "validation.invalid"
  | "validation.futureDate"
  | "validation.before1900"
  | "validation.phoneFormat"
  | "validation.onlyPartial"
  | "validation.deficitsRequired"
  | "validation.permitTypeRequired"
  | "validation.freeMovementNoExpiry"
  | "validation.arrivalBeforeBirth"
  | "validation.duplicateLanguage"
  | "validation.tooManyLanguages"
  | "validation.tooManyQualifications"
  | "validation.yearFrom1950"
  | "validation.concernRequired"
  | "validation.textRequired"
  | "validation.max24Hours"
  | "validation.titleRequired"
  | "validation.noticeVersionRequired"
  | "validation.outcomeRequired"
  | "validation.closedBeforeOpened"
  | "validation.countryCode"
  | "validation.kldbCode"
  | "validation.controlCharacter"
  | "validation.bidiControl"
  | "validation.invisibleCharacter"
  | "validation.invalidCharacter"
  | "validation.noLineBreak"
  | "validation.reasonRequired"
  | "validation.dateAfterToday"
  | "validation.endAfterStart"
  | "validation.maxAppointmentDays"
  | "validation.maxDays"
  | "validation.appointmentTypeRequired"
  | "validation.personRequired"
  | "validation.timeFormat"
  | "validation.endBeforeStart"
  | "validation.minPlaces"
  | "validation.maxPlaces"
  | "validation.reasonChoice"
  | "validation.minCount"
  | "validation.maxCount"
  | "validation.tooManyContacts"
  | "validation.duplicate"
  | "validation.levelRequired"
  | "validation.assessorRequired"
  | "validation.before1990"
  | "validation.certifiedFrom"
  | "validation.personNotFound"
  | "validation.duplicatePerson"
  | "validation.sessionCompanyRequired"
  | "validation.companyNotFound"
  | "validation.participantsRequired"
  | "validation.documentTypeRequired"
  | "validation.fileTooLarge"
  | "validation.quotaExceeded"
  | "validation.fileEmpty"
  | "validation.fileMissing"
  | "validation.fileTypeRefused"
  | "validation.fileBroken"
  | "validation.imageTooLarge"
  | "validation.pdfActive"
  | "validation.macrosRefused"
  | "validation.unpackedTooLarge";

/** A catalogue key with the issue's params (`count`, `character`, …) beside it, or a text to show as it is. */
export type FieldErrorText = ({ key: ValidationKey; text?: never } & IssueParams) | { text: string };
export type FieldErrorLike = { type?: string | number; message?: string };

export const SERVER_ERROR_TYPE = "server";

/** The one table from an issue's code to the catalogue's words; a code without a key shows as below. */
const keyOfCode: Partial<Record<IssueCode, ValidationKey>> = {
  required: "validation.required",
  password_required: "validation.passwordRequired",
  name_required: "validation.nameRequired",
  invalid_email: "validation.invalidEmail",
  min_chars: "validation.minChars",
  max_chars: "validation.maxChars",
  min_count: "validation.minCount",
  max_count: "validation.maxCount",
  duplicate: "validation.duplicate",
  employer_needs_company: "validation.employerNeedsCompany",
  only_employer_has_company: "validation.onlyEmployerHasCompany",
  nothing_to_change: "validation.nothingToChange",
  email_taken: "validation.emailTaken",
  unknown_company: "validation.unknownCompany",
  own_account: "validation.ownAccount",
  date_range: "validation.dateRange",
  future_date: "validation.futureDate",
  date_in_future: "validation.futureDate",
  before_1900: "validation.before1900",
  before_1990: "validation.before1990",
  phone_format: "validation.phoneFormat",
  only_partial: "validation.onlyPartial",
  deficits_required: "validation.deficitsRequired",
  permit_type_required: "validation.permitTypeRequired",
  free_movement_no_expiry: "validation.freeMovementNoExpiry",
  arrival_before_birth: "validation.arrivalBeforeBirth",
  duplicate_language: "validation.duplicateLanguage",
  too_many_languages: "validation.tooManyLanguages",
  too_many_qualifications: "validation.tooManyQualifications",
  year_from_1950: "validation.yearFrom1950",
  concern_required: "validation.concernRequired",
  text_required: "validation.textRequired",
  max_24_hours: "validation.max24Hours",
  title_required: "validation.titleRequired",
  notice_version_required: "validation.noticeVersionRequired",
  outcome_required: "validation.outcomeRequired",
  closed_before_opened: "validation.closedBeforeOpened",
  country_code_format: "validation.countryCode",
  unknown_country: "validation.countryCode",
  kldb_format: "validation.kldbCode",
  kldb_prefix_format: "validation.kldbCode",
  unknown_kldb_group: "validation.kldbCode",
  kldb_level: "validation.kldbCode",
  unknown_municipality: "validation.chooseOption",
  control_character: "validation.controlCharacter",
  bidi_control: "validation.bidiControl",
  invisible_character: "validation.invisibleCharacter",
  invalid_character: "validation.invalidCharacter",
  no_line_break: "validation.noLineBreak",
  reason_required: "validation.reasonRequired",
  reason_choice: "validation.reasonChoice",
  date_after_today: "validation.dateAfterToday",
  end_after_start: "validation.endAfterStart",
  max_appointment_days: "validation.maxAppointmentDays",
  max_days: "validation.maxDays",
  appointment_type_required: "validation.appointmentTypeRequired",
  person_required: "validation.personRequired",
  time_format: "validation.timeFormat",
  end_before_start: "validation.endBeforeStart",
  period_end_before_start: "validation.endBeforeStart",
  min_places: "validation.minPlaces",
  max_places: "validation.maxPlaces",
  too_many_contacts: "validation.tooManyContacts",
  level_required: "validation.levelRequired",
  assessor_required: "validation.assessorRequired",
  certified_from: "validation.certifiedFrom",
  person_not_found: "validation.personNotFound",
  duplicate_participant: "validation.duplicatePerson",
  company_for_session: "validation.sessionCompanyRequired",
  company_not_found: "validation.companyNotFound",
  participant_required: "validation.participantsRequired",
  document_type_required: "validation.documentTypeRequired",
  file_too_large: "validation.fileTooLarge",
  doc_quota_exceeded: "validation.quotaExceeded",
  file_empty: "validation.fileEmpty",
  doc_file_missing: "validation.fileMissing",
  doc_type_refused: "validation.fileTypeRefused",
  doc_not_word_document: "validation.fileTypeRefused",
  doc_zip_not_document: "validation.fileTypeRefused",
  doc_image_no_size: "validation.fileBroken",
  doc_image_broken: "validation.fileBroken",
  doc_png_incomplete: "validation.fileBroken",
  doc_png_broken: "validation.fileBroken",
  doc_webp_incomplete: "validation.fileBroken",
  doc_webp_broken: "validation.fileBroken",
  doc_jpeg_broken: "validation.fileBroken",
  doc_jpeg_no_size: "validation.fileBroken",
  doc_jpeg_incomplete: "validation.fileBroken",
  doc_document_broken: "validation.fileBroken",
  doc_image_too_many_pixels: "validation.imageTooLarge",
  doc_pdf_active: "validation.pdfActive",
  doc_macros_refused: "validation.macrosRefused",
  doc_macros_refused_docx: "validation.macrosRefused",
  doc_unpacked_too_large: "validation.unpackedTooLarge",
  doc_zip_too_many_entries: "validation.unpackedTooLarge",
};

/** Emptiness is decided where the value is known (form-errors.ts); here a too_small is a value, not a gap. */
const keyOfType: Record<string, ValidationKey> = {
  required: "validation.required",
  out_of_range: "validation.outOfRange",
  too_small: "validation.tooShort",
  invalid_type: "validation.invalidFormat",
  too_big: "validation.tooLong",
  invalid_format: "validation.invalidFormat",
  invalid_value: "validation.chooseOption",
};

/**
 * A field's error in the reader's language: the issue's code (known from its message, made by the shared
 * `say` or sent by the server with its code) picks the catalogue key; the form's own checks fall back on
 * zod's code; an unknown server message shows as it is in German, and generically in English.
 */
export function fieldErrorText(error: FieldErrorLike, language: "de" | "en"): FieldErrorText {
  const message = error.message?.trim() ?? "";
  const issue = issueOfMessage(message);
  const key = issue && keyOfCode[issue.code];
  if (key) return { key, ...issue.params };
  if (error.type === SERVER_ERROR_TYPE) {
    return language === "de" && message ? { text: message } : { key: "validation.invalid" };
  }
  return { key: keyOfType[String(error.type)] ?? "validation.invalid" };
}
