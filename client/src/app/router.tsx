import { createBrowserRouter, type LoaderFunctionArgs, redirect } from "react-router";
import { Loading } from "../components/loading.tsx";
import { auditQueries } from "../features/audit/api/get-audit.ts";
import { auditFiltersFrom } from "../features/audit/utils/audit-filters.ts";
import { centreQueries } from "../features/centres/api/get-centres.ts";
import { retentionQueries } from "../features/retention/api/get-retention.ts";
import { userQueries } from "../features/users/api/get-users.ts";
import { userFiltersFrom } from "../features/users/utils/user-filters.ts";
import { queryClient } from "../lib/query-client.ts";
import { canVisit } from "./access.ts";
import {
  agenciesLoader,
  companiesLoader,
  companyLoader,
  editOfferLoader,
  offerLoader,
  offersLoader,
  programmesLoader,
} from "./employers-loaders.ts";
import { AppLayout } from "./layout/app-layout.tsx";
import { homePathOf } from "./navigation.ts";
import { caseLoader, casesLoader, myDayLoader, personLoader, personsLoader } from "./record-loaders.ts";
import { NotFound } from "./routes/errors/not-found.tsx";
import { RootError, RouteError } from "./routes/errors/route-error.tsx";
import { LoginRoute, loginLoader } from "./routes/login.tsx";
import {
  portalCompanyLoader,
  portalInquiriesLoader,
  portalOfferLoader,
  portalOffersLoader,
} from "./routes/portal/loaders.ts";
import { requireAccess, requireUser } from "./session.ts";

const guard = async ({ request }: LoaderFunctionArgs) => {
  await requireAccess(request);
  return null;
};

const homeLoader = async ({ request }: LoaderFunctionArgs) => {
  const user = await requireUser(request);
  if (!canVisit(user.role, "/")) throw redirect(homePathOf(user.role));
  await myDayLoader();
  return null;
};

const searchOf = (request: Request) => new URL(request.url).searchParams;

