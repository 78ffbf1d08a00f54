import type { TFunction } from "i18next";
import type { CefrLevel } from "#shared/reference/cefr.ts";

const legalLevels = ["A1", "A2", "B1", "B2", "C1"] as const;
type LegalLevel = (typeof legalLevels)[number];
const isLegalLevel = (level: CefrLevel): level is LegalLevel =>
  (legalLevels as readonly string[]).includes(level);

/** German residence law's phrase for a level of German ("ausreichende Deutschkenntnisse (B1)"); C2 has none. */
export function germanLegalLevel(level: CefrLevel, t: TFunction): string | undefined {
  return isLegalLevel(level) ? t(`germanLegalLevel.${level}`) : undefined;
}
