/**
 * The portal's tables as Kysely sees them (migration 002-portal). Times are ISO text in UTC.
 */
import type { Generated } from 'kysely';

export type TeamRole = 'team' | 'admin';

export interface TeamMembersTable {
  email: string;
  role: TeamRole;
  added_at: string;
}

export interface LoginTokensTable {
  /** sha256 (hex) of the token in the mailed link; the token itself is never stored. */
  token_hash: string;
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SessionsTable {
  /** sha256 (hex) of the session id in the cookie. */
  id_hash: string;
  email: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string | null;
  action: string;
  municipality: string | null;
  detail: string | null;
}

export interface PortalTables {
  team_members: TeamMembersTable;
  login_tokens: LoginTokensTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}
