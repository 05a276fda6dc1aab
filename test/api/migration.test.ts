/**
 * Migration 009-api-tokens in both dialects: PostgreSQL's statements compiled (a serial key,
 * a unique hash), and the token table used for real on the test store (SQLite, or PostgreSQL
 * under MDD_TEST_DATABASE): made, used, revoked, and never holding the token itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  useApiToken,
} from '../../src/api/tokens.ts';
import { apiTokensSchema } from '../../src/store/migrations/009-api-tokens.ts';
import { postgresStatements } from '../helpers/postgres-sql.ts';
import { openTestStore, type TestStore } from '../helpers/test-store.ts';

let opened: TestStore;

beforeAll(async () => {
  opened = await openTestStore();
});

afterAll(async () => {
  await opened.close();
});

describe('migration 009-api-tokens', () => {
  it('speaks PostgreSQL: a serial key and a unique token hash', async () => {
    const statements = await postgresStatements(async (db) => {
      await apiTokensSchema('postgres').up(db);
    });
    const table = statements.find((s) => s.startsWith('create table "api_tokens"')) ?? '';
    expect(table).toContain('"id" serial primary key');
    expect(table).toContain('"token_hash" text not null unique');
    expect(table).toContain('"revoked_by" text)');
    expect(statements.join('\n')).not.toContain('autoincrement');
  });

  it('keeps tokens on the store: made, used, revoked, expired', async () => {
    const { store } = opened;
    const now = new Date('2017-02-01T09:00:00Z');
    const made = await createApiToken(store, { name: 'a', owner: 't@x.nl', validityDays: 30, now });
    expect(made.record).toMatchObject({
      id: expect.any(Number),
      expiresAt: '2017-03-03T09:00:00.000Z',
    });
    const later = new Date('2017-02-02T09:00:00Z');
    expect((await useApiToken(store, made.token, later))?.lastUsedAt).toBe(later.toISOString());
    expect(await useApiToken(store, made.token, new Date('2017-03-03T09:00:00Z'))).toBeNull();
    expect(await revokeApiToken(store, made.record.id, 'b@x.nl', later)).toMatchObject({
      revokedBy: 'b@x.nl',
    });
    expect(await revokeApiToken(store, made.record.id, 'b@x.nl', later)).toBeNull();
    expect(await useApiToken(store, made.token, later)).toBeNull();
    const [listed] = await listApiTokens(store);
    expect(listed).toMatchObject({ name: 'a', revokedAt: later.toISOString() });
    const rows = await store.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(made.token.slice(4));
  });
});
