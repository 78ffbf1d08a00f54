import { z } from "zod";

export const districts = [
  "region-hannover",
  "lk-hildesheim",
  "lk-hameln-pyrmont",
  "lk-holzminden",
  "lk-nienburg",
  "lk-schaumburg",
] as const;

export const DistrictSchema = z.enum(districts);
export type District = z.infer<typeof DistrictSchema>;

export const districtNames: Record<District, string> = {
  "region-hannover": "Region Hannover",
  "lk-hildesheim": "Landkreis Hildesheim",
  "lk-hameln-pyrmont": "Landkreis Hameln-Pyrmont",
  "lk-holzminden": "Landkreis Holzminden",
  "lk-nienburg": "Landkreis Nienburg/Weser",
  "lk-schaumburg": "Landkreis Schaumburg",
};

/** Where a person lives: one of the alliance's districts, or still abroad. */
export const residenceAreas = [...districts, "abroad"] as const;
export const ResidenceAreaSchema = z.enum(residenceAreas);
export type ResidenceArea = z.infer<typeof ResidenceAreaSchema>;
export const residenceAreaNames: Record<ResidenceArea, string> = { ...districtNames, abroad: "Im Ausland" };
