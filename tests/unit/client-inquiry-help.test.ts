import i18next from "i18next";
import { describe, expect, it } from "vitest";
import companiesDe from "#client/features/companies/locales/de.json";
import companiesEn from "#client/features/companies/locales/en.json";
import { inquiryHelpText } from "#client/features/companies/utils/inquiry-help.ts";

async function translator(language: "de" | "en") {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: {
      de: { translation: { companies: companiesDe } },
      en: { translation: { companies: companiesEn } },
    },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe("company inquiries table", () => {
  it("says that no help was asked for instead of showing the occupation code", async () => {
    const de = await translator("de");
    const en = await translator("en");
    expect(inquiryHelpText({ helpWanted: [] }, de)).toBe("keine Unterstützung angefragt");
    expect(inquiryHelpText({ helpWanted: [] }, en)).toBe("no help requested");
    expect(inquiryHelpText({ helpWanted: [] }, de)).not.toMatch(/\d/);
  });

  it("lists the help wanted in words", async () => {
    const de = await translator("de");
    expect(inquiryHelpText({ helpWanted: ["visa", "housing"] }, de)).toBe(
      `${companiesDe.inquiries.help.visa}, ${companiesDe.inquiries.help.housing}`,
    );
  });
});
