import { z } from "zod";

export const iscedLevels = ["0", "1", "2", "3", "4", "5", "6", "7", "8"] as const;
export const IscedLevelSchema = z.enum(iscedLevels);
export type IscedLevel = z.infer<typeof IscedLevelSchema>;

export const iscedNames: Record<IscedLevel, string> = {
  "0": "ISCED 0 – Frühkindliche Bildung",
  "1": "ISCED 1 – Primarbereich",
  "2": "ISCED 2 – Sekundarbereich I",
  "3": "ISCED 3 – Sekundarbereich II",
  "4": "ISCED 4 – Postsekundarer nichttertiärer Bereich",
  "5": "ISCED 5 – Kurzes tertiäres Bildungsprogramm",
  "6": "ISCED 6 – Bachelor oder gleichwertig",
  "7": "ISCED 7 – Master oder gleichwertig",
  "8": "ISCED 8 – Promotion",
};

export const iscedNamesEn: Record<IscedLevel, string> = {
  "0": "ISCED 0 – Early childhood education",
  "1": "ISCED 1 – Primary education",
  "2": "ISCED 2 – Lower secondary education",
  "3": "ISCED 3 – Upper secondary education",
  "4": "ISCED 4 – Post-secondary non-tertiary education",
  "5": "ISCED 5 – Short-cycle tertiary education",
  "6": "ISCED 6 – Bachelor's or equivalent",
  "7": "ISCED 7 – Master's or equivalent",
  "8": "ISCED 8 – Doctoral or equivalent",
};

/** The level's name in the interface language (German names stay the default for exports). */
export const iscedName = (level: IscedLevel, language: "de" | "en" = "de"): string =>
  (language === "en" ? iscedNamesEn : iscedNames)[level];

/** ESF+ groups the levels into three bands. */
export const iscedBandOf = (level: IscedLevel): "0-2" | "3-4" | "5-8" =>
  Number(level) <= 2 ? "0-2" : Number(level) <= 4 ? "3-4" : "5-8";
