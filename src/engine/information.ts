/**
 * 2.2 to 2.5: duplicate functionality, packages to replace, use of standards and relief
 * through SaaS. Each is rated against its peer group or norm, unless the gate of 2.1 applies;
 * a gated theme still shows its figures and table, rated no data with the reason.
 */

import { formatShortDate } from '../report/format.ts';
import type { Rating, TileGroupId } from '../report/model.ts';
import type { MunicipalityCode, PackageVersionRow } from '../sources/tables.ts';
import { type CatalogueFacts, saasOpportunities } from './catalogue.ts';
import { gateReason } from './catalogue-use.ts';
import { type BaseContext, compareNames, factsOf } from './context.ts';
import { compareFractions, fraction } from './fraction.ts';
import { countMeasure, decimalMeasure } from './measure.ts';
import {
  duplicateComponents,
  type PeerTotals,
  type PeerTotalsByStars,
  peerLabel,
  peerTotalsOf,
  registeredStandards,
} from './peers.ts';
import { rateComparison } from './rate.ts';
import { comparison, figure, type SectionDraft, table, tileFor } from './section.ts';

const GROUP: TileGroupId = 'informatievoorziening';
const SAAS_OFFER_TEXT = 'Dienst - Software as a Service (SAAS)';

export interface InformationNational {
  peers: PeerTotalsByStars;
  /** Municipalities running each package version as SaaS. */
  saasUsers: Map<string, number>;
}

export function prepareInformation(
  base: BaseContext,
  peers: PeerTotalsByStars,
): InformationNational {
  const users = new Map<string, Set<MunicipalityCode>>();
  const inUse: readonly string[] = base.methodology.catalogue.inUseStatuses;
  for (const row of base.tables.gemeente_pakketversies) {
    if (row.technology !== 'saas' || !inUse.includes(row.status)) continue;
    if (!base.registerByCode.has(row.municipality)) continue;
    users.set(
      row.packageVersionId,
      (users.get(row.packageVersionId) ?? new Set()).add(row.municipality),
    );
  }
  return { peers, saasUsers: new Map([...users].map(([id, set]) => [id, set.size])) };
}

export function versionLabel(version: PackageVersionRow): string {
  return `${version.packageName} ${version.version}`;
}

function gated(rating: Rating, reason: string | null): Rating {
  return reason === null ? rating : 'no data';
}

function peerMean(total: number, peers: PeerTotals) {
  return fraction(total, Math.max(peers.size, 1));
}

function buildDuplicates(
  base: BaseContext,
  facts: CatalogueFacts,
  peers: PeerTotals,
  gate: string | null,
) {
  const digits = base.methodology.display.duplicatesPeerMean;
  const ids = duplicateComponents(facts);
  const mean = peerMean(peers.duplicates, peers);
  const shown = figure(
    '2.2',
    'dubbele_functionaliteit',
    'Referentiecomponenten met meer dan één pakketversie',
    countMeasure(ids.length),
    comparison('peer-mean', decimalMeasure(mean, digits), peers.size, peerLabel(peers)),
    gated(
      rateComparison(fraction(ids.length), mean, base.methodology.catalogue.duplicatesRule),
      gate,
    ),
    gate,
  );
  const rows = ids
    .map((id) => ({
      name: base.components.get(id)?.name ?? id,
      count: facts.inUseByComponent.get(id)?.size ?? 0,
      mean: peerMean(peers.versionsPerComponent.get(id) ?? 0, peers),
    }))
    .sort(
      (a, b) =>
        b.count - a.count || compareFractions(b.mean, a.mean) || compareNames(a.name, b.name),
    );
  const shownTable = table(
    '2.2',
    'dubbele_functionaliteit',
    'Pakketversies per referentiecomponent',
    [
      ['Referentiecomponent', false],
      ['Pakketversies', true],
      [peerLabel(peers), true],
    ],
    rows.map((r) => [r.name, String(r.count), decimalMeasure(r.mean, digits).text]),
    'Uw gemeente heeft geen referentiecomponenten met meer dan één pakketversie in gebruik.',
  );
  return { shown, shownTable };
}

function buildReplace(base: BaseContext, facts: CatalogueFacts, gate: string | null) {
  const rules = base.methodology.catalogue;
  const expired = [...facts.productionVersions]
    .map((id) => base.versions.get(id))
    .filter((v): v is PackageVersionRow => v?.endOfSupport != null)
    .filter((v) => (v.endOfSupport as string) < base.referenceDate)
    .sort(
      (a, b) =>
        (a.endOfSupport as string).localeCompare(b.endOfSupport as string) ||
        compareNames(versionLabel(a), versionLabel(b)),
    );
  const shown = figure(
    '2.3',
    'te_vervangen',
    'Pakketversies in productie zonder ondersteuning van de leverancier',
    countMeasure(expired.length),
    comparison('norm', countMeasure(rules.replaceNorm), null),
    gated(
      rateComparison(fraction(expired.length), fraction(rules.replaceNorm), rules.replaceRule),
      gate,
    ),
    gate,
  );
  const shownTable = table(
    '2.3',
    'te_vervangen',
    'Te vervangen pakketversies (einde ondersteuning door de leverancier)',
    [
      ['Pakketversie', false],
      ['Leverancier', false],
      ['Einde ondersteuning', true],
    ],
    expired.map((v) => [versionLabel(v), v.supplier, formatShortDate(v.endOfSupport as string)]),
    'Alle pakketversies in productie worden nog door de leverancier ondersteund.',
  );
  return { shown, shownTable };
}

