import { infiniteQueryOptions, type QueryKey } from "@tanstack/react-query";
import type { z } from "zod";
import { api, type QueryParams, type SchemaSource } from "./api-client.ts";

/** How many rows one page of a list asks for. */
export const LIST_PAGE_SIZE = 50;

type CursorPage = { nextCursor: string | null };

/**
 * The query options of a cursor-paged list (`GET path?…&cursor=&limit=`), the one shape every list
 * factory shares; the key and the filters are the caller's.
 */
export function cursorListQuery<K extends QueryKey, S extends z.ZodType<CursorPage>>(
  queryKey: K,
  path: string,
  schema: SchemaSource<S>,
  query: QueryParams = {},
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) =>
      api.get(path, schema, { signal, query: { ...query, cursor: pageParam, limit: LIST_PAGE_SIZE } }),
    initialPageParam: null as string | null,
    getNextPageParam: (page: z.output<S>) => page.nextCursor,
  });
}
