/** Root keys of the query-key factories, so one feature can refresh another's data without importing it. */
export const queryRoots = {
  persons: ["persons"],
  cases: ["cases"],
  tasks: ["tasks"],
  caseworkers: ["caseworkers"],
  companies: ["companies"],
  offers: ["offers"],
  placements: ["placements"],
  programmes: ["programmes"],
  agencies: ["agencies"],
  esf: ["esf"],
} as const;
