import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const lanes = ["unit", "api-sqlite", "api-postgres", "e2e"] as const;
export const laneReportDir = process.env.ANKOMMEN_LANE_REPORT_DIR ?? path.join(repoRoot, "reports", "tests");
