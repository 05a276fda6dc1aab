/**
 * 2.1 Use and completeness of the software catalogue: the star score, six figures against
 * their national figure, the tile rating, and the gate that tiles 2.2 to 2.5 depend on.
 */

import { formatCount, formatYesNo } from '../report/format.ts';
import type { Measure, Rating } from '../report/model.ts';
import type { MunicipalityCode } from '../sources/tables.ts';
import { type CatalogueFacts, filledComponents, isRecentlyChanged } from './catalogue.ts';
import { type BaseContext, factsOf } from './context.ts';
import { fraction } from './fraction.ts';
import {
  countMeasure,
  decimalMeasure,
  noDataMeasure,
  percentMeasure,
  textMeasure,
} from './measure.ts';
import { comparison, figure, type SectionDraft, tileFor } from './section.ts';

export interface CatalogueNational {
  municipalities: number;
  componentCount: number;
  packages: number;
  filled: number;
  couplings: number;
  portfolioManagement: number;
  withoutContact: number;
}

export function prepareCatalogueUse(base: BaseContext): CatalogueNational {
  const all = [...base.catalogue.values()];
  const sum = (pick: (f: CatalogueFacts) => number) => all.reduce((s, f) => s + pick(f), 0);
  return {
    municipalities: all.length,
    componentCount: base.components.size,
    packages: sum((f) => f.packagesRegistered),
    filled: sum(filledComponents),
    couplings: sum((f) => f.couplings),
    portfolioManagement: sum((f) => f.portfolioManagement),
    withoutContact: all.filter((f) => !f.contactPerson).length,
  };
}

/** Why tiles 2.2 to 2.5 rate no data for this municipality, or null when they are rated. */
export function gateReason(base: BaseContext, facts: CatalogueFacts): string | null {
  if (base.catalogueMissing !== null) return base.catalogueMissing;
  const threshold = base.methodology.catalogue.gateFewerThan;
  if (filledComponents(facts) >= threshold) return null;
  return (
    `Uw gemeente heeft minder dan ${threshold} referentiecomponenten gevuld (met een ` +
    'pakketversie in productie of uit te faseren). Er is te weinig bekend om dit thema te ' +
    'beoordelen.'
  );
}

export function rateCatalogueUse(base: BaseContext, facts: CatalogueFacts): Rating {
  const use = base.methodology.catalogue.use;
  if (!facts.hasAccount) return use.noneMet;
  const met = [
    filledComponents(facts) > use.componentsMoreThan,
    isRecentlyChanged(facts, use.recentChangeDays),
  ].filter(Boolean).length;
  return met === 2 ? use.bothMet : met === 1 ? use.oneMet : use.noneMet;
}

function nationalMean(national: CatalogueNational, total: number, digits: number): Measure {
  return decimalMeasure(fraction(total, Math.max(national.municipalities, 1)), digits);
}

export function buildCatalogueUse(
  base: BaseContext,
  national: CatalogueNational,
  code: MunicipalityCode,
): SectionDraft {
  const display = base.methodology.display;
  const facts = factsOf(base, code);
  const filled = filledComponents(facts);
  const basis = national.municipalities;
  const mean = (total: number, digits: number) =>
    comparison('national-mean', nationalMean(national, total, digits), basis);
  const components = Math.max(national.componentCount, 1);
  const days = facts.daysSinceChange;

  const figures = [
    figure('2.1', 'sterren', 'Sterscore', countMeasure(facts.stars), null, null),
    figure(
      '2.1',
      'pakketten',
      'Pakketten in de Softwarecatalogus',
      countMeasure(facts.packagesRegistered),
      mean(national.packages, display.packagesMean),
      null,
    ),
    figure(
      '2.1',
      'referentiecomponenten',
      'Referentiecomponenten gevuld',
      percentMeasure(fraction(filled * 100, components), display.percent),
      comparison(
        'national-mean',
        percentMeasure(fraction(national.filled * 100, components * basis), display.percent),
        basis,
      ),
      null,
    ),
    figure(
      '2.1',
      'koppelingen',
      'Opgevoerde koppelingen',
      countMeasure(facts.couplings),
      mean(national.couplings, display.couplingsMean),
      null,
    ),
    figure(
      '2.1',
      'periode_zonder_wijzigingen',
      'Dagen sinds de laatste wijziging',
      days === null ? noDataMeasure() : countMeasure(days),
      comparison('norm', countMeasure(base.methodology.catalogue.changeNormDays), null),
      null,
    ),
    figure(
      '2.1',
      'contactgegevens',
      'Contactpersoon opgegeven',
      textMeasure(formatYesNo(facts.contactPerson)),
      comparison(
        'national-count',
        countMeasure(national.withoutContact),
        basis,
        'Aantal gemeenten zonder contactpersoon',
      ),
      null,
    ),
    figure(
      '2.1',
      'applicatieportfoliomanagement',
      'Applicatieportfoliomanagement (pakketversies niet in productie)',
      countMeasure(facts.portfolioManagement),
      mean(national.portfolioManagement, display.portfolioManagementMean),
      null,
    ),
  ];

  const tileFigure = figure(
    '2.1',
    'gebruik_vulling',
    'Gebruik en vulling Softwarecatalogus',
    textMeasure(
      `${formatCount(filled)} referentiecomponenten, ` +
        (days === null ? 'geen wijzigingsdatum' : `${formatCount(days)} dagen`),
    ),
    null,
    base.catalogueMissing === null ? rateCatalogueUse(base, facts) : 'no data',
    base.catalogueMissing ??
      (facts.hasAccount ? null : 'Uw gemeente heeft geen account op de Softwarecatalogus.'),
  );
  const gate = gateReason(base, facts);
  return {
    section: {
      id: '2.1',
      title: 'Gebruik en vulling Softwarecatalogus',
      figures: [...figures, tileFigure],
      tables: [],
      notes: gate === null ? [] : [gate],
    },
    tiles: [
      tileFor(
        'informatievoorziening',
        'gebruik_vulling',
        'Gebruik en vulling softwarecatalogus',
        tileFigure,
      ),
    ],
  };
}
