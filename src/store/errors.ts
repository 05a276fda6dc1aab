/** A store failure a user can act on (database unreachable, schema not migratable); Dutch text. */
export class StoreError extends Error {
  override name = 'StoreError';
}
