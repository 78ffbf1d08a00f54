import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { CentreListSchema } from "#shared/schemas/centre.ts";
import { type TransferListQuery, TransferListSchema } from "#shared/schemas/transfer.ts";

export const transferQueries = {
  all: ["transfers"] as const,
  lists: () => [...transferQueries.all, "list"] as const,
  list: (query: TransferListQuery) =>
    queryOptions({
      queryKey: [...transferQueries.lists(), query] as const,
      queryFn: ({ signal }) => api.get(paths.transfers, TransferListSchema, { signal, query }),
    }),
  centres: () =>
    queryOptions({
      queryKey: [...transferQueries.all, "centres"] as const,
      queryFn: ({ signal }) => api.get(paths.centres, CentreListSchema, { signal }),
    }),
};

export const useTransfers = (query: TransferListQuery) => useQuery(transferQueries.list(query));
export const useTransferCentres = () => useQuery(transferQueries.centres());
