import { describe, expect, it } from "vitest";
import {
  type CodeOption,
  CountryCodeSchema,
  countryOptions,
  LanguageCodeSchema,
  languageOptions,
} from "#shared/reference/countries.ts";
import { occupationOptions } from "#shared/reference/kldb.ts";

const languages = ["de", "en"] as const;

const codeLists: Record<string, (language: "de" | "en") => CodeOption[]> = {
  languages: languageOptions,
  countries: countryOptions,
  "occupation groups": (language) => occupationOptions(language).groups,
  occupations: (language) => occupationOptions(language).occupations,
};

/** The label without a leading "code · ", as occupation options show both. */
const nameOf = (option: CodeOption) => option.label.replace(new RegExp(`^${option.code} · `), "").trim();

function duplicates(labels: string[]): string[] {
  return labels.filter((label, index) => labels.indexOf(label) !== index);
}

describe.each(Object.entries(codeLists))("%s as options", (_list, optionsFor) => {
  it.each(languages)("names every code in %s, never by the code itself", (language) => {
    const unnamed = optionsFor(language)
      .filter((option) => {
        const name = nameOf(option);
        return name === "" || name.toLowerCase() === option.code.toLowerCase();
      })
      .map((option) => option.code);
    expect(unnamed).toEqual([]);
  });

  it.each(languages)("shows no label twice in %s", (language) => {
    expect(duplicates(optionsFor(language).map((option) => option.label))).toEqual([]);
  });
});

describe("code lists", () => {
  it("keep every ISO 639-1 language and ISO 3166-1 country, and the schemas accept each", () => {
    const languageCodes = languageOptions("de").map((option) => option.code);
    const countryCodes = countryOptions("de").map((option) => option.code);
    expect(languageCodes).toHaveLength(183);
    expect(countryCodes).toHaveLength(250);
    expect(languageCodes.every((code) => LanguageCodeSchema.safeParse(code).success)).toBe(true);
    expect(countryCodes.every((code) => CountryCodeSchema.safeParse(code).success)).toBe(true);
    expect(LanguageCodeSchema.safeParse("xx").success).toBe(false);
    expect(CountryCodeSchema.safeParse("XX").success).toBe(false);
  });

  it("names the languages a browser's trimmed ICU data lacks, and Twi apart from Akan", () => {
    const german = Object.fromEntries(languageOptions("de").map((option) => [option.code, option.label]));
    const english = Object.fromEntries(languageOptions("en").map((option) => [option.code, option.label]));
    expect([german.ab, german.bo, german.ce, german.tw, german.ak]).toEqual([
      "Abchasisch",
      "Tibetisch",
      "Tschetschenisch",
      "Twi",
      "Akan",
    ]);
    expect([english.ab, english.bo, english.tw]).toEqual(["Abkhazian", "Tibetan", "Twi"]);
  });

  it("sorts options by their name in the interface language", () => {
    const german = languageOptions("de").map((option) => option.label);
    expect(german).toEqual([...german].sort((a, b) => a.localeCompare(b, "de")));
    expect(countryOptions("de").find((option) => option.code === "SY")?.label).toBe("Syrien");
    expect(countryOptions("en").find((option) => option.code === "SY")?.label).toBe("Syria");
  });
});
