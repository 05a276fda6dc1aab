/**
 * Peer-group sums: for each star score, the totals behind the peer means of 2.2, 2.4 and 2.5.
 * Computed once per star score and shared by every municipality in that group.
 */
import { type CatalogueFacts, saasOpportunities } from './catalogue.ts';
import type { BaseContext } from './context.ts';

export interface PeerTotals {
  stars: number;
  size: number;
  duplicates: number;
  standards: number;
  saas: number;
  /** Sum over the peers of their in-use versions per reference component. */
  versionsPerComponent: Map<string, number>;
}

export function duplicateComponents(facts: CatalogueFacts): string[] {
  return [...facts.inUseByComponent].filter(([, versions]) => versions.size > 1).map(([id]) => id);
}

export function registeredStandards(base: BaseContext, facts: CatalogueFacts): number {
  return base.standards.filter((s) => facts.registeredStandards.has(s.id)).length;
}

function totalsFor(base: BaseContext, stars: number, peers: CatalogueFacts[]): PeerTotals {
  const totals: PeerTotals = {
    stars,
    size: peers.length,
    duplicates: 0,
    standards: 0,
    saas: 0,
    versionsPerComponent: new Map(),
  };
  for (const facts of peers) {
    totals.duplicates += duplicateComponents(facts).length;
    totals.standards += registeredStandards(base, facts);
    totals.saas += saasOpportunities(facts, base.versions, base.methodology).length;
    for (const [component, versions] of facts.inUseByComponent) {
      const sum = totals.versionsPerComponent.get(component) ?? 0;
      totals.versionsPerComponent.set(component, sum + versions.size);
    }
  }
  return totals;
}

export type PeerTotalsByStars = Map<number, PeerTotals>;

export function preparePeers(base: BaseContext): PeerTotalsByStars {
  return new Map(
    [...base.peers].map(([stars, peers]) => [stars, totalsFor(base, stars, peers)] as const),
  );
}

export function peerTotalsOf(peers: PeerTotalsByStars, facts: CatalogueFacts): PeerTotals {
  const totals = peers.get(facts.stars);
  if (!totals) throw new Error(`No peer group for ${facts.stars} stars`);
  return totals;
}

export function peerLabel(totals: PeerTotals): string {
  const stars = totals.stars === 1 ? '1 ster' : `${totals.stars} sterren`;
  return `Gemiddelde gemeenten met ${stars}`;
}
