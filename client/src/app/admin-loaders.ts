import type { LoaderFunctionArgs } from "react-router";
import { auditQueries } from "../features/audit/api/get-audit.ts";
import { auditFiltersFrom } from "../features/audit/utils/audit-filters.ts";
import { centreQueries } from "../features/centres/api/get-centres.ts";
import { retentionQueries } from "../features/retention/api/get-retention.ts";
import { userQueries } from "../features/users/api/get-users.ts";
import { userFiltersFrom } from "../features/users/utils/user-filters.ts";
import { queryClient } from "../lib/query-client.ts";
import { requireAccess } from "./session.ts";

const searchOf = (request: Request) => new URL(request.url).searchParams;

/** The administration screens' loaders: access first, then the screen's data fetched ahead of it. */
export async function usersLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  void queryClient.prefetchInfiniteQuery(userQueries.list(userFiltersFrom(searchOf(request))));
  return null;
}

export async function centresLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  void queryClient.prefetchQuery(centreQueries.list());
  return null;
}

export async function auditLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  void queryClient.prefetchInfiniteQuery(auditQueries.list(auditFiltersFrom(searchOf(request))));
  return null;
}

export async function retentionLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  void queryClient.prefetchQuery(retentionQueries.overview());
  return null;
}
