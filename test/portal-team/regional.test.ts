import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSession,
  createSession,
  findSession,
  isInvitedToOpenSession,
  listSessions,
  openSessionsFor,
  updateSession,
} from '../../src/portal/regional.ts';
import type { Store } from '../../src/store/open.ts';
import { openTestStore, type TestStore } from '../helpers/test-store.ts';

let test: TestStore;
let store: Store;

beforeAll(async () => {
  test = await openTestStore();
  store = test.store;
});
afterAll(async () => {
  await test.close();
});

const at = new Date('2017-03-01T10:00:00Z');

describe('regional sessions in the store', () => {
  it('should keep a session with its municipalities and invites, and close it', async () => {
    const draft = {
      name: 'Kop',
      date: '2017-03-14',
      municipalities: ['GM0441', 'GM0400'],
      invites: ['a@regio.nl', 'b@regio.nl'],
    };
    const id = await createSession(store, draft, 'team@voorbeeld.nl', at);
    const other = await createSession(store, { ...draft, date: '2017-04-01' }, 'x@y.nl', at);
    expect(await findSession(store, id)).toEqual({
      id,
      name: 'Kop',
      date: '2017-03-14',
      status: 'open',
      createdBy: 'team@voorbeeld.nl',
      createdAt: '2017-03-01T10:00:00.000Z',
      closedAt: null,
      municipalities: ['GM0400', 'GM0441'],
      invites: ['a@regio.nl', 'b@regio.nl'],
    });
    expect(await isInvitedToOpenSession(store, ' A@Regio.nl ')).toBe(true);
    expect(await isInvitedToOpenSession(store, 'c@regio.nl')).toBe(false);
    expect((await openSessionsFor(store, 'a@regio.nl')).map((s) => s.id)).toEqual([other, id]);

    await updateSession(store, id, { ...draft, invites: ['c@regio.nl'] });
    expect(await isInvitedToOpenSession(store, 'c@regio.nl')).toBe(true);
    expect((await openSessionsFor(store, 'a@regio.nl')).map((s) => s.id)).toEqual([other]);

    await closeSession(store, id, at);
    await closeSession(store, other, at);
    expect(await isInvitedToOpenSession(store, 'c@regio.nl')).toBe(false);
    expect(await isInvitedToOpenSession(store, 'a@regio.nl')).toBe(false);
    expect((await listSessions(store)).map((s) => s.status)).toEqual(['closed', 'closed']);
    expect(await findSession(store, 'bestaat-niet')).toBeNull();
  });
});
