import type { LoaderFunctionArgs } from "react-router";
import { scopeOf } from "#shared/auth/permissions.ts";
import { statsFigures } from "#shared/schemas/stats.ts";
import { esfQueries } from "../features/esf/api/get-esf.ts";
import { statsQueries } from "../features/statistics/api/get-stats.ts";
import { paramsOf, periodFrom, previousYearOf } from "../features/statistics/utils/period.ts";
import { queryClient } from "../lib/query-client.ts";
import { requireAccess } from "./session.ts";

/**
 * The cards of the dashboard's first row (the ones in view at 1280 px and on a tablet): their figures are
 * asked for here, beside the route's code, instead of after the cards rendered and saw themselves in view.
 * The other cards still ask when they scroll into view.
 */
const FIRST_ROW = 2;

/**
 * Starts what the dashboard's first paint waits for without waiting for any of it: the first row's figures
 * and the ESF+ programme list, once the session is known (the route's loader in `router.tsx` has already
 * started the chart library, so its download and parse overlap all this). The route renders its skeletons
 * meanwhile.
 */
export async function statisticsLoader({ request }: LoaderFunctionArgs) {
  const user = await requireAccess(request);
  const choice = periodFrom(new URL(request.url).searchParams);
  if (scopeOf(user.role, "read:stats") !== "any") choice.scope = "centre";
  const params = paramsOf(choice);
  if (params) {
    const periods = choice.compare ? [params, previousYearOf(params)] : [params];
    for (const figure of statsFigures.slice(0, FIRST_ROW))
      for (const period of periods) void queryClient.prefetchQuery(statsQueries.figure(figure, period));
  }
  void queryClient.prefetchQuery(esfQueries.programmes());
  return null;
}
