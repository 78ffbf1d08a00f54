import "../messages.ts";
export const auditActions = [
  "auth.login",
  "auth.login_failed",
  "auth.logout",
  "auth.password_change",
  "user.create",
  "user.update",
  "user.activate",
  "user.deactivate",
  "user.password_reset",
  "centre.create",
] as const;

export const auditEntities = ["user", "centre"] as const;

type AuditAction = (typeof auditActions)[number];
type AuditEntity = (typeof auditEntities)[number];
const actionKeys = {
  "auth.login": "audit.actions.auth_login",
  "auth.login_failed": "audit.actions.auth_login_failed",
  "auth.logout": "audit.actions.auth_logout",
  "auth.password_change": "audit.actions.auth_password_change",
  "user.create": "audit.actions.user_create",
  "user.update": "audit.actions.user_update",
  "user.activate": "audit.actions.user_activate",
  "user.deactivate": "audit.actions.user_deactivate",
  "user.password_reset": "audit.actions.user_password_reset",
  "centre.create": "audit.actions.centre_create",
} as const satisfies Record<AuditAction, `audit.actions.${string}`>;

const isAuditAction = (action: string): action is AuditAction => action in actionKeys;
export const isAuditEntity = (entity: string): entity is AuditEntity =>
  (auditEntities as readonly string[]).includes(entity);

export function auditActionKey(action: string): (typeof actionKeys)[AuditAction] | null {
  return isAuditAction(action) ? actionKeys[action] : null;
}
