import { countryCodes } from "#shared/reference/countries.ts";
import { countryNames } from "#shared/reference/country-names.ts";
import { districtNames, type ResidenceArea, residenceAreas } from "#shared/reference/districts.ts";
import {
  type Chamber,
  chamberNames,
  chambers,
  type Sector,
  type SizeBand,
  sectorNames,
  sectors,
  sizeBandNames,
  sizeBandOf,
  sizeBands,
} from "#shared/reference/employers.ts";
import type { Gender } from "#shared/schemas/person.ts";
import { foldName } from "../../lib/names.ts";
import type { ReadCell } from "../../lib/spreadsheet-read.ts";

/** A cell value that cannot become a field, with the words the report shows. */
export class CellError extends Error {}

const key = (text: string) => foldName(text).replace(/ /g, "");

/**
 * Text a spreadsheet would evaluate when the file is opened again: `=` and `@` always, `+` and `-` unless
 * what follows is a number or a phone number (`+49 511 …`, `-3`). Such rows are refused, not stored.
 */
export function looksLikeFormula(text: string): boolean {
  if (/^[=@\t\r]/.test(text)) return true;
  return /^[+-]/.test(text) && !/^[+-][0-9 ()/.,-]*$/.test(text);
}

/** The cell as text: numbers without exponent or grouping, dates as `YYYY-MM-DD`. Empty → null. */
export function cellText(cell: ReadCell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return isoOfDate(cell);
  if (typeof cell === "number") return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === "boolean") return cell ? "1" : "0";
  const text = cell.trim();
  return text === "" ? null : text;
}

const isoOfDate = (date: Date) => date.toISOString().slice(0, 10);

function isoOf(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    throw new CellError("Kein gültiges Datum");
  return isoOfDate(date);
}

/** Excel's serial day number (1900 system; day 60 is Excel's nonexistent 29.02.1900). */
export function excelSerialDate(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465)
    throw new CellError("Kein gültiges Datum");
  const epoch = Date.UTC(1899, 11, serial < 60 ? 31 : 30);
  return isoOfDate(new Date(epoch + serial * 86_400_000));
}

/** `25.11.1990`, `1990-11-25`, an Excel date cell or an Excel serial number → `1990-11-25`. */
export function parseDateCell(cell: ReadCell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) throw new CellError("Kein gültiges Datum");
    return isoOfDate(cell);
  }
  if (typeof cell === "number") return excelSerialDate(cell);
  const text = cellText(cell);
  if (text === null) return null;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (german) return isoOf(Number(german[3]), Number(german[2]), Number(german[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+Z?)?$/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{1,7}$/.test(text)) return excelSerialDate(Number(text));
  throw new CellError("Datum als TT.MM.JJJJ oder JJJJ-MM-TT angeben");
}

function lookup<T extends string>(entries: Iterable<[string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [name, value] of entries) {
    const folded = key(name);
    if (folded && !map.has(folded)) map.set(folded, value);
  }
  return map;
}

/** German and English country names (CLDR's frozen short names and Intl's long ones) and ISO codes. */
const countryLookup = lookup(
  (function* () {
    const displays = ["de", "en"].flatMap((locale) =>
      (["long", "short"] as const).map((style) => new Intl.DisplayNames([locale], { type: "region", style })),
    );
    for (const code of countryCodes) {
      yield [code, code];
      const [de, en] = countryNames[code] ?? ["", ""];
      yield [de, code];
      yield [en, code];
      for (const display of displays) yield [display.of(code) ?? "", code];
    }
  })(),
);

export function parseCountryCell(cell: ReadCell): string | null {
  const text = cellText(cell);
  if (text === null) return null;
  const code = countryLookup.get(key(text));
  if (!code) throw new CellError(`Unbekanntes Land „${text}“: Name auf Deutsch oder Englisch oder ISO-Code`);
  return code;
}

const districtLookup = lookup<ResidenceArea>([
  ...residenceAreas.map((area): [string, ResidenceArea] => [area, area]),
  ...Object.entries(districtNames).map(([area, name]): [string, ResidenceArea] => [
    name,
    area as ResidenceArea,
  ]),
  ...Object.entries(districtNames).map(([area, name]): [string, ResidenceArea] => [
    name.replace(/^(Landkreis|Region) /, ""),
    area as ResidenceArea,
  ]),
  ["Hameln", "lk-hameln-pyrmont"],
  ["Nienburg", "lk-nienburg"],
  ["Ausland", "abroad"],
  ["Im Ausland", "abroad"],
  ["abroad", "abroad"],
]);

export function parseDistrictCell(cell: ReadCell, allowAbroad = true): ResidenceArea | null {
  const text = cellText(cell);
  if (text === null) return null;
  const area = districtLookup.get(key(text.replace(/^(LK|Lkr\.?|Kreis|District( of)?)\s+/i, "")));
  if (!area || (!allowAbroad && area === "abroad"))
    throw new CellError(`Unbekannter Landkreis „${text}“ (z. B. Landkreis Hildesheim, Region Hannover)`);
  return area;
}

const genderLookup = lookup<Gender>([
  ["weiblich", "female"],
  ["w", "female"],
  ["female", "female"],
  ["f", "female"],
  ["frau", "female"],
  ["männlich", "male"],
  ["m", "male"],
  ["male", "male"],
  ["mann", "male"],
  ["divers", "diverse"],
  ["d", "diverse"],
  ["diverse", "diverse"],
  ["x", "diverse"],
]);

export function parseGenderCell(cell: ReadCell): Gender | null {
  const text = cellText(cell);
  if (text === null) return null;
  const gender = genderLookup.get(key(text));
  if (!gender) throw new CellError(`Unbekanntes Geschlecht „${text}“ (weiblich, männlich, divers)`);
  return gender;
}

function choice<T extends string>(codes: readonly T[], names: Record<T, string>, what: string) {
  const map = lookup<T>([
    ...codes.map((code): [string, T] => [code, code]),
    ...codes.map((code): [string, T] => [names[code], code]),
  ]);
  return (cell: ReadCell): T | null => {
    const text = cellText(cell);
    if (text === null) return null;
    const value = map.get(key(text));
    if (!value) throw new CellError(`Unbekannte ${what} „${text}“`);
    return value;
  };
}

export const parseSectorCell = choice<Sector>(sectors, sectorNames, "Branche");
export const parseChamberCell = choice<Chamber>(chambers, chamberNames, "Kammer");
const parseSizeBandName = choice<SizeBand>(sizeBands, sizeBandNames, "Größenklasse");

/** A size class by name, or a staff headcount ("Beschäftigte: 12") classified by Recommendation 2003/361/EC. */
export function parseSizeBandCell(cell: ReadCell): SizeBand | null {
  const text = cellText(cell);
  if (text !== null && /^\d{1,7}$/.test(text)) return sizeBandOf({ staffHeadcount: Number(text) });
  return parseSizeBandName(cell);
}
