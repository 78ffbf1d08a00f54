import { data, type LoaderFunctionArgs } from "react-router";
import { isApiError } from "../lib/api-error.ts";
import { queryClient } from "../lib/query-client.ts";
import { requireAccess } from "./session.ts";

const searchOf = (request: Request) => new URL(request.url).searchParams;

async function ensureRecord<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isApiError(error, "not_found")) throw data("not found", { status: 404 });
    throw error;
  }
}

/** Query modules are imported on demand so the sign-in page never loads the employer code. */
export async function companiesLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  const [{ companyQueries }, { companyFiltersFrom }] = await Promise.all([
    import("../features/companies/api/get-companies.ts"),
    import("../features/companies/utils/company-filters.ts"),
  ]);
  void queryClient.prefetchInfiniteQuery(companyQueries.list(companyFiltersFrom(searchOf(request))));
  return null;
}

export async function companyLoader({ request, params }: LoaderFunctionArgs) {
  await requireAccess(request);
  const id = params.id ?? "";
  const [{ companyQueries }, { inquiryQueries }, { offerQueries }] = await Promise.all([
    import("../features/companies/api/get-companies.ts"),
    import("../features/companies/api/get-inquiries.ts"),
    import("../features/offers/api/get-offers.ts"),
  ]);
  void queryClient.prefetchQuery(inquiryQueries.ofCompany(id));
  void queryClient.prefetchQuery(offerQueries.ofCompany(id));
  await ensureRecord(() => queryClient.ensureQueryData(companyQueries.detail(id)));
  return null;
}

export async function offersLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  const [{ offerQueries }, filters] = await Promise.all([
    import("../features/offers/api/get-offers.ts"),
    import("../features/offers/utils/offer-filters.ts"),
  ]);
  const params = filters.offerListParams(filters.offerFiltersFrom(searchOf(request)));
  void queryClient.prefetchInfiniteQuery(offerQueries.list(params));
  return null;
}

export async function offerLoader({ request, params }: LoaderFunctionArgs) {
  await requireAccess(request);
  const id = params.id ?? "";
  const [{ offerQueries }, { placementQueries }] = await Promise.all([
    import("../features/offers/api/get-offers.ts"),
    import("../features/offers/api/get-placements.ts"),
  ]);
  void queryClient.prefetchQuery(placementQueries.ofOffer(id));
  void queryClient.prefetchQuery(offerQueries.candidates(id));
  await ensureRecord(() => queryClient.ensureQueryData(offerQueries.detail(id)));
  return null;
}

export async function editOfferLoader({ request, params }: LoaderFunctionArgs) {
  await requireAccess(request);
  const { offerQueries } = await import("../features/offers/api/get-offers.ts");
  await ensureRecord(() => queryClient.ensureQueryData(offerQueries.detail(params.id ?? "")));
  return null;
}

export async function programmesLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  const { programmeQueries } = await import("../features/programmes/api/get-programmes.ts");
  void queryClient.prefetchQuery(programmeQueries.list());
  return null;
}

export async function agenciesLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  const [{ agencyQueries }, { agencyParamsFrom }] = await Promise.all([
    import("../features/agencies/api/get-agencies.ts"),
    import("../features/agencies/utils/agency-filters.ts"),
  ]);
  void queryClient.prefetchQuery(agencyQueries.list(agencyParamsFrom(searchOf(request))));
  return null;
}
