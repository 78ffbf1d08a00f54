import { createBrowserRouter, type LoaderFunctionArgs, redirect } from "react-router";
import { Loading } from "../components/loading.tsx";
import { loadAppMessages } from "../lib/i18n.ts";
import { queryClient } from "../lib/query-client.ts";
import { canVisit } from "./access.ts";
import { homePathOf } from "./navigation.ts";
import { NotFound } from "./routes/errors/not-found.tsx";
import { RootError, RouteError } from "./routes/errors/route-error.tsx";
import { LoginRoute, loginLoader } from "./routes/login.tsx";
import { requireAccess, requireUser } from "./session.ts";

const guard = async ({ request }: LoaderFunctionArgs) => {
  await requireAccess(request);
  return null;
};

/** The task queries' code loads beside the session check, and "Meine Aufgaben" is asked for once it answered. */
const homeLoader = async ({ request }: LoaderFunctionArgs) => {
  const taskModule = tasks();
  const user = await requireUser(request);
  if (!canVisit(user.role, "/")) throw redirect(homePathOf(user.role));
  void queryClient.prefetchQuery((await taskModule).taskQueries.myDay());
  return null;
};

/**
 * A loader whose code (query factories and the schemas they parse with) arrives with its first use, while
 * the route's lazy component loads beside it: the sign-in page does not carry every screen's loaders.
 */
const later =
  <M,>(load: () => Promise<M>, pick: (module: M) => (args: LoaderFunctionArgs) => unknown) =>
  async (args: LoaderFunctionArgs) =>
    pick(await load())(args);
const records = () => import("./record-loaders.ts");
const employers = () => import("./employers-loaders.ts");
const portal = () => import("./routes/portal/loaders.ts");
const admin = () => import("./admin-loaders.ts");
const statistics = () => import("./statistics-loaders.ts");
const tasks = () => import("../features/tasks/api/get-tasks.ts");
/** The signed-in app's shell and its core catalogue; the sign-in page carries neither. */
const signedInApp = async <M,>(shell: Promise<M>) => (await Promise.all([shell, loadAppMessages()]))[0];

export const router = createBrowserRouter([
  {
    id: "root",
    errorElement: <RootError />,
    hydrateFallbackElement: <Loading />,
    children: [
      { path: "login", loader: loginLoader, Component: LoginRoute },
      {
        path: "unsubscribe",
        lazy: () =>
          import("./routes/unsubscribe.tsx").then((module) => ({ Component: module.UnsubscribeRoute })),
      },
      {
        path: "login/next",
        lazy: () =>
          signedInApp(import("./routes/sign-in-step.tsx")).then((module) => ({
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
        lazy: () =>
          signedInApp(import("./layout/app-layout.tsx")).then((module) => ({ Component: module.AppLayout })),
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
                loader: later(records, (module) => module.personsLoader),
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
                path: "persons/duplicates",
                loader: guard,
                lazy: () =>
                  import("./routes/persons/person-duplicates.tsx").then((module) => ({
                    Component: module.PersonDuplicatesRoute,
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
                loader: later(records, (module) => module.personLoader),
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
                loader: later(records, (module) => module.casesLoader),
                lazy: () =>
                  import("./routes/cases/cases.tsx").then((module) => ({ Component: module.CasesRoute })),
              },
              {
                path: "cases/:id",
                loader: later(records, (module) => module.caseLoader),
                lazy: () =>
                  import("./routes/cases/case.tsx").then((module) => ({ Component: module.CaseRoute })),
              },
              {
                path: "statistics",
                loader: (args) => {
                  // The chart library, the dashboard's largest piece, starts at once, not after the loader's code.
                  void import("../features/statistics/components/figure-chart.tsx");
                  return later(statistics, (module) => module.statisticsLoader)(args);
                },
                lazy: () =>
                  import("./routes/statistics.tsx").then((module) => ({ Component: module.StatisticsRoute })),
              },
              {
                path: "companies",
                loader: later(employers, (module) => module.companiesLoader),
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
                loader: later(employers, (module) => module.companyLoader),
                lazy: () =>
                  import("./routes/companies/company.tsx").then((module) => ({
                    Component: module.CompanyRoute,
                  })),
              },
              {
                path: "offers",
                loader: later(employers, (module) => module.offersLoader),
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
                loader: later(employers, (module) => module.offerLoader),
                lazy: () =>
                  import("./routes/offers/offer.tsx").then((module) => ({ Component: module.OfferRoute })),
              },
              {
                path: "offers/:id/edit",
                loader: later(employers, (module) => module.editOfferLoader),
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
                path: "transfers",
                loader: guard,
                lazy: () =>
                  import("./routes/transfers/transfers.tsx").then((module) => ({
                    Component: module.TransfersRoute,
                  })),
              },
              {
                path: "programmes",
                loader: later(employers, (module) => module.programmesLoader),
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
                loader: later(employers, (module) => module.agenciesLoader),
                lazy: () =>
                  import("./routes/agencies/agencies.tsx").then((module) => ({
                    Component: module.AgenciesRoute,
                  })),
              },
              {
                path: "imports",
                loader: guard,
                lazy: () =>
                  import("./routes/imports.tsx").then((module) => ({ Component: module.ImportsRoute })),
              },
              {
                path: "portal/offers",
                loader: later(portal, (module) => module.portalOffersLoader),
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
                loader: later(portal, (module) => module.portalOfferLoader),
                lazy: () =>
                  import("./routes/portal/offer.tsx").then((module) => ({
                    Component: module.PortalOfferRoute,
                  })),
              },
              {
                path: "portal/offers/:id/edit",
                loader: later(portal, (module) => module.portalOfferLoader),
                lazy: () =>
                  import("./routes/portal/edit-offer.tsx").then((module) => ({
                    Component: module.PortalEditOfferRoute,
                  })),
              },
              {
                path: "portal/inquiries",
                loader: later(portal, (module) => module.portalInquiriesLoader),
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
                loader: later(portal, (module) => module.portalCompanyLoader),
                lazy: () =>
                  import("./routes/portal/company.tsx").then((module) => ({
                    Component: module.PortalCompanyRoute,
                  })),
              },
              {
                path: "admin/users",
                loader: later(admin, (module) => module.usersLoader),
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
                loader: later(admin, (module) => module.centresLoader),
                lazy: () =>
                  import("./routes/admin/centres.tsx").then((module) => ({ Component: module.CentresRoute })),
              },
              {
                path: "admin/audit",
                loader: later(admin, (module) => module.auditLoader),
                lazy: () =>
                  import("./routes/admin/audit.tsx").then((module) => ({ Component: module.AuditRoute })),
              },
              {
                path: "admin/retention",
                loader: later(admin, (module) => module.retentionLoader),
                lazy: () =>
                  import("./routes/admin/retention.tsx").then((module) => ({
                    Component: module.RetentionRoute,
                  })),
              },
              {
                path: "admin/outbox",
                loader: guard,
                lazy: () =>
                  import("./routes/admin/outbox.tsx").then((module) => ({ Component: module.OutboxRoute })),
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
