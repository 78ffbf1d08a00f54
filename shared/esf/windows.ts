import { addDays } from "../time/calendar.ts";

/** "Upon leaving" means within four weeks of the exit date (ESF+ Common Indicators Toolbox). */
export const IMMEDIATE_WINDOW_DAYS = 28;
export const LONG_TERM_MONTHS = 6;

/** The same day `months` later, or the last day of that month when it is shorter (31.08. + 6 → 28./29.02.). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

export const immediateDueOn = (exitedOn: string) => addDays(exitedOn, IMMEDIATE_WINDOW_DAYS);

/** Whether an immediate result recorded on `recordedOn` counts: from the exit day to four weeks after it. */
export const isImmediateInWindow = (exitedOn: string, recordedOn: string) =>
  recordedOn >= exitedOn && recordedOn <= immediateDueOn(exitedOn);

export const longTermFrom = (exitedOn: string) => addMonths(exitedOn, LONG_TERM_MONTHS);
export const longTermDueOn = (exitedOn: string) => addDays(longTermFrom(exitedOn), IMMEDIATE_WINDOW_DAYS);

/** The longer-term result is the situation six months after leaving, recorded within four weeks of that day. */
export const isLongTermInWindow = (exitedOn: string, recordedOn: string) =>
  recordedOn >= longTermFrom(exitedOn) && recordedOn <= longTermDueOn(exitedOn);