export const router = createBrowserRouter([
  {
    id: "root",
    errorElement: <RootError />,
    hydrateFallbackElement: <Loading />,
    children: [
      { path: "login", loader: loginLoader, Component: LoginRoute },
      {
        path: "login/next",
        lazy: () =>
          import("./routes/sign-in-step.tsx").then((module) => ({
            loader: module.signInStepLoader,
            Component: module.SignInStepRoute,
          })),
      },
      {
        id: "app",
        loader: async ({ request }) => {
          await requireUser(request);
          return null;
        },
        Component: AppLayout,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              {
                index: true,
                loader: homeLoader,
                lazy: () =>
                  import("./routes/my-tasks.tsx").then((module) => ({ Component: module.MyTasksRoute })),
              },
              {
                path: "persons",
                loader: personsLoader,
                lazy: () =>
                  import("./routes/persons/persons.tsx").then((module) => ({
                    Component: module.PersonsRoute,
                  })),
              },
              {
                path: "persons/new",
                loader: guard,
                lazy: () =>
                  import("./routes/persons/new-person.tsx").then((module) => ({
                    Component: module.NewPersonRoute,
                  })),
              },
              {
                path: "language-sessions/new",
                loader: guard,
                lazy: () =>
                  import("./routes/language/new-language-session.tsx").then((module) => ({
                    Component: module.NewLanguageSessionRoute,
                  })),
              },
              {
                path: "persons/:id",
                loader: personLoader,
                lazy: () =>
                  import("./routes/persons/person.tsx").then((module) => ({ Component: module.PersonRoute })),
              },
              {
                path: "persons/:id/export",
                loader: guard,
                lazy: () =>
                  import("./routes/persons/person-export.tsx").then((module) => ({
                    Component: module.PersonExportRoute,
                  })),
              },
              {
                path: "cases",
                loader: casesLoader,
                lazy: () =>
                  import("./routes/cases/cases.tsx").then((module) => ({ Component: module.CasesRoute })),
              },
              {
                path: "cases/:id",
                loader: caseLoader,
                lazy: () =>
                  import("./routes/cases/case.tsx").then((module) => ({ Component: module.CaseRoute })),
              },
              {
                path: "statistics",
                loader: guard,
                lazy: () =>
                  import("./routes/statistics.tsx").then((module) => ({ Component: module.StatisticsRoute })),
              },
              {
                path: "companies",
                loader: companiesLoader,
                lazy: () =>
                  import("./routes/companies/companies.tsx").then((module) => ({
                    Component: module.CompaniesRoute,
                  })),
              },
              {
                path: "companies/new",
                loader: guard,
                lazy: () =>
                  import("./routes/companies/new-company.tsx").then((module) => ({
                    Component: module.NewCompanyRoute,
                  })),
              },
              {
                path: "companies/:id",
                loader: companyLoader,
                lazy: () =>
                  import("./routes/companies/company.tsx").then((module) => ({
                    Component: module.CompanyRoute,
                  })),
              },
              {
                path: "offers",
                loader: offersLoader,
                lazy: () =>
                  import("./routes/offers/offers.tsx").then((module) => ({ Component: module.OffersRoute })),
              },
              {
                path: "offers/new",
                loader: guard,
                lazy: () =>
                  import("./routes/offers/new-offer.tsx").then((module) => ({
                    Component: module.NewOfferRoute,
                  })),
              },
              {
                path: "offers/:id",
                loader: offerLoader,
                lazy: () =>
                  import("./routes/offers/offer.tsx").then((module) => ({ Component: module.OfferRoute })),
              },
              {
                path: "offers/:id/edit",
                loader: editOfferLoader,
                lazy: () =>
                  import("./routes/offers/edit-offer.tsx").then((module) => ({
                    Component: module.EditOfferRoute,
                  })),
              },
              {
                path: "appointments",
                loader: guard,
                lazy: () =>
                  import("./routes/appointments/appointments.tsx").then((module) => ({
                    Component: module.AppointmentsRoute,
                  })),
              },
              {
                path: "programmes",
                loader: programmesLoader,
                lazy: () =>
                  import("./routes/programmes/programmes.tsx").then((module) => ({
                    Component: module.ProgrammesRoute,
                  })),
              },
              {
                path: "programmes/:id/esf-gaps",
                loader: guard,
                lazy: () =>
                  import("./routes/programmes/esf-gaps.tsx").then((module) => ({
                    Component: module.EsfGapsRoute,
                  })),
              },
              {
                path: "enrolments/:id/esf",
                loader: guard,
                lazy: () =>
                  import("./routes/programmes/esf-participant.tsx").then((module) => ({
                    Component: module.EsfParticipantRoute,
                  })),
              },
              {
                path: "agencies",
                loader: agenciesLoader,
                lazy: () =>
                  import("./routes/agencies/agencies.tsx").then((module) => ({
                    Component: module.AgenciesRoute,
                  })),
              },
              {
                path: "portal/offers",
                loader: portalOffersLoader,
                lazy: () =>
                  import("./routes/portal/offers.tsx").then((module) => ({
                    Component: module.PortalOffersRoute,
                  })),
              },
              {
                path: "portal/offers/new",
                loader: guard,
                lazy: () =>
                  import("./routes/portal/new-offer.tsx").then((module) => ({
                    Component: module.PortalNewOfferRoute,
                  })),
              },
              {
                path: "portal/offers/:id",
                loader: portalOfferLoader,
                lazy: () =>
                  import("./routes/portal/offer.tsx").then((module) => ({
                    Component: module.PortalOfferRoute,
                  })),
              },
              {
                path: "portal/offers/:id/edit",
                loader: portalOfferLoader,
                lazy: () =>
                  import("./routes/portal/edit-offer.tsx").then((module) => ({
                    Component: module.PortalEditOfferRoute,
                  })),
              },
              {
                path: "portal/inquiries",
                loader: portalInquiriesLoader,
                lazy: () =>
                  import("./routes/portal/inquiries.tsx").then((module) => ({
                    Component: module.PortalInquiriesRoute,
                  })),
              },
              {
                path: "portal/inquiries/new",
                loader: guard,
                lazy: () =>
                  import("./routes/portal/new-inquiry.tsx").then((module) => ({
                    Component: module.PortalNewInquiryRoute,
                  })),
              },
              {
                path: "portal/company",
                loader: portalCompanyLoader,
                lazy: () =>
                  import("./routes/portal/company.tsx").then((module) => ({
                    Component: module.PortalCompanyRoute,
                  })),
              },
              {
                path: "admin/users",
                loader: async (args) => {
                  await guard(args);
                  void queryClient.prefetchInfiniteQuery(
                    userQueries.list(userFiltersFrom(searchOf(args.request))),
                  );
                  return null;
                },
                lazy: () =>
                  import("./routes/admin/users.tsx").then((module) => ({ Component: module.UsersRoute })),
              },
              {
                path: "admin/users/new",
                loader: guard,
                lazy: () =>
                  import("./routes/admin/new-user.tsx").then((module) => ({
                    Component: module.NewUserRoute,
                  })),
              },
              {
                path: "admin/centres",
                loader: async (args) => {
                  await guard(args);
                  void queryClient.prefetchQuery(centreQueries.list());
                  return null;
                },
                lazy: () =>
                  import("./routes/admin/centres.tsx").then((module) => ({ Component: module.CentresRoute })),
              },
              {
                path: "admin/audit",
                loader: async (args) => {
                  await guard(args);
                  void queryClient.prefetchInfiniteQuery(
                    auditQueries.list(auditFiltersFrom(searchOf(args.request))),
                  );
                  return null;
                },
                lazy: () =>
                  import("./routes/admin/audit.tsx").then((module) => ({ Component: module.AuditRoute })),
              },
              {
                path: "admin/retention",
                loader: async (args) => {
                  await guard(args);
                  void queryClient.prefetchQuery(retentionQueries.overview());
                  return null;
                },
                lazy: () =>
                  import("./routes/admin/retention.tsx").then((module) => ({
                    Component: module.RetentionRoute,
                  })),
              },
              {
                path: "admin/staff-requests",
                loader: guard,
                lazy: () =>
                  import("./routes/admin/staff-requests.tsx").then((module) => ({
                    Component: module.StaffRequestsRoute,
                  })),
              },
              { path: "*", Component: NotFound },
            ],
          },
        ],
      },
    ],
  },
]);
