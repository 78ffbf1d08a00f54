import { data, type LoaderFunctionArgs } from "react-router";
import { isApiError } from "#client/lib/api-error.ts";
import { queryClient } from "#client/lib/query-client.ts";
import { requireAccess } from "../../session.ts";

const portalQueriesModule = () => import("#client/features/portal/api/portal-queries.ts");

/** Query modules load on demand so the sign-in page never carries portal code. */
export async function portalOffersLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  const { portalQueries } = await portalQueriesModule();
  void queryClient.prefetchInfiniteQuery(portalQueries.offerList());
  return null;
}

export async function portalOfferLoader({ request, params }: LoaderFunctionArgs) {
  await requireAccess(request);
  const id = params.id ?? "";
  const { portalQueries } = await portalQueriesModule();
  void queryClient.prefetchQuery(portalQueries.candidates(id));
  try {
    await queryClient.ensureQueryData(portalQueries.offer(id));
  } catch (error) {
    if (isApiError(error, "not_found")) throw data("not found", { status: 404 });
    throw error;
  }
  return null;
}

export async function portalCompanyLoader({ request }: LoaderFunctionArgs) {
  const user = await requireAccess(request);
  const { portalQueries } = await portalQueriesModule();
  if (user.companyId) void queryClient.prefetchQuery(portalQueries.company(user.companyId));
  return null;
}

export async function portalInquiriesLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  const { portalQueries } = await portalQueriesModule();
  void queryClient.prefetchInfiniteQuery(portalQueries.inquiries());
  return null;
}
