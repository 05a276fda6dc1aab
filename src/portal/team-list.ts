/**
 * The monitor team's list: addresses with role `team` (every municipality, imports, regional
 * sessions) or `admin` (also users, roles and the audit log). Kept in the store; `mdd team`
 * and the bootstrap variables `MDD_TEAM_EMAILS` / `MDD_ADMIN_EMAILS` fill it.
 */

import type { Store } from '../store/open.ts';
import type { TeamRole } from '../store/schema-portal.ts';
import { normalizeEmail } from './access.ts';

export interface TeamMember {
  email: string;
  role: TeamRole;
  addedAt: string;
}

export class TeamListError extends Error {
  override name = 'TeamListError';
}

/** Adds `email` with `role`, or changes the role of a member already listed. */
export async function addTeamMember(
  store: Store,
  emailText: string,
  role: TeamRole,
  at: Date = new Date(),
): Promise<TeamMember> {
  const email = normalizeEmail(emailText);
  if (!email) throw new TeamListError(`"${emailText}" is geen geldig e-mailadres.`);
  const addedAt = at.toISOString();
  await store.db
    .insertInto('team_members')
    .values({ email, role, added_at: addedAt })
    .onConflict((oc) => oc.column('email').doUpdateSet({ role }))
    .execute();
  return { email, role, addedAt };
}

/** Removes `email`; false when it was not on the list. */
export async function removeTeamMember(store: Store, emailText: string): Promise<boolean> {
  const email = normalizeEmail(emailText) ?? emailText.trim().toLowerCase();
  const result = await store.db
    .deleteFrom('team_members')
    .where('email', '=', email)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listTeamMembers(store: Store): Promise<TeamMember[]> {
  const rows = await store.db.selectFrom('team_members').selectAll().orderBy('email').execute();
  return rows.map((row) => ({ email: row.email, role: row.role, addedAt: row.added_at }));
}

/** The addresses in a comma-separated variable such as `MDD_TEAM_EMAILS`. */
export function emailsFrom(variable: string | undefined): string[] {
  return (variable ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
