import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "#server/lib/client-build.ts";

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function emptyKeysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    if (typeof value !== "string") return emptyKeysOf(value, `${prefix}${key}.`);
    return value.trim() === "" ? [`${prefix}${key}`] : [];
  });
}

const read = (file: string): Catalogue => JSON.parse(fs.readFileSync(file, "utf8")) as Catalogue;

function cataloguePairs(): { name: string; de: string; en: string }[] {
  const localesDir = path.join(repoRoot, "client", "src", "locales");
  const featuresDir = path.join(repoRoot, "client", "src", "features");
  const pairs = [
    { name: "app", de: path.join(localesDir, "de.json"), en: path.join(localesDir, "en.json") },
    {
      name: "sign-in",
      de: path.join(localesDir, "sign-in", "de.json"),
      en: path.join(localesDir, "sign-in", "en.json"),
    },
  ];
  for (const feature of fs.readdirSync(featuresDir)) {
    const de = path.join(featuresDir, feature, "locales", "de.json");
    if (fs.existsSync(de))
      pairs.push({ name: feature, de, en: path.join(featuresDir, feature, "locales", "en.json") });
  }
  return pairs;
}

describe("message catalogues", () => {
  it.each(cataloguePairs())(
    "German and English $name catalogues have the same keys and no empty text",
    (pair) => {
      const de = read(pair.de);
      const en = read(pair.en);
      expect(keysOf(en).sort()).toEqual(keysOf(de).sort());
      expect([...emptyKeysOf(de), ...emptyKeysOf(en)]).toEqual([]);
    },
  );
});
