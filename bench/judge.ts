import autocannon from "autocannon";

export type LoadResult = { perSecond: number; p50: number; p99: number; errors: number };

/**
 * One autocannon run per URL at the same time, the connections split evenly over them, summed: with two app
 * instances behind one database the load spreads over both like a balancer would spread it. Latencies are
 * the worst of the parts.
 */
export async function load(
  urls: readonly string[],
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const share = Math.max(1, Math.floor(options.connections / urls.length));
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({ url, connections: share, duration: options.seconds, headers: options.headers ?? {} }),
    ),
  );
  return {
    perSecond: results.reduce((sum, result) => sum + result.requests.average, 0),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    errors: results.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0),
  };
}

/** JIT, statement caches and the OS page cache settle before anything is measured. */
export async function warmUp(urls: readonly string[], headers: Record<string, string>, seconds: number) {
  await load(urls, { connections: 4 * urls.length, seconds, headers });
}

export type Rounds = { base: LoadResult; app: LoadResult }[];

const medianOf = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The rounds' ratios (app / baseline throughput), their median and the interquartile spread as a share of
 * the median: the quartiles let one disturbed round of five pass without moving the verdict.
 */
export function summariseRounds(rounds: Rounds) {
  const ratios = rounds.map((entry) => entry.app.perSecond / entry.base.perSecond).sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)] ?? 0;
  const lowerQuartile = ratios[Math.floor((ratios.length - 1) / 4)] ?? 0;
  const upperQuartile = ratios[Math.ceil((3 * (ratios.length - 1)) / 4)] ?? 0;
  const side = (pick: (entry: Rounds[number]) => LoadResult) => ({
    perSecond: medianOf(rounds.map((entry) => pick(entry).perSecond)),
    p99: Math.max(...rounds.map((entry) => pick(entry).p99)),
    errors: rounds.reduce((sum, entry) => sum + pick(entry).errors, 0),
  });
  return {
    ratios,
    ratio,
    spread: ratio > 0 ? (upperQuartile - lowerQuartile) / ratio : Number.POSITIVE_INFINITY,
    base: side((entry) => entry.base),
    app: side((entry) => entry.app),
  };
}

export type Budget = { scenario: RegExp; minRatio?: number; maxP99?: number };

/**
 * Judges one scenario against its budgets: a ratio only when the rounds agree (spread ≤ `maxSpread`),
 * otherwise the run refuses to judge instead of guessing; p99 at light load always.
 */
export function judgeScenario(
  name: string,
  summary: ReturnType<typeof summariseRounds>,
  lightP99: number,
  options: { budgets: readonly Budget[]; maxSpread: number; latencyConnections: number },
) {
  const failures: string[] = [];
  const refusals: string[] = [];
  for (const budget of options.budgets.filter((entry) => entry.scenario.test(name))) {
    if (budget.minRatio !== undefined && summary.spread > options.maxSpread)
      refusals.push(
        `${name}: the middle rounds' ratios spread ${(summary.spread * 100).toFixed(0)} % of the median (${summary.ratios.map((r) => r.toFixed(2)).join(", ")}), more than ${options.maxSpread * 100} %`,
      );
    else if (budget.minRatio !== undefined && summary.ratio < budget.minRatio)
      failures.push(`${name}: ${summary.ratio.toFixed(2)} of baseline < ${budget.minRatio}`);
    if (budget.maxP99 !== undefined && lightP99 > budget.maxP99)
      failures.push(
        `${name}: p99 at ${options.latencyConnections} connections ${lightP99} ms > ${budget.maxP99} ms`,
      );
  }
  return { failures, refusals };
}

/** The ratio cell: median, range and spread. */
export const ratioCell = (summary: ReturnType<typeof summariseRounds>) =>
  `${summary.ratio.toFixed(2)} (${summary.ratios[0]?.toFixed(2)}–${summary.ratios.at(-1)?.toFixed(2)}, spread ${(summary.spread * 100).toFixed(0)} %)`;

/** Prints the refusals and failures and exits: non-zero on any of them (a refused run is never green). */
export function finish(failures: readonly string[], refusals: readonly string[]): never {
  if (refusals.length > 0)
    process.stderr.write(
      `Not judged — a refused run is never green:\n${refusals.map((reason) => `  ${reason}`).join("\n")}\n`,
    );
  if (failures.length > 0)
    process.stderr.write(`Budget missed:\n${failures.map((failure) => `  ${failure}`).join("\n")}\n`);
  process.exit(failures.length > 0 || refusals.length > 0 ? 1 : 0);
}
