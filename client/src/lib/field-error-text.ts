export type ValidationKey =
  | "validation.required"
  | "validation.passwordRequired"
  | "validation.nameRequired"
  | "validation.invalidEmail"
  | "validation.minChars"
  | "validation.maxChars"
  | "validation.tooLong"
  | "validation.invalidFormat"
  | "validation.chooseOption"
  | "validation.employerNeedsCompany"
  | "validation.onlyEmployerHasCompany"
  | "validation.nothingToChange"
  | "validation.emailTaken"
  | "validation.dateRange"
  | "validation.unknownCompany"
  | "validation.ownAccount"
  | "validation.invalid";

export type FieldErrorText = { key: ValidationKey; count?: number } | { text: string };
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
];

const keyOfType: Record<string, ValidationKey> = {
  too_small: "validation.required",
  invalid_type: "validation.required",
  too_big: "validation.tooLong",
  invalid_format: "validation.invalidFormat",
  invalid_value: "validation.chooseOption",
};

/** Shared schemas and the server speak German; known messages become keys so both languages can show them. */
export function fieldErrorText(error: FieldErrorLike, language: "de" | "en"): FieldErrorText {
  const message = error.message?.trim() ?? "";
  for (const [pattern, key] of knownMessages) {
    const match = pattern.exec(message);
    if (match) return match[1] ? { key, count: Number(match[1]) } : { key };
  }
  if (error.type === SERVER_ERROR_TYPE) {
    return language === "de" && message ? { text: message } : { key: "validation.invalid" };
  }
  return { key: keyOfType[String(error.type)] ?? "validation.invalid" };
}
