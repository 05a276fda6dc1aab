/**
 * What the software catalogue says about one municipality: the counts behind section 1.3 and
 * chapter 2, the star score and the gate. Computed once per municipality per engine.
 */
import type { Methodology } from '../methodology/types.ts';
import type { StarCriterion } from '../report/model.ts';
import type {
  CouplingRow,
  IsoDate,
  MunicipalityCode,
  PackageVersionRow,
  PortfolioRow,
  ProfileRow,
} from '../sources/tables.ts';
import { daysBetween } from './dates.ts';

export interface CatalogueFacts {
  code: MunicipalityCode;
  hasAccount: boolean;
  profile: ProfileRow | null;
  /** Distinct package versions in any status. */
  packagesRegistered: number;
  /** Distinct package versions whose status is not the production status. */
  portfolioManagement: number;
  /** Distinct package versions with a planned or phasing-out status (star 3). */
  plannedVersions: number;
  /** In-use package versions per reference component. */
  inUseByComponent: Map<string, Set<string>>;
  /** Distinct in-use package versions. */
  inUseVersions: Set<string>;
  /** In-use versions in production, for section 2.3. */
  productionVersions: Set<string>;
  /** In-use versions run on premise. */
  onPremiseVersions: Set<string>;
  couplings: number;
  registeredStandards: Set<string>;
  daysSinceChange: number | null;
  contactPerson: boolean;
  stars: number;
  starCriteria: StarCriterion[];
}

export interface CatalogueRows {
  portfolio: PortfolioRow[];
  couplings: CouplingRow[];
  profile: ProfileRow | null;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Collects the catalogue facts of one municipality from its own rows. */
export function computeCatalogueFacts(
  code: MunicipalityCode,
  rows: CatalogueRows,
  referenceDate: IsoDate,
  methodology: Methodology,
): CatalogueFacts {
  const rules = methodology.catalogue;
  const registered = new Set<string>();
  const notProduction = new Set<string>();
  const planned = new Set<string>();
  const inUseByComponent = new Map<string, Set<string>>();
  const inUseVersions = new Set<string>();
  const productionVersions = new Set<string>();
  const onPremiseVersions = new Set<string>();

  for (const row of rows.portfolio) {
    registered.add(row.packageVersionId);
    if (row.status !== rules.productionStatus) notProduction.add(row.packageVersionId);
    if (rules.stars.plannedStatuses.includes(row.status)) planned.add(row.packageVersionId);
    if (!rules.inUseStatuses.includes(row.status)) continue;
    addTo(inUseByComponent, row.referenceComponentId, row.packageVersionId);
    inUseVersions.add(row.packageVersionId);
    if (row.status === rules.productionStatus) productionVersions.add(row.packageVersionId);
    if (row.technology === 'on-premise') onPremiseVersions.add(row.packageVersionId);
  }

  const profile = rows.profile;
  const hasAccount = profile?.account === true;
  const lastChange = profile?.lastChange ?? null;
  const facts: CatalogueFacts = {
    code,
    hasAccount,
    profile,
    packagesRegistered: registered.size,
    portfolioManagement: notProduction.size,
    plannedVersions: planned.size,
    inUseByComponent,
    inUseVersions,
    productionVersions,
    onPremiseVersions,
    couplings: rows.couplings.length,
    registeredStandards: new Set(
      rows.couplings.flatMap((c) => (c.standardId === null ? [] : [c.standardId])),
    ),
    // A change dated after the reference date counts as a change on that date.
    daysSinceChange:
      lastChange === null ? null : Math.max(0, daysBetween(lastChange, referenceDate)),
    contactPerson: hasAccount && profile?.contactPerson === true,
    stars: 0,
    starCriteria: [],
  };
  facts.starCriteria = computeStarCriteria(facts, methodology);
  facts.stars = hasStars(facts) ? facts.starCriteria.filter((c) => c.met).length : 0;
  return facts;
}

/** A municipality without an account, or with an account but no packages, has no stars. */
function hasStars(facts: CatalogueFacts): boolean {
  return facts.hasAccount && facts.packagesRegistered > 0;
}

export function filledComponents(facts: CatalogueFacts): number {
  return facts.inUseByComponent.size;
}

export function isRecentlyChanged(facts: CatalogueFacts, days: number): boolean {
  return facts.daysSinceChange !== null && facts.daysSinceChange < days;
}

function computeStarCriteria(facts: CatalogueFacts, methodology: Methodology): StarCriterion[] {
  const stars = methodology.catalogue.stars;
  const filled = filledComponents(facts);
  const eligible = hasStars(facts);
  const criteria: [string, string, boolean][] = [
    [
      'componenten_laag',
      `${stars.componentsLow} of meer referentiecomponenten gevuld`,
      filled >= stars.componentsLow,
    ],
    [
      'componenten_hoog',
      `${stars.componentsHigh} of meer referentiecomponenten gevuld`,
      filled >= stars.componentsHigh,
    ],
    [
      'gepland_of_uitfaseren',
      `Minstens ${stars.plannedMinimum} pakketversies met de status gepland of uit te faseren`,
      facts.plannedVersions >= stars.plannedMinimum,
    ],
    [
      'koppelingen',
      `${stars.couplingsMinimum} of meer koppelingen geregistreerd`,
      facts.couplings >= stars.couplingsMinimum,
    ],
    [
      'recente_wijziging',
      `Laatste wijziging minder dan ${stars.recentChangeDays} dagen voor de peildatum`,
      isRecentlyChanged(facts, stars.recentChangeDays),
    ],
  ];
  return criteria.map(([id, label, met]) => ({ id, label, met: eligible && met }));
}

/** The SaaS opportunities of 2.5: in-use versions run on premise and offered as SaaS. */
export function saasOpportunities(
  facts: CatalogueFacts,
  versions: Map<string, PackageVersionRow>,
  methodology: Methodology,
): PackageVersionRow[] {
  const offers: readonly string[] = methodology.catalogue.saasOffers;
  return [...facts.onPremiseVersions]
    .map((id) => versions.get(id))
    .filter((v): v is PackageVersionRow => v !== undefined && offers.includes(v.offer));
}
