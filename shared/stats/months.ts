import { z } from "zod";
import { say } from "../api/issue-messages.ts";

/** A calendar month `YYYY-MM` in Europe/Berlin, the unit of every statistics period. */
export const MonthSchema = z
  .string()
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, { error: say("month_format") });

/** Longest period one statistics request may cover (five years of monthly rows). */
export const MAX_PERIOD_MONTHS = 60;

const indexOf = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

export const shiftMonth = (month: string, months: number): string => monthAt(indexOf(month) + months);

export const monthCount = (from: string, to: string): number => indexOf(to) - indexOf(from) + 1;

export function monthsBetween(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, monthCount(from, to)) }, (_, offset) => shiftMonth(from, offset));
}

export const firstDayOf = (month: string): string => `${month}-01`;

export function lastDayOf(month: string): string {
  const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, "0")}`;
}

export const quarterOf = (month: string): string =>
  `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * Region-wide figures are published for calendar months, quarters and years only (decision record
 * 0012): a fixed grid, so no two requestable periods overlap except by containing one another.
 */
export function isGridPeriod(from: string, to: string): boolean {
  if (from === to) return true;
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const start = Number(from.slice(5, 7));
  const length = monthCount(from, to);
  return sameYear && ((length === 3 && start % 3 === 1) || (length === 12 && start === 1));
}
