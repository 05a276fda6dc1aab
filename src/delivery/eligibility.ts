/**
 * The check at send time: may this address receive this municipality's monitor? Only when
 * its domain is one of the municipality's `emaildomeinen` in the latest register, it is on
 * the team list, or it is the municipality's catalogue administrator in the latest profiles.
 * Asked again for every mail, so a change in the register or team list counts at once.
 */
import { findImportInForce } from '../store/imports.ts';
import type { Store } from '../store/open.ts';
import { catalogueAdministrators } from './subscribers.ts';

export type Eligibility =
  | { ok: true; because: 'domain' | 'team' | 'catalogue-admin' }
  | { ok: false; reason: string };

export async function checkRecipient(
  store: Store,
  code: string,
  email: string,
): Promise<Eligibility> {
  const address = email.trim().toLowerCase();
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if ((await municipalityDomains(store, code)).includes(domain)) {
    return { ok: true, because: 'domain' };
  }
  const member = await store.db
    .selectFrom('team_members')
    .select('email')
    .where('email', '=', address)
    .executeTakeFirst();
  if (member) return { ok: true, because: 'team' };
  if ((await catalogueAdministrators(store)).get(code) === address) {
    return { ok: true, because: 'catalogue-admin' };
  }
  return {
    ok: false,
    reason:
      `het domein ${domain} hoort niet bij gemeente ${code}, en het adres staat niet op de ` +
      'teamlijst en is niet de beheerder van de Softwarecatalogus',
  };
}

/** The municipality's e-mail domains in the latest register. */
export async function municipalityDomains(store: Store, code: string): Promise<string[]> {
  const register = await findImportInForce(store.db, 'gemeenten');
  if (!register) return [];
  const row = await store.db
    .selectFrom('municipalities')
    .select('email_domains')
    .where('import_id', '=', register.id)
    .where('code', '=', code)
    .executeTakeFirst();
  return (row?.email_domains ?? '')
    .split('|')
    .map((domain) => domain.trim().toLowerCase())
    .filter((domain) => domain.length > 0);
}
