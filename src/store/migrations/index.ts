/**
 * Every migration, in order. Names sort in the order they must run; each migration gets the
 * dialect so that both dialects share one history.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { SqlDialect } from '../dialect.ts';
import { initialSchema } from './001-initial.ts';
import { portalSchema } from './002-portal.ts';
import { regionalSessionsSchema } from './003-regional-sessions.ts';
import { deliverySchema } from './004-delivery.ts';
import { productionLockSchema } from './005-production-lock.ts';
import { optOutsSchema } from './006-opt-outs.ts';
import { methodologyVersionsSchema } from './007-methodology-versions.ts';
import { explanationsSchema } from './008-explanations.ts';
import { apiTokensSchema } from './009-api-tokens.ts';

export function migrationProvider(dialect: SqlDialect): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '001-initial': initialSchema(dialect),
        '002-portal': portalSchema(dialect),
        '003-regional-sessions': regionalSessionsSchema(),
        '004-delivery': deliverySchema(dialect),
        '005-production-lock': productionLockSchema(),
        '006-opt-outs': optOutsSchema(),
        '007-methodology-versions': methodologyVersionsSchema(),
        '008-explanations': explanationsSchema(dialect),
        '009-api-tokens': apiTokensSchema(dialect),
      };
    },
  };
}
