/**
 * The message catalogues of lazily loaded features, each under its own top-level key. A feature keeps
 * `locales/de.json` and `locales/en.json` in its folder and registers them with `addFeatureMessages`.
 */
export type FeatureMessages = {
  language: typeof import("../features/language/locales/de.json");
  portal: typeof import("../features/portal/locales/de.json");
  statistics: typeof import("../features/statistics/locales/de.json");
  companies: typeof import("../features/companies/locales/de.json");
  offers: typeof import("../features/offers/locales/de.json");
  programmes: typeof import("../features/programmes/locales/de.json");
  agencies: typeof import("../features/agencies/locales/de.json");
  users: typeof import("../features/users/locales/de.json");
  persons: typeof import("../features/persons/locales/de.json");
  audit: typeof import("../features/audit/locales/de.json");
  centres: typeof import("../features/centres/locales/de.json");
  accessHistory: typeof import("../features/access-history/locales/de.json");
  secondFactor: typeof import("../features/second-factor/locales/de.json");
  staffRequests: typeof import("../features/staff-requests/locales/de.json");
  personExport: typeof import("../features/person-export/locales/de.json");
  anonymisation: typeof import("../features/anonymisation/locales/de.json");
  esf: typeof import("../features/esf/locales/de.json");
  retention: typeof import("../features/retention/locales/de.json");
  listExports: typeof import("../features/list-exports/locales/de.json");
  imports: typeof import("../features/imports/locales/de.json");
  documents: typeof import("../features/documents/locales/de.json");
  appointments: typeof import("../features/appointments/locales/de.json");
  transfers: typeof import("../features/transfers/locales/de.json");
  personMerge: typeof import("../features/person-merge/locales/de.json");
  bulkActions: typeof import("../features/bulk-actions/locales/de.json");
  mail: typeof import("../features/mail/locales/de.json");
};
