/**
 * Regional sessions in the store (migration 003): the team creates, changes and closes them;
 * an invited address sees the participating municipalities while the session is open.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { IsoDate, MunicipalityCode } from '../sources/tables.ts';
import type { Store } from '../store/open.ts';

export type SessionStatus = 'open' | 'closed';

type RegionalSessionsTable = {
  id: string;
  name: string;
  date: string;
  status: SessionStatus;
  created_by: string;
  created_at: string;
  closed_at: string | null;
};

type RegionalSessionMembersTable = {
  session_id: string;
  municipality_code: string;
};

type RegionalSessionInvitesTable = {
  session_id: string;
  email: string;
};

export type RegionalSessionTables = {
  regional_sessions: RegionalSessionsTable;
  regional_session_members: RegionalSessionMembersTable;
  regional_session_invites: RegionalSessionInvitesTable;
};

export interface RegionalSession {
  id: string;
  name: string;
  date: IsoDate;
  status: SessionStatus;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
  municipalities: MunicipalityCode[];
  invites: string[];
}

/** What the team fills in; codes normalised (GM0441) and addresses lower case. */
export interface SessionDraft {
  name: string;
  date: IsoDate;
  municipalities: MunicipalityCode[];
  invites: string[];
}

function sessionsDb(store: Store): Kysely<RegionalSessionTables> {
  return store.db.withTables<RegionalSessionTables>() as unknown as Kysely<RegionalSessionTables>;
}

/** A fresh, unguessable session id (144 random bits), safe in a URL. */
export function newSessionId(): string {
  return randomBytes(18).toString('base64url');
}

/** True when `email` is invited to at least one open session: such a person may sign in. */
export async function isInvitedToOpenSession(store: Store, email: string): Promise<boolean> {
  const found = await sessionsDb(store)
    .selectFrom('regional_session_invites as i')
    .innerJoin('regional_sessions as s', 's.id', 'i.session_id')
    .select('s.id')
    .where('i.email', '=', email.trim().toLowerCase())
    .where('s.status', '=', 'open')
    .limit(1)
    .executeTakeFirst();
  return found !== undefined;
}

/** The open sessions `email` is invited to, by date (newest first). */
export async function openSessionsFor(store: Store, email: string): Promise<RegionalSession[]> {
  const records = await sessionsDb(store)
    .selectFrom('regional_session_invites as i')
    .innerJoin('regional_sessions as s', 's.id', 'i.session_id')
    .select('s.id')
    .where('i.email', '=', email.trim().toLowerCase())
    .where('s.status', '=', 'open')
    .orderBy('s.date', 'desc')
    .execute();
  const sessions: RegionalSession[] = [];
  for (const { id } of records) {
    const session = await findSession(store, id);
    if (session) sessions.push(session);
  }
  return sessions;
}

export async function createSession(
  store: Store,
  draft: SessionDraft,
  createdBy: string,
  at: Date,
): Promise<string> {
  const id = newSessionId();
  await sessionsDb(store)
    .transaction()
    .execute(async (trx) => {
      await trx
        .insertInto('regional_sessions')
        .values({
          id,
          name: draft.name,
          date: draft.date,
          status: 'open',
          created_by: createdBy,
          created_at: at.toISOString(),
          closed_at: null,
        })
        .execute();
      await writeParticipants(trx, id, draft);
    });
  return id;
}

/** Replaces name, date, municipalities and invites of an existing session. */
export async function updateSession(store: Store, id: string, draft: SessionDraft): Promise<void> {
  await sessionsDb(store)
    .transaction()
    .execute(async (trx) => {
      await trx
        .updateTable('regional_sessions')
        .set({ name: draft.name, date: draft.date })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('regional_session_members').where('session_id', '=', id).execute();
      await trx.deleteFrom('regional_session_invites').where('session_id', '=', id).execute();
      await writeParticipants(trx, id, draft);
    });
}

async function writeParticipants(
  trx: Kysely<RegionalSessionTables>,
  id: string,
  draft: SessionDraft,
): Promise<void> {
  if (draft.municipalities.length > 0) {
    await trx
      .insertInto('regional_session_members')
      .values(draft.municipalities.map((code) => ({ session_id: id, municipality_code: code })))
      .execute();
  }
  if (draft.invites.length > 0) {
    await trx
      .insertInto('regional_session_invites')
      .values(draft.invites.map((email) => ({ session_id: id, email })))
      .execute();
  }
}

export async function closeSession(store: Store, id: string, at: Date): Promise<void> {
  await sessionsDb(store)
    .updateTable('regional_sessions')
    .set({ status: 'closed', closed_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function findSession(store: Store, id: string): Promise<RegionalSession | null> {
  const db = sessionsDb(store);
  const record = await db
    .selectFrom('regional_sessions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!record) return null;
  const members = await db
    .selectFrom('regional_session_members')
    .select('municipality_code')
    .where('session_id', '=', id)
    .orderBy('municipality_code')
    .execute();
  const invites = await db
    .selectFrom('regional_session_invites')
    .select('email')
    .where('session_id', '=', id)
    .orderBy('email')
    .execute();
  return {
    ...toSession(record),
    municipalities: members.map((m) => m.municipality_code),
    invites: invites.map((i) => i.email),
  };
}

/** Every session, open ones first, then by date (newest first). */
export async function listSessions(store: Store): Promise<RegionalSession[]> {
  const records = await sessionsDb(store)
    .selectFrom('regional_sessions')
    .select('id')
    .orderBy('status', 'desc')
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const sessions: RegionalSession[] = [];
  for (const { id } of records) {
    const session = await findSession(store, id);
    if (session) sessions.push(session);
  }
  return sessions;
}

function toSession(
  record: RegionalSessionsTable,
): Omit<RegionalSession, 'municipalities' | 'invites'> {
  return {
    id: record.id,
    name: record.name,
    date: record.date,
    status: record.status,
    createdBy: record.created_by,
    createdAt: record.created_at,
    closedAt: record.closed_at,
  };
}
