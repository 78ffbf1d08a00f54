import { Hono } from "hono";
import { type StatsFigure, type StatsQuery, StatsQuerySchema } from "#shared/schemas/stats.ts";
import type { ActorContext, AppDeps, AppEnv } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { queryParams } from "../../middleware/validate.ts";
import { discloseAggregate, sendFile } from "../disclosure/disclosure-gate.ts";
import * as csv from "./stats.csv.ts";
import * as service from "./stats.service.ts";

type Load<T> = (db: Db, context: ActorContext, query: StatsQuery) => Promise<T>;
type Figure = { json: Load<unknown>; csv: Load<string> };
const figure = <T>(load: Load<T>, toCsv: (stats: T) => string): Figure => ({
  json: load,
  csv: async (db, context, query) => toCsv(await load(db, context, query)),
});

const figures: Record<StatsFigure, Figure> = {
  requests: figure(service.requestsStats, csv.requestsCsv),
  "demand-occupations": figure(service.demandByOccupation, csv.demandByOccupationCsv),
  "demand-districts": figure(service.demandByDistrict, csv.demandByDistrictCsv),
  placements: figure(service.placementsStats, csv.placementsCsv),
  "time-to-placement": figure(service.timeToPlacement, csv.timeToPlacementCsv),
  language: figure(service.languageStats, csv.languageCsv),
  programmes: figure(service.programmesStats, csv.programmesCsv),
  nationalities: figure(service.nationalitiesStats, csv.nationalitiesCsv),
  permits: figure(service.residencePermitsStats, csv.residencePermitsCsv),
};

/** One endpoint per figure, as JSON (`/api/stats/<figure>`) and as a CSV download (`/api/stats/<figure>.csv`). */
export function statsRoutes({ db, config }: AppDeps) {
  const routes = new Hono<AppEnv>();
  for (const [name, { json, csv: toCsv }] of Object.entries(figures)) {
    routes.get(`/${name}`, permit("read:stats"), queryParams(StatsQuerySchema), async (c) =>
      c.json(await json(db, actorContext(c, config.trustProxy), c.req.valid("query"))),
    );
    routes.get(`/${name}.csv`, permit("read:stats"), queryParams(StatsQuerySchema), async (c) => {
      const query = c.req.valid("query");
      const body = await toCsv(db, actorContext(c, config.trustProxy), query);
      return sendFile(c, discloseAggregate(), {
        body,
        contentType: "text/csv; charset=utf-8",
        fileName: `ankommen-${name}-${query.from}-${query.to}-${query.scope}.csv`,
      });
    });
  }
  return routes;
}
