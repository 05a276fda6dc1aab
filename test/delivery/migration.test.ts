/**
 * Migration 004-delivery in both dialects. Both run for real in the other delivery tests (on
 * PostgreSQL in the suite's second pass); here the PostgreSQL statements are compiled, so the
 * dialect differences show without a server: generated keys and the binary PDF column.
 */
import { describe, expect, it } from 'vitest';
import { deliverySchema } from '../../src/store/migrations/004-delivery.ts';
import { productionLockSchema } from '../../src/store/migrations/005-production-lock.ts';
import { optOutsSchema } from '../../src/store/migrations/006-opt-outs.ts';
import { postgresStatements } from '../helpers/postgres-sql.ts';

describe('migrations 004 to 006', () => {
  it('speaks PostgreSQL: serial keys, bytea for the PDF, the unique pairs', async () => {
    const statements = await postgresStatements(async (db) => {
      await deliverySchema('postgres').up(db);
    });
    const archive = statements.find((s) => s.startsWith('create table "monitor_archive"')) ?? '';
    expect(archive).toContain('"id" serial primary key');
    expect(archive).toContain('"pdf" bytea not null');
    expect(archive).toContain('unique ("municipality_code", "quarter")');
    const log = statements.find((s) => s.startsWith('create table "mail_deliveries"')) ?? '';
    expect(log).toContain('references "monitor_archive" ("id")');
    expect(log).toContain('unique ("archive_id", "email")');
    expect(statements.join('\n')).not.toContain('autoincrement');
    const later = await postgresStatements(async (db) => {
      await productionLockSchema().up(db);
      await optOutsSchema().up(db);
    });
    expect(later.at(-2)).toContain('create table "production_lock"');
    expect(later.at(-1)).toContain(
      'constraint "subscription_opt_outs_pkey" primary key ("municipality_code", "email")',
    );
  });
});
