declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresAdminUrl: string;
    postgresTemplate: string;
    baseUrl: string;
  }
}

export {};
