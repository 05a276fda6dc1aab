/** Rows of the tables an import of a telefonie14 file may touch. */
import type { Store } from '../../src/store/open.ts';

export interface Counts {
  imports: number;
  deliveries: number;
  phone14_statuses: number;
}

export async function countRows(store: Store): Promise<Counts> {
  const count = async (table: 'imports' | 'deliveries' | 'phone14_statuses') => {
    const { n } = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n);
  };
  return {
    imports: await count('imports'),
    deliveries: await count('deliveries'),
    phone14_statuses: await count('phone14_statuses'),
  };
}
