import { z } from "zod";

export const cefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export const CefrLevelSchema = z.enum(cefrLevels);
export type CefrLevel = z.infer<typeof CefrLevelSchema>;

/** Wording of German residence law for language levels. */
export const cefrLegalWording: Partial<Record<CefrLevel, string>> = {
  A1: "einfache",
  A2: "hinreichende",
  B1: "ausreichende",
  B2: "gute",
  C1: "beherrschen",
};

export const cefrRank = (level: CefrLevel): number => cefrLevels.indexOf(level);
