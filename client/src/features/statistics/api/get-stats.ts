import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, withQuery } from "#client/lib/api-client.ts";
import { type StatsFigure, statsFigureSchemas } from "#shared/schemas/stats.ts";
import type { StatsParams } from "../utils/period.ts";

export const figureSchemas = statsFigureSchemas;

export type FigureData<F extends StatsFigure> = z.output<(typeof figureSchemas)[F]>;

export const statsPath = (figure: StatsFigure) => `/api/stats/${figure}`;
export const statsCsvUrl = (figure: StatsFigure, params: StatsParams) =>
  withQuery(`${statsPath(figure)}.csv`, params);

export const statsQueries = {
  all: ["stats"] as const,
  figure: <F extends StatsFigure>(figure: F, params: StatsParams) =>
    queryOptions({
      queryKey: [...statsQueries.all, figure, params] as const,
      queryFn: ({ signal }) =>
        api.get(statsPath(figure), figureSchemas[figure], { signal, query: params }) as Promise<
          FigureData<F>
        >,
      staleTime: 60_000,
    }),
};

/** Fetched only once `enabled`: the dashboard asks for the cards a user can see. */
export function useFigure<F extends StatsFigure>(figure: F, params: StatsParams, enabled = true) {
  return useQuery({ ...statsQueries.figure(figure, params), enabled });
}
