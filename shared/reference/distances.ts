import type { District, ResidenceArea } from "./districts.ts";

/** Road distance in km between the district seats (Hannover, Hildesheim, Hameln, Holzminden, Nienburg, Stadthagen). */
const seatDistances: Record<string, number> = {
  "region-hannover|lk-hildesheim": 35,
  "region-hannover|lk-hameln-pyrmont": 50,
  "region-hannover|lk-holzminden": 90,
  "region-hannover|lk-nienburg": 55,
  "region-hannover|lk-schaumburg": 45,
  "lk-hildesheim|lk-hameln-pyrmont": 50,
  "lk-hildesheim|lk-holzminden": 65,
  "lk-hildesheim|lk-nienburg": 90,
  "lk-hildesheim|lk-schaumburg": 75,
  "lk-hameln-pyrmont|lk-holzminden": 45,
  "lk-hameln-pyrmont|lk-nienburg": 85,
  "lk-hameln-pyrmont|lk-schaumburg": 35,
  "lk-holzminden|lk-nienburg": 130,
  "lk-holzminden|lk-schaumburg": 75,
  "lk-nienburg|lk-schaumburg": 45,
};

/** A typical commute inside one district. */
export const WITHIN_DISTRICT_KM = 15;

/** Km between where a person lives and an offer's district; null when the person is still abroad. */
export function districtDistanceKm(from: ResidenceArea, to: District): number | null {
  if (from === "abroad") return null;
  if (from === to) return WITHIN_DISTRICT_KM;
  return seatDistances[`${from}|${to}`] ?? seatDistances[`${to}|${from}`] ?? null;
}
