/** Who is asking: the role and, for scoped roles, the region or agency the token is bound to. */
export const ROLES = ['ADMIN', 'SUPERVISOR', 'FILER', 'ANALYST', 'LEADER', 'PUBLIC'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  role: Role;
  /** Token subject, recorded as the actor of audit events. */
  subject: string;
  regionCode?: string;
  agencyCode?: string;
}

export const PUBLIC_VIEWER: Viewer = { role: 'PUBLIC', subject: 'public' };
/** In-process commands run by the operator of the machine act as the city administrator. */
export const OPERATOR_VIEWER: Viewer = { role: 'ADMIN', subject: 'operator' };
