import { statsFigures } from "#shared/schemas/stats.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";

/** Budget from the statistics issue: every dashboard request answers within 200 ms, measured one at a time. */
export const DASHBOARD_BUDGET_MS = 200;

export type DashboardTiming = { figure: string; scope: string; p50: number; max: number; status: number };

async function signInManager(appUrl: string): Promise<string> {
  const login = await fetch(`${appUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: appUrl },
    body: JSON.stringify({ email: "manager@hildesheim.example", password: "ankommen-demo" }),
  });
  const cookie = /ankommen_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`bench manager sign-in failed with ${login.status}`);
  return cookie;
}

/**
 * Each statistics endpoint for the current calendar year (the dashboard's default; region-wide figures
 * take calendar months, quarters and years only), own centre and region, requested sequentially
 * (a dashboard's requests are few and independent): a few warm-up calls, then `runs` timed ones.
 */
export async function measureDashboard(appUrl: string, runs: number): Promise<DashboardTiming[]> {
  const cookie = await signInManager(appUrl);
  const year = todayInBerlin().slice(0, 4);
  const from = `${year}-01`;
  const to = `${year}-12`;
  const timings: DashboardTiming[] = [];
  for (const figure of statsFigures) {
    for (const scope of ["centre", "region"]) {
      const url = `${appUrl}/api/stats/${figure}?from=${from}&to=${to}&scope=${scope}`;
      let status = 200;
      const times: number[] = [];
      for (let run = -3; run < runs; run++) {
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        if (run >= 0) times.push(performance.now() - started);
        if (response.status !== 200) status = response.status;
      }
      times.sort((a, b) => a - b);
      timings.push({
        figure,
        scope,
        p50: times[Math.floor(times.length / 2)] ?? Number.NaN,
        max: times[times.length - 1] ?? Number.NaN,
        status,
      });
    }
  }
  return timings;
}
