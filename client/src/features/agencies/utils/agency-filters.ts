import type { AgencyListParams } from "../api/get-agencies.ts";

export function agencyParamsFrom(params: URLSearchParams): AgencyListParams {
  const q = params.get("q")?.trim() || undefined;
  return { ...(q && { q }), ...(params.get("warnings") === "1" && { sealWarning: "any" as const }) };
}
