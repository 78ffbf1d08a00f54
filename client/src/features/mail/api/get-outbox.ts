import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { OutboxListSchema } from "#shared/schemas/mail.ts";

export const outboxQueries = {
  all: ["outbox"] as const,
  list: () =>
    queryOptions({
      queryKey: [...outboxQueries.all, "list"] as const,
      queryFn: ({ signal }) => api.get(`${paths.adminOutbox}?limit=100`, OutboxListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useOutbox() {
  return useQuery(outboxQueries.list());
}
