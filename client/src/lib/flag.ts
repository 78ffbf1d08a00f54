/**
 * SVG flags as separate files (never inlined), one URL per ISO 3166-1 code: only the flags a page shows are
 * downloaded, and they render the same everywhere, unlike emoji flags (boxes on Linux, letters on Windows).
 */
const flagFiles = import.meta.glob<string>("../../../node_modules/country-flag-icons/3x2/*.svg", {
  eager: true,
  query: "?url&no-inline",
  import: "default",
});

const flagUrls = new Map(Object.entries(flagFiles).map(([file, url]) => [file.slice(-6, -4), url] as const));

export function flagUrl(countryCode: string): string | undefined {
  return /^[A-Z]{2}$/.test(countryCode) ? flagUrls.get(countryCode) : undefined;
}
