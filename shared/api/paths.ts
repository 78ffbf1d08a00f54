export const paths = {
  health: "/api/health",
  login: "/api/auth/login",
  logout: "/api/auth/logout",
  me: "/api/auth/me",
  ownPassword: "/api/auth/password",
  users: "/api/users",
  user: (id: string) => `/api/users/${encodeURIComponent(id)}`,
  userPassword: (id: string) => `/api/users/${encodeURIComponent(id)}/password`,
  centres: "/api/centres",
  centre: (id: string) => `/api/centres/${encodeURIComponent(id)}`,
  companies: "/api/companies",
  audit: "/api/audit",
} as const;
