export type Language = "de" | "en";

const localeOf: Record<Language, string> = { de: "de-DE", en: "en-GB" };
const TIME_ZONE = "Europe/Berlin";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(
  language: Language,
  options: Intl.DateTimeFormatOptions,
  key: string,
): Intl.DateTimeFormat {
  const cacheKey = `${language}:${key}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf[language], { timeZone: TIME_ZONE, ...options });
    dateFormats.set(cacheKey, format);
  }
  return format;
}

const dateOptions: Intl.DateTimeFormatOptions = { day: "2-digit", month: "2-digit", year: "numeric" };
const timeOptions: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

function toDate(value: string | Date): Date | null {
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Calendar dates (`YYYY-MM-DD`) are read as noon UTC so no time zone moves them to another day. */
function calendarDate(value: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? toDate(`${value}T12:00:00Z`) : toDate(value);
}

export function formatDate(value: string | Date, language: Language = "de"): string {
  const date = typeof value === "string" ? calendarDate(value) : toDate(value);
  return date ? formatter(language, dateOptions, "date").format(date) : "";
}

export function formatDateTime(value: string | Date, language: Language = "de"): string {
  const date = toDate(value);
  return date ? formatter(language, { ...dateOptions, ...timeOptions }, "date-time").format(date) : "";
}

export function formatNumber(
  value: number,
  language: Language = "de",
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(localeOf[language], options).format(value);
}

export function toLanguage(value: string | undefined): Language {
  return value?.startsWith("en") ? "en" : "de";
}

/** File sizes as people read them: 820 KB, 4,2 MB (decimal units, like the file managers). */
export function formatBytes(bytes: number, language: Language = "de"): string {
  if (bytes < 1000) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 1000), language)} KB`;
  return `${formatNumber(bytes / 1_000_000, language, { maximumFractionDigits: 1 })} MB`;
}
