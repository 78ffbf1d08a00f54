import type { Language } from "./format.ts";

/** How a date is typed: German `25.11.2026`, English (en-GB, as the app shows it) `25/11/2026`. */
const separatorOf: Record<Language, string> = { de: ".", en: "/" };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month: number, day: number): string | null {
  return isRealDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** The `YYYY-MM-DD` of a typed day (`d.m.yyyy` in German, `d/m/yyyy` in English, or ISO), or null. */
export function parseDateInput(text: string, language: Language): string | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const separator = separatorOf[language] === "." ? "\\." : "/";
  const typed = new RegExp(`^(\\d{1,2})${separator}(\\d{1,2})${separator}(\\d{4})$`).exec(trimmed);
  return typed ? isoOf(Number(typed[3]), Number(typed[2]), Number(typed[1])) : null;
}

/** A `YYYY-MM-DD` day as the user types it; anything else is given back unchanged. */
export function formatDateInput(value: string | null | undefined, language: Language): string {
  if (!value) return "";
  const iso = ISO_DATE.exec(value);
  if (!iso) return value;
  const separator = separatorOf[language];
  return `${iso[3]}${separator}${iso[2]}${separator}${iso[1]}`;
}

/** The day a calendar shows for a `YYYY-MM-DD` value, at local midnight as date pickers expect. */
export function localDayOf(value: string | null | undefined): Date | undefined {
  const iso = value ? ISO_DATE.exec(value) : null;
  if (!iso || !isRealDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return undefined;
  return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
}

export function isoOfLocalDay(day: Date): string {
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
