/**
 * The explanations table as Kysely sees it (migration 008-explanations). Times are ISO text
 * in UTC, dates ISO `yyyy-mm-dd`.
 */
import type { Generated } from 'kysely';

export interface ExplanationsTable {
  id: Generated<number>;
  municipality_code: string;
  /** The summary tile's id the explanation belongs to. */
  theme: string;
  /** Plain text as the author typed it (trimmed); views escape it. */
  text: string;
  /** Last day the explanation shows. */
  end_date: string;
  /** Reference date of the monitor the author saw when writing. */
  reference_date: string;
  /** Canonical JSON of the theme's figure and rating then (see src/explanations). */
  fingerprint: string;
  author_email: string;
  created_at: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
}
