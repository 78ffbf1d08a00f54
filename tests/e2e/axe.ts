import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Rules of WCAG 2.1 A/AA plus axe's best practices (landmarks, headings), the bar the issue sets. */
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export type AxeFinding = { id: string; impact: string | null; targets: string[] };

/** Runs axe-core in the page as it stands and returns each violated rule with the elements it names. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => "axe" in window);
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy (script-src 'self') rightly
  // refuses an inline <script>, and the test must not weaken the policy it checks the app under.
  if (!injected) await page.evaluate(axeSource);
  return page.evaluate(async (runOnly) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is the global the injected script defines
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: runOnly },
      resultTypes: ["violations"],
    });
    return result.violations.map(
      (violation: { id: string; impact: string | null; nodes: { target: unknown[] }[] }) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.map(String).join(" ")),
      }),
    );
  }, tags);
}

/** One line per rule, "rule-id ×count: target, target", so a failing test says what to fix and where. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `${f.id} ×${f.targets.length}: ${f.targets.join(", ")}`).join("\n");
}
