import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import ISO6391 from "iso-639-1";
import { z } from "zod";

countries.registerLocale(de);
countries.registerLocale(en);

export const countryCodes: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: "Ländercode nach ISO 3166-1 (zwei Großbuchstaben)" })
  .refine((code) => countries.isValid(code), { error: "Unbekannter Ländercode" });

/** Short common names from Intl ("Syrien"), the package's official ones where Intl has none. */
export function countryName(code: string, language: "de" | "en" = "de"): string {
  try {
    const name = new Intl.DisplayNames([language], { type: "region" }).of(code);
    if (name && name !== code) return name;
  } catch {
    // fall through to the package's list
  }
  return countries.getName(code, language) ?? code;
}

export const languageCodes: readonly string[] = ISO6391.getAllCodes();
export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/, { error: "Sprachcode nach ISO 639-1 (zwei Kleinbuchstaben)" })
  .refine((code) => ISO6391.validate(code), { error: "Unbekannter Sprachcode" });

export function languageName(code: string, language: "de" | "en" = "de"): string {
  try {
    return new Intl.DisplayNames([language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
