/**
 * A failure inside the API answers in JSON like every other error: status 500, a Dutch
 * message, nothing of the failure itself (here: the token table is gone from the store).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makePortal, type TestPortal } from '../portal/helpers.ts';
import { apiGet } from './helpers.ts';

let portal: TestPortal;

beforeAll(async () => {
  portal = await makePortal();
  await sql`drop table api_tokens`.execute(portal.store.db);
});

afterAll(async () => {
  await portal.close();
});

describe('a failure inside the API', () => {
  it('answers 500 in JSON with a Dutch message and no details', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await apiGet(portal, '/api/v1/gemeenten', {
        token: `mdd_${'x'.repeat(43)}`,
      });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        error: {
          status: 500,
          code: 'serverfout',
          message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        },
      });
      expect(text).not.toContain('api_tokens');
      expect(String(logged.mock.calls[0]?.[0])).toContain('api: GET /api/v1/gemeenten');
    } finally {
      logged.mockRestore();
    }
  });
});
