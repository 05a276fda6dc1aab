/** The open-data API's table as Kysely sees it (migration 009-api-tokens). Times are ISO UTC. */
import type { Generated } from 'kysely';

export interface ApiTokensTable {
  id: Generated<number>;
  /** sha256 (hex) of the token; the token itself is never stored. */
  token_hash: string;
  /** What the team calls it, e.g. `CBS-koppeling`. */
  name: string;
  /** The team member who made it; the token sees what they see, while they are on the team. */
  owner: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}
