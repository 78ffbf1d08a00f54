import { describe, expect, it } from "vitest";
import { caseStatuses, caseTransitions } from "#shared/reference/cases.ts";

/** PRODUCT.md: new → active → on_hold ↔ active → closed; a held case may be closed too. Reopening is its own action. */
const allowedMoves = new Set([
  "new→active",
  "active→on_hold",
  "active→closed",
  "on_hold→active",
  "on_hold→closed",
]);

const everyPair = caseStatuses.flatMap((from) =>
  caseStatuses.map((to) => ({ from, to, allowed: allowedMoves.has(`${from}→${to}`) })),
);

describe("case workflow", () => {
  it("knows exactly the four statuses new, active, on_hold and closed", () => {
    expect([...caseStatuses]).toEqual(["new", "active", "on_hold", "closed"]);
    expect(Object.keys(caseTransitions).sort()).toEqual([...caseStatuses].sort());
  });

  it.each(everyPair)("$from → $to allowed: $allowed", ({ from, to, allowed }) => {
    expect(caseTransitions[from].includes(to)).toBe(allowed);
  });
});
