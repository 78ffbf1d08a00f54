import { z } from "zod";
import type { CefrLevel } from "./cefr.ts";

export const certificateProviders = ["goethe", "telc", "oesd", "testdaf", "dsh", "ecl", "other"] as const;
export const CertificateProviderSchema = z.enum(certificateProviders);
export type CertificateProvider = z.infer<typeof CertificateProviderSchema>;

export const certificateProviderNames: Record<CertificateProvider, string> = {
  goethe: "Goethe-Institut",
  telc: "telc",
  oesd: "ÖSD",
  testdaf: "TestDaF",
  dsh: "DSH",
  ecl: "ECL",
  other: "Sonstige",
};

/** TestDaF reports its levels TDN 3–5, i.e. B2 to C1; a lower level cannot come from it. */
export const lowestCertifiedLevel: Partial<Record<CertificateProvider, CefrLevel>> = { testdaf: "B2" };

export const assessorTypes = [
  "advisor",
  "employer",
  "betriebssprachtag",
  "vocational_school",
  "language_course",
] as const;
export const AssessorTypeSchema = z.enum(assessorTypes);
export type AssessorType = z.infer<typeof AssessorTypeSchema>;
