/**
 * Who may see what, decided from the address alone on every request: the monitor team's list,
 * the municipalities whose register `emaildomeinen` hold the address's domain, and the
 * catalogue profiles naming the address as administrator. Only the register and profiles in
 * force today count (the newest data date up to today, see `findImportInForce`), so a change
 * in the register takes effect at the next request.
 */
import { findImportInForce } from '../store/imports.ts';
import type { Store } from '../store/open.ts';
import type { Role } from './context.ts';
import { isInvitedToOpenSession } from './regional.ts';

export interface Access {
  roles: Role[];
  /** Codes of the municipalities the address belongs to, sorted; empty for the team. */
  municipalities: string[];
  seesAll: boolean;
}

/** A plausible address, trimmed and in lower case; null otherwise. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  if (email.length > 254) return null;
  return /^[^\s@<>"(),;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(
    email,
  )
    ? email
    : null;
}

/**
 * What `email` may see, or null when it has no access at all. An invitee of an open regional
 * session without other access gets no roles and no municipalities.
 */
export async function accessFor(store: Store, email: string): Promise<Access | null> {
  const member = await store.db
    .selectFrom('team_members')
    .select('role')
    .where('email', '=', email)
    .executeTakeFirst();
  const own = await municipalitiesOf(store, email);
  const roles: Role[] = [];
  if (own.staff.length > 0) roles.push('staff');
  if (own.catalogueAdmin.length > 0) roles.push('catalogue-admin');
  if (member)
    roles.push(...(member.role === 'admin' ? (['team', 'admin'] as const) : ['team' as const]));
  if (roles.length === 0) {
    // Invitees of an open regional session sign in to see that session only.
    const invited = await isInvitedToOpenSession(store, email);
    return invited ? { roles, municipalities: [], seesAll: false } : null;
  }
  const seesAll = member !== undefined;
  const codes = seesAll ? [] : [...new Set([...own.staff, ...own.catalogueAdmin])].sort();
  return { roles, municipalities: codes, seesAll };
}

async function municipalitiesOf(store: Store, email: string) {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const register = await findImportInForce(store.db, 'gemeenten');
  const profiles = await findImportInForce(store.db, 'gemeente_profielen');
  const staff = register
    ? (
        await store.db
          .selectFrom('municipalities')
          .select(['code', 'email_domains'])
          .where('import_id', '=', register.id)
          .where('email_domains', 'like', `%${escapeLike(domain)}%`)
          .execute()
      )
        .filter((row) => splitDomains(row.email_domains).includes(domain))
        .map((row) => row.code)
    : [];
  const catalogueAdmin = profiles
    ? (
        await store.db
          .selectFrom('catalogue_profiles')
          .select(['municipality', 'administrator_email'])
          .where('import_id', '=', profiles.id)
          .where('administrator_email', 'is not', null)
          .execute()
      )
        .filter((row) => row.administrator_email?.trim().toLowerCase() === email)
        .map((row) => row.municipality)
    : [];
  return { staff, catalogueAdmin };
}

function splitDomains(joined: string): string[] {
  return joined
    .split('|')
    .map((domain) => domain.trim().toLowerCase())
    .filter((domain) => domain.length > 0);
}

/** `%` and `_` in a domain are matched literally by the JS filter anyway; keep LIKE broad. */
function escapeLike(text: string): string {
  return text.replace(/[%_]/g, '_');
}

/** Names of the municipalities in the latest register, by code, for choice lists. */
export async function municipalityNames(
  store: Store,
  codes: string[],
): Promise<Map<string, string>> {
  const register = await findImportInForce(store.db, 'gemeenten');
  if (!register || codes.length === 0) return new Map();
  const rows = await store.db
    .selectFrom('municipalities')
    .select(['code', 'name'])
    .where('import_id', '=', register.id)
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((row) => [row.code, row.name]));
}
