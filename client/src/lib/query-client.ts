import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api-error.ts";

/** One quick second try covers a dropped connection or a restarting server; more only delays the error. */
export const QUERY_RETRIES = 1;
export const QUERY_RETRY_DELAY_MS = 300;

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= QUERY_RETRIES) return false;
  if (!isApiError(error)) return false;
  if (error.code === "network_error") return true;
  return error.status >= 500;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: shouldRetryQuery,
      retryDelay: QUERY_RETRY_DELAY_MS,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