function buildStandards(
  base: BaseContext,
  facts: CatalogueFacts,
  peers: PeerTotals,
  gate: string | null,
) {
  const count = registeredStandards(base, facts);
  const mean = peerMean(peers.standards, peers);
  const shown = figure(
    '2.4',
    'standaarden',
    'Standaarden opgevoerd bij koppelingen',
    countMeasure(count),
    comparison(
      'peer-mean',
      decimalMeasure(mean, base.methodology.display.standardsPeerMean),
      peers.size,
      peerLabel(peers),
    ),
    gated(rateComparison(fraction(count), mean, base.methodology.catalogue.standardsRule), gate),
    gate,
  );
  const byName = [...base.standards].sort((a, b) => compareNames(a.name, b.name));
  const registered = (id: string) => facts.registeredStandards.has(id);
  const status = [
    ...byName.filter((s) => !registered(s.id)),
    ...byName.filter((s) => registered(s.id)),
  ];
  const compliant = (id: string) =>
    [...facts.inUseVersions].filter((v) => base.versions.get(v)?.compliantStandardIds.includes(id))
      .length;
  const tables = [
    table(
      '2.4',
      'gebruik_standaarden',
      'Gebruik van standaarden',
      [
        ['Standaard', false],
        ['Status bij uw gemeente', false],
      ],
      status.map((s) => [
        s.name,
        registered(s.id) ? 'Standaard opgevoerd' : 'Geen standaard opgevoerd',
      ]),
      'Er zijn geen standaarden bekend.',
    ),
    table(
      '2.4',
      'beschikbare_standaarden',
      'Beschikbare standaarden',
      [
        ['Standaard', false],
        ['Compliant pakketversies', true],
        ['Nodig', true],
      ],
      byName.map((s) => [s.name, String(compliant(s.id)), String(s.requiredCount)]),
      'Er zijn geen standaarden bekend.',
    ),
  ];
  return { shown, tables };
}

function buildSaas(
  base: BaseContext,
  national: InformationNational,
  facts: CatalogueFacts,
  peers: PeerTotals,
  gate: string | null,
) {
  const opportunities = saasOpportunities(facts, base.versions, base.methodology).sort((a, b) =>
    compareNames(versionLabel(a), versionLabel(b)),
  );
  const mean = peerMean(peers.saas, peers);
  const shown = figure(
    '2.5',
    'saas',
    'Pakketversies on-premise die ook als SaaS worden aangeboden',
    countMeasure(opportunities.length),
    comparison(
      'peer-mean',
      decimalMeasure(mean, base.methodology.display.saasPeerMean),
      peers.size,
      peerLabel(peers),
    ),
    gated(
      rateComparison(fraction(opportunities.length), mean, base.methodology.catalogue.saasRule),
      gate,
    ),
    gate,
  );
  const shownTable = table(
    '2.5',
    'saas',
    'Kansen om te ontzorgen met SaaS',
    [
      ['Pakketversie', false],
      ['Technologie bij uw gemeente', false],
      ['Aanbod van de leverancier', false],
      ['Gemeenten die het als SaaS gebruiken', true],
    ],
    opportunities.map((v) => [
      versionLabel(v),
      'On-premise',
      SAAS_OFFER_TEXT,
      String(national.saasUsers.get(v.id) ?? 0),
    ]),
    'Uw gemeente gebruikt geen pakketversies on-premise die ook als SaaS worden aangeboden.',
  );
  return { shown, shownTable };
}

export function buildInformation(
  base: BaseContext,
  national: InformationNational,
  code: MunicipalityCode,
): SectionDraft[] {
  const facts = factsOf(base, code);
  const peers = peerTotalsOf(national.peers, facts);
  const gate = gateReason(base, facts);
  const duplicates = buildDuplicates(base, facts, peers, gate);
  const replace = buildReplace(base, facts, gate);
  const standards = buildStandards(base, facts, peers, gate);
  const saas = buildSaas(base, national, facts, peers, gate);
  const notes = gate === null ? [] : [gate];
  return [
    {
      section: {
        id: '2.2',
        title: 'Dubbele functionaliteit',
        figures: [duplicates.shown],
        tables: [duplicates.shownTable],
        notes,
      },
      tiles: [
        tileFor(GROUP, 'dubbele_functionaliteit', 'Dubbele functionaliteit', duplicates.shown),
      ],
    },
    {
      section: {
        id: '2.3',
        title: 'Te vervangen pakketten',
        figures: [replace.shown],
        tables: [replace.shownTable],
        notes,
      },
      tiles: [tileFor(GROUP, 'te_vervangen', 'Te vervangen pakketten', replace.shown)],
    },
    {
      section: {
        id: '2.4',
        title: 'Gebruik standaarden',
        figures: [standards.shown],
        tables: standards.tables,
        notes,
      },
      tiles: [tileFor(GROUP, 'standaarden', 'Gebruik standaarden', standards.shown)],
    },
    {
      section: {
        id: '2.5',
        title: 'Ontzorgen met SaaS',
        figures: [saas.shown],
        tables: [saas.shownTable],
        notes,
      },
      tiles: [tileFor(GROUP, 'saas', 'Ontzorgen met SaaS', saas.shown)],
    },
  ];
}
