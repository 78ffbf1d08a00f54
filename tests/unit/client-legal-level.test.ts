import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { germanLegalLevel } from "#client/lib/legal-level.ts";
import de from "#client/locales/de.json";
import en from "#client/locales/en.json";
import { cefrLegalWording, cefrLevels } from "#shared/reference/cefr.ts";

const translators: Record<"de" | "en", TFunction> = {} as Record<"de" | "en", TFunction>;

beforeAll(async () => {
  for (const language of ["de", "en"] as const) {
    const i18n = createInstance();
    await i18n.init({ lng: language, resources: { de: { translation: de }, en: { translation: en } } });
    translators[language] = i18n.t;
  }
});

describe("German levels in the words of residence law", () => {
  it("says the whole phrase with the level, in German and in English", () => {
    expect(germanLegalLevel("B1", translators.de)).toBe("ausreichende Deutschkenntnisse (B1)");
    expect(germanLegalLevel("B1", translators.en)).toBe("sufficient German (B1)");
    expect(germanLegalLevel("C1", translators.de)).toBe("beherrscht die deutsche Sprache (C1)");
  });

  it("uses the law's word for every level it names and names no phrase for C2", () => {
    for (const level of cefrLevels) {
      const wording = cefrLegalWording[level];
      const german = germanLegalLevel(level, translators.de);
      const english = germanLegalLevel(level, translators.en);
      if (!wording) {
        expect([german, english]).toEqual([undefined, undefined]);
        continue;
      }
      expect(german?.startsWith(wording.slice(0, 8))).toBe(true);
      expect(german).toMatch(new RegExp(`\\(${level}\\)$`));
      expect(english).toMatch(new RegExp(`German \\(${level}\\)$`));
    }
  });
});
