import { data, type LoaderFunctionArgs, redirect } from "react-router";
import { MergedPersonSchema } from "#shared/schemas/person-merge.ts";
import { isApiError } from "../lib/api-error.ts";
import { queryClient } from "../lib/query-client.ts";
import { requireAccess } from "./session.ts";

const searchOf = (request: Request) => new URL(request.url).searchParams;

/**
 * A record that is absent (or another centre's) shows the not-found page instead of an empty shell; a merged
 * person's id leads to the person it was merged into.
 */
async function ensureRecord<T>(load: () => Promise<T>, survivorPath?: (id: string) => string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const merged = isApiError(error, "not_found") ? MergedPersonSchema.safeParse(error.details) : null;
    if (merged?.success && survivorPath) throw redirect(survivorPath(merged.data.mergedInto));
    if (isApiError(error, "not_found")) throw data("not found", { status: 404 });
    throw error;
  }
}

async function prefetchCaseworkers() {
  const { caseworkerQueries } = await import("../features/caseworkers/api/get-caseworkers.ts");
  void queryClient.prefetchQuery(caseworkerQueries.list());
}

/** Query modules are imported on demand so the sign-in page never loads the person and case code. */
export async function personsLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  void prefetchCaseworkers();
  const [{ personQueries }, filters] = await Promise.all([
    import("../features/persons/api/get-persons.ts"),
    import("../features/persons/utils/person-filters.ts"),
  ]);
  const params = filters.personListParams(filters.personFiltersFrom(searchOf(request)));
  void queryClient.prefetchInfiniteQuery(personQueries.list(params));
  return null;
}

export async function personLoader({ request, params }: LoaderFunctionArgs) {
  await requireAccess(request);
  const id = params.id ?? "";
  void prefetchCaseworkers();
  const [{ personQueries }, { consentQueries }, { caseQueries }, { taskQueries }] = await Promise.all([
    import("../features/persons/api/get-persons.ts"),
    import("../features/persons/api/get-consents.ts"),
    import("../features/cases/api/get-cases.ts"),
    import("../features/tasks/api/get-tasks.ts"),
  ]);
  void queryClient.prefetchQuery(consentQueries.list(id));
  void queryClient.prefetchQuery(caseQueries.ofPerson(id));
  void queryClient.prefetchQuery(taskQueries.list({ personId: id }));
  await ensureRecord(
    () => queryClient.ensureQueryData(personQueries.detail(id)),
    (survivorId) => `/persons/${survivorId}`,
  );
  return null;
}

export async function casesLoader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  void prefetchCaseworkers();
  const [{ caseQueries }, filters] = await Promise.all([
    import("../features/cases/api/get-cases.ts"),
    import("../features/cases/utils/case-filters.ts"),
  ]);
  const params = filters.caseListParams(filters.caseFiltersFrom(searchOf(request)));
  void queryClient.prefetchInfiniteQuery(caseQueries.list(params));
  return null;
}

export async function caseLoader({ request, params }: LoaderFunctionArgs) {
  await requireAccess(request);
  const id = params.id ?? "";
  void prefetchCaseworkers();
  const [{ caseQueries }, { activityQueries }, { taskQueries }] = await Promise.all([
    import("../features/cases/api/get-cases.ts"),
    import("../features/cases/api/get-activities.ts"),
    import("../features/tasks/api/get-tasks.ts"),
  ]);
  void queryClient.prefetchQuery(activityQueries.list(id));
  void queryClient.prefetchQuery(taskQueries.list({ caseId: id }));
  await ensureRecord(() => queryClient.ensureQueryData(caseQueries.detail(id)));
  return null;
}
