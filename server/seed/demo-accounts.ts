import type { Role } from "#shared/auth/roles.ts";
import type { District } from "#shared/reference/districts.ts";

export const DEMO_PASSWORD = "ankommen-demo";

export const demoCentres = [
  { key: "hildesheim", name: "Welcome Center Hildesheim", district: "lk-hildesheim" },
  { key: "hannover", name: "Welcome Center Region Hannover", district: "region-hannover" },
  { key: "hameln", name: "Welcome Center Hameln-Pyrmont", district: "lk-hameln-pyrmont" },
] as const satisfies readonly { key: string; name: string; district: District }[];

export type DemoCentreKey = (typeof demoCentres)[number]["key"];

export const demoCompanies = [
  { key: "brandt", centre: "hildesheim", name: "Tischlerei Brandt GmbH", district: "lk-hildesheim" },
  { key: "elektro-kaya", centre: "hildesheim", name: "Elektro Kaya & Söhne", district: "lk-hildesheim" },
  {
    key: "baeckerei-sonnenkorn",
    centre: "hildesheim",
    name: "Bäckerei Sonnenkorn",
    district: "lk-hildesheim",
  },
  { key: "shk-leinetal", centre: "hannover", name: "SHK Leinetal Haustechnik", district: "region-hannover" },
  {
    key: "pflege-am-maschsee",
    centre: "hannover",
    name: "Pflegeheim Am Maschsee",
    district: "region-hannover",
  },
  {
    key: "weserlogistik",
    centre: "hameln",
    name: "Weserlogistik Hameln GmbH",
    district: "lk-hameln-pyrmont",
  },
] as const satisfies readonly { key: string; centre: DemoCentreKey; name: string; district: District }[];

export type DemoCompanyKey = (typeof demoCompanies)[number]["key"];

export const demoUsers: readonly {
  email: string;
  name: string;
  role: Role;
  centre: DemoCentreKey;
  company?: DemoCompanyKey;
}[] = [
  { email: "admin@hildesheim.example", name: "Jana Wiechmann", role: "admin", centre: "hildesheim" },
  { email: "advisor@hildesheim.example", name: "Deniz Aydın", role: "advisor", centre: "hildesheim" },
  { email: "manager@hildesheim.example", name: "Katrin Oldenburg", role: "manager", centre: "hildesheim" },
  { email: "advisor@hannover.example", name: "Lukas Brenneke", role: "advisor", centre: "hannover" },
  { email: "manager@hannover.example", name: "Sabine Hoppe", role: "manager", centre: "hannover" },
  { email: "advisor@hameln.example", name: "Marta Nowak", role: "advisor", centre: "hameln" },
  {
    email: "employer@tischlerei-brandt.example",
    name: "Henrik Brandt",
    role: "employer",
    centre: "hildesheim",
    company: "brandt",
  },
];

/**
 * Fixed TOTP secrets of the demo admin and advisors, so a first start can be tried with any
 * authenticator app (README lists them; `npm run demo:code -- <email>` prints the current code).
 * Demo data only: never loaded with NODE_ENV=production.
 */
export const demoSecondFactorSecrets: Readonly<Record<string, string>> = {
  "admin@hildesheim.example": "JBSWY3DPEHPK3PXPANKOMMENADMINHIL",
  "advisor@hildesheim.example": "JBSWY3DPEHPK3PXPANKOMMENADVIHILD",
  "advisor@hannover.example": "JBSWY3DPEHPK3PXPANKOMMENADVIHANN",
  "advisor@hameln.example": "JBSWY3DPEHPK3PXPANKOMMENADVIHAML",
};

/** An advisor account an admin created that waits for a second person on "Freigaben". */
export const demoPendingAdvisor = {
  email: "neu.beratung@hildesheim.example",
  name: "Tobias Renner",
  role: "advisor",
  centre: "hildesheim",
} as const;
