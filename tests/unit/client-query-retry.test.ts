import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ApiError } from "#client/lib/api-error.ts";
import { queryClient, shouldRetryQuery } from "#client/lib/query-client.ts";

const httpError = (status: number) =>
  new ApiError({ status, code: status >= 500 ? "internal" : "not_found", message: `HTTP ${status}` });
const networkError = () => new ApiError({ status: 0, code: "network_error", message: "Failed to fetch" });

/** A client with the app's defaults, so each test runs the real retry policy and delay without shared cache. */
const appLikeClient = () => new QueryClient({ defaultOptions: queryClient.getDefaultOptions() });

async function attemptsUntilError(error: ApiError) {
  let attempts = 0;
  const started = performance.now();
  const outcome = await appLikeClient()
    .fetchQuery({
      queryKey: ["retry-test", error.status],
      queryFn: () => {
        attempts += 1;
        throw error;
      },
    })
    .catch((thrown: unknown) => thrown);
  return { attempts, outcome, elapsedMs: performance.now() - started };
}

describe("query retry policy", () => {
  it.each([400, 401, 403, 404, 409, 422, 429])("does not retry a %i answer", (status) => {
    expect(shouldRetryQuery(0, httpError(status))).toBe(false);
  });

  it.each([500, 502, 503])("retries a %i answer once, then gives up", (status) => {
    expect(shouldRetryQuery(0, httpError(status))).toBe(true);
    expect(shouldRetryQuery(1, httpError(status))).toBe(false);
  });

  it("retries a network error once, then gives up", () => {
    expect(shouldRetryQuery(0, networkError())).toBe(true);
    expect(shouldRetryQuery(1, networkError())).toBe(false);
  });

  it("does not retry a response that breaks the contract or an unknown error", () => {
    const contractBreak = new ApiError({ status: 200, code: "invalid_response", message: "Unexpected" });
    expect(shouldRetryQuery(0, contractBreak)).toBe(false);
    expect(shouldRetryQuery(0, new TypeError("x is undefined"))).toBe(false);
  });

  it("reports a 500 after two quick attempts, well within a second", async () => {
    const error = httpError(500);
    const result = await attemptsUntilError(error);
    expect(result.outcome).toBe(error);
    expect(result.attempts).toBe(2);
    expect(result.elapsedMs).toBeLessThan(1000);
  });

  it("reports a 404 after a single attempt", async () => {
    const result = await attemptsUntilError(httpError(404));
    expect(result.attempts).toBe(1);
  });
});
