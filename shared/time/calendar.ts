/** Calendar days are those of the centres: Europe/Berlin, also for a server or browser elsewhere. */
export const APP_TIME_ZONE = "Europe/Berlin";

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: APP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Berlin as `YYYY-MM-DD`. */
export const todayInBerlin = (now: Date = new Date()): string => dayFormat.format(now);

export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The same day `years` later; 29 February becomes 28 February in a year without it. */
export function addYears(day: string, years: number): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const target = year + years;
  const lastOfMonth = new Date(Date.UTC(target, month, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(Math.min(date, lastOfMonth), 2)}`;
}

/** `2026-11-25` → `25.11.2026`, the way German users read a calendar day. */
export const germanDate = (day: string): string =>
  `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
