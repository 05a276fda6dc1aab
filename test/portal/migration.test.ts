/**
 * Migration 002-portal in both dialects. Both run for real in the portal tests (on PostgreSQL
 * in the suite's second pass); here the PostgreSQL statements are compiled, so the dialect
 * difference (the audit log's generated key) and the constraints show without a server.
 */
import { describe, expect, it } from 'vitest';
import { portalSchema } from '../../src/store/migrations/002-portal.ts';
import { postgresStatements } from '../helpers/postgres-sql.ts';

describe('migration 002-portal', () => {
  it('speaks PostgreSQL: a serial audit key, unique hashes, the role check', async () => {
    const statements = await postgresStatements(async (db) => {
      await portalSchema('postgres').up(db);
    });
    const table = (name: string) =>
      statements.find((s) => s.startsWith(`create table "${name}"`)) ?? '';
    expect(table('audit_log')).toContain('"id" serial primary key');
    expect(table('team_members')).toContain('"email" text primary key');
    expect(table('team_members')).toContain("check (role in ('team', 'admin'))");
    expect(table('login_tokens')).toContain('"token_hash" text primary key');
    expect(table('login_tokens')).toContain('"used_at" text)');
    expect(table('sessions')).toContain('"id_hash" text primary key');
    expect(statements.join('\n')).not.toContain('autoincrement');
  });
});
