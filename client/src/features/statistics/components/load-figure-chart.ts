let chartModule: Promise<typeof import("./figure-chart.tsx")> | undefined;

/** Recharts is fetched once, as soon as the first card with a chart comes into view, in parallel with its figures. */
export function loadFigureChart() {
  chartModule ??= import("./figure-chart.tsx");
  return chartModule;
}
