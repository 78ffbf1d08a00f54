declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresAdminUrl: string;
    postgresTemplate: string;
    baseUrl: string;
    demoSessions: import("./e2e-sessions.ts").DemoSessions;
  }
}

export {};
