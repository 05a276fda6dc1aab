/**
 * Explanations in the store. Rows are history: inserted once, and afterwards only withdrawn
 * (by its author's colleagues, or by a newer explanation of the same theme). This module
 * holds no other UPDATE and no DELETE on purpose.
 */
import type { Selectable } from 'kysely';
import type { IsoDate } from '../sources/tables.ts';
import type { Store } from '../store/open.ts';
import type { ExplanationsTable } from '../store/schema-explanations.ts';

export interface StoredExplanation {
  id: number;
  municipality: string;
  theme: string;
  text: string;
  endDate: IsoDate;
  referenceDate: IsoDate;
  fingerprint: string;
  author: string;
  createdAt: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
}

export interface NewExplanation {
  municipality: string;
  theme: string;
  text: string;
  endDate: IsoDate;
  referenceDate: IsoDate;
  fingerprint: string;
  author: string;
  at: Date;
}

/**
 * Stores `explanation` and, in the same transaction, withdraws the explanations named in
 * `supersedes` (those of the same theme still showing). Returns the new id.
 */
export async function addExplanation(
  store: Store,
  explanation: NewExplanation,
  supersedes: number[] = [],
): Promise<number> {
  const at = explanation.at.toISOString();
  return store.db.transaction().execute(async (trx) => {
    if (supersedes.length > 0) {
      await trx
        .updateTable('explanations')
        .set({ withdrawn_at: at, withdrawn_by: explanation.author })
        .where('id', 'in', supersedes)
        .where('municipality_code', '=', explanation.municipality)
        .where('withdrawn_at', 'is', null)
        .execute();
    }
    const row = await trx
      .insertInto('explanations')
      .values({
        municipality_code: explanation.municipality,
        theme: explanation.theme,
        text: explanation.text,
        end_date: explanation.endDate,
        reference_date: explanation.referenceDate,
        fingerprint: explanation.fingerprint,
        author_email: explanation.author,
        created_at: at,
        withdrawn_at: null,
        withdrawn_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  });
}

/** Withdraws one explanation of `municipality`; false when there is no such live one. */
export async function withdrawExplanation(
  store: Store,
  target: { id: number; municipality: string; by: string; at: Date },
): Promise<StoredExplanation | null> {
  const result = await store.db
    .updateTable('explanations')
    .set({ withdrawn_at: target.at.toISOString(), withdrawn_by: target.by })
    .where('id', '=', target.id)
    .where('municipality_code', '=', target.municipality)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  const row = await store.db
    .selectFrom('explanations')
    .selectAll()
    .where('id', '=', target.id)
    .executeTakeFirstOrThrow();
  return fromRow(row);
}

/** Every explanation of `municipality`, newest first. */
export async function listExplanations(
  store: Store,
  municipality: string,
): Promise<StoredExplanation[]> {
  const rows = await store.db
    .selectFrom('explanations')
    .selectAll()
    .where('municipality_code', '=', municipality)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(fromRow);
}

function fromRow(row: Selectable<ExplanationsTable>): StoredExplanation {
  return {
    id: Number(row.id),
    municipality: row.municipality_code,
    theme: row.theme,
    text: row.text,
    endDate: row.end_date,
    referenceDate: row.reference_date,
    fingerprint: row.fingerprint,
    author: row.author_email,
    createdAt: row.created_at,
    withdrawnAt: row.withdrawn_at,
    withdrawnBy: row.withdrawn_by,
  };
}
