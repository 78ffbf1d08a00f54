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
  | "validation.endAfterStart";

export type FieldErrorText = { key: ValidationKey; count?: number; character?: string } | { text: string };
export type FieldErrorLike = { type?: string | number; message?: string };

export const SERVER_ERROR_TYPE = "server";

const knownMessages: [RegExp, ValidationKey][] = [
  [/^Bitte Passwort eingeben$/, "validation.passwordRequired"],
  [/^Bitte Namen eingeben$/, "validation.nameRequired"],
  [/^Keine gültige E-Mail-Adresse$/, "validation.invalidEmail"],
  [/^Mindestens (\d+) Zeichen$/, "validation.minChars"],
  [/^Höchstens (\d+) Zeichen$/, "validation.maxChars"],
  [/^Arbeitgeber-Konten brauchen ein Unternehmen$/, "validation.employerNeedsCompany"],
  [/^Nur Arbeitgeber-Konten gehören zu einem Unternehmen$/, "validation.onlyEmployerHasCompany"],
  [/^Nichts zu ändern$/, "validation.nothingToChange"],
  [/^Diese E-Mail-Adresse ist bereits vergeben$/, "validation.emailTaken"],
  [/^Unbekanntes Unternehmen$/, "validation.unknownCompany"],
  [/^Sie können Ihr eigenes Konto nicht deaktivieren$/, "validation.ownAccount"],
  [/^„Bis“ darf nicht vor „Von“ liegen$/, "validation.dateRange"],
  [/^Bitte ausfüllen$/, "validation.required"],
  [/^Datum liegt in der Zukunft$/, "validation.futureDate"],
  [/^Datum vor 1900$/, "validation.before1900"],
  [/^Telefonnummer aus Ziffern/, "validation.phoneFormat"],
  [/^Nur bei teilweiser Gleichwertigkeit$/, "validation.onlyPartial"],
  [/^Bitte die festgestellten Defizite angeben$/, "validation.deficitsRequired"],
  [/^Bitte den Aufenthaltstitel angeben$/, "validation.permitTypeRequired"],
  [/^Freizügigkeit hat kein Ablaufdatum$/, "validation.freeMovementNoExpiry"],
  [/^Einreise vor dem Geburtsdatum$/, "validation.arrivalBeforeBirth"],
  [/^Sprache doppelt angegeben$/, "validation.duplicateLanguage"],
  [/^Höchstens 12 Sprachen$/, "validation.tooManyLanguages"],
  [/^Höchstens 10 Qualifikationen$/, "validation.tooManyQualifications"],
  [/^Jahr ab 1950$/, "validation.yearFrom1950"],
  [/^Mindestens ein Anliegen$/, "validation.concernRequired"],
  [/^Bitte einen Text eingeben$/, "validation.textRequired"],
  [/^Höchstens 24 Stunden$/, "validation.max24Hours"],
  [/^Bitte einen Titel eingeben$/, "validation.titleRequired"],
  [/^Bitte die Version des Hinweises angeben$/, "validation.noticeVersionRequired"],
  [/^Zum Abschließen bitte das Ergebnis angeben$/, "validation.outcomeRequired"],
  [/^Abschluss vor der Eröffnung des Falls$/, "validation.closedBeforeOpened"],
  [/^(?:Ländercode nach ISO|Unbekannter Ländercode)/, "validation.countryCode"],
  [/^(?:KldB-Code|Unbekannte KldB|Die 5\. Ziffer)/, "validation.kldbCode"],
  [/^Enthält ein unzulässiges Steuerzeichen \((U\+[0-9A-F]{4,6})\)$/, "validation.controlCharacter"],
  [
    /^Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung \((U\+[0-9A-F]{4,6})\)$/,
    "validation.bidiControl",
  ],
  [/^Enthält ein unsichtbares Zeichen \((U\+[0-9A-F]{4,6})\)$/, "validation.invisibleCharacter"],
  [/^Enthält ein ungültiges Zeichen \((U\+[0-9A-F]{4,6})\)$/, "validation.invalidCharacter"],
  [/^Darf keinen Zeilenumbruch enthalten$/, "validation.noLineBreak"],
  [/^Bitte einen Grund angeben$/, "validation.reasonRequired"],
  [/^Das neue Datum muss nach heute liegen$/, "validation.dateAfterToday"],
  [/^Das Ende muss nach dem Beginn liegen$/, "validation.endAfterStart"],
];

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

/** Shared schemas and the server speak German; known messages become keys so both languages can show them. */
export function fieldErrorText(error: FieldErrorLike, language: "de" | "en"): FieldErrorText {
  const message = error.message?.trim() ?? "";
  for (const [pattern, key] of knownMessages) {
    const match = pattern.exec(message);
    if (!match) continue;
    const value = match[1];
    if (value === undefined) return { key };
    return /^\d+$/.test(value) ? { key, count: Number(value) } : { key, character: value };
  }
  if (error.type === SERVER_ERROR_TYPE) {
    return language === "de" && message ? { text: message } : { key: "validation.invalid" };
  }
  return { key: keyOfType[String(error.type)] ?? "validation.invalid" };
}
