/**
 * What the catalogue moves need to know about package versions: the version before and after
 * each one of the same package, the versions in use per reference component, the supplier's
 * offer, and fresh coupling ids.
 */
import type { DemoDelivery } from './delivery.ts';
import { cellOf, columnOf } from './table.ts';

export interface PackageIndex {
  previous: Map<string, string>;
  next: Map<string, string>;
  /** Package versions municipalities use for a reference component, in first-seen order. */
  usedFor: Map<string, string[]>;
  offer: Map<string, string>;
  standards: string[];
  newCouplingId(): string;
}

export function indexPackages(delivery: DemoDelivery): PackageIndex {
  const versions = delivery.pakketversies;
  const id = columnOf(versions, 'pakketversie_id');
  const supplier = columnOf(versions, 'leverancier');
  const name = columnOf(versions, 'pakket');
  const offerColumn = columnOf(versions, 'aanbod');
  const previous = new Map<string, string>();
  const next = new Map<string, string>();
  const lastOfPackage = new Map<string, string>();
  const offer = new Map<string, string>();
  for (const row of versions.rows) {
    const key = `${cellOf(row, supplier)}|${cellOf(row, name)}`;
    const before = lastOfPackage.get(key);
    if (before !== undefined) {
      previous.set(cellOf(row, id), before);
      next.set(before, cellOf(row, id));
    }
    lastOfPackage.set(key, cellOf(row, id));
    offer.set(cellOf(row, id), cellOf(row, offerColumn));
  }
  return {
    previous,
    next,
    usedFor: usedPerComponent(delivery),
    offer,
    standards: delivery.standaarden.rows.map((row) => cellOf(row, 0)),
    newCouplingId: couplingIds(delivery),
  };
}

function usedPerComponent(delivery: DemoDelivery): Map<string, string[]> {
  const portfolio = delivery.gemeente_pakketversies;
  const version = columnOf(portfolio, 'pakketversie_id');
  const component = columnOf(portfolio, 'referentiecomponent_id');
  const used = new Map<string, Set<string>>();
  for (const row of portfolio.rows) {
    const set = used.get(cellOf(row, component)) ?? new Set<string>();
    set.add(cellOf(row, version));
    used.set(cellOf(row, component), set);
  }
  return new Map([...used].map(([rc, set]) => [rc, [...set]]));
}

/** Ids after the highest `K` number of the delivery: `K03481`, `K03482`, ... */
function couplingIds(delivery: DemoDelivery): () => string {
  const id = columnOf(delivery.koppelingen, 'koppeling_id');
  let last = Math.max(
    0,
    ...delivery.koppelingen.rows.map((row) => Number(cellOf(row, id).slice(1))),
  );
  return () => {
    last += 1;
    return `K${String(last).padStart(5, '0')}`;
  };
}
