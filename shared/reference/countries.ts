import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { countryNames } from "./country-names.ts";
import { languageNames } from "./language-names.ts";

export type NameLanguage = "de" | "en";
export type CodeOption = { code: string; label: string };

const nameIndex = (language: NameLanguage) => (language === "de" ? 0 : 1);

function optionsOf(names: Readonly<Record<string, readonly [string, string]>>, language: NameLanguage) {
  return Object.entries(names)
    .map(([code, pair]) => ({ code, label: pair[nameIndex(language)] }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

export const countryCodes: readonly string[] = Object.keys(countryNames);
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: say("country_code_format") })
  .refine((code) => Object.hasOwn(countryNames, code), { error: say("unknown_country") });

/** CLDR's short common names ("Syrien"); an unknown code (old data) is shown as it is. */
export function countryName(code: string, language: NameLanguage = "de"): string {
  return countryNames[code]?.[nameIndex(language)] ?? code;
}

export const countryOptions = (language: NameLanguage): CodeOption[] => optionsOf(countryNames, language);

export const languageCodes: readonly string[] = Object.keys(languageNames);
export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/, { error: say("language_code_format") })
  .refine((code) => Object.hasOwn(languageNames, code), { error: say("unknown_language") });

export function languageName(code: string, language: NameLanguage = "de"): string {
  return languageNames[code]?.[nameIndex(language)] ?? code;
}

export const languageOptions = (language: NameLanguage): CodeOption[] => optionsOf(languageNames, language);
