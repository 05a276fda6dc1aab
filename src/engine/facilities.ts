/**
 * 1.3 Digital-services facilities: how many of the reference components marked for digital
 * services have a package in use, against the national mean, with the national share of each.
 */

import { formatPercent } from '../report/format.ts';
import type { MunicipalityCode, ReferenceComponentRow } from '../sources/tables.ts';
import { type BaseContext, compareNames, factsOf } from './context.ts';
import { fraction } from './fraction.ts';
import { countMeasure, decimalMeasure, NO_VALUE_TEXT } from './measure.ts';
import { rateComparison } from './rate.ts';
import { comparison, figure, type SectionDraft, table, tileFor } from './section.ts';

export interface FacilitiesNational {
  /** The marked components, most used first, with the number of municipalities using each. */
  components: { component: ReferenceComponentRow; users: number }[];
  total: number;
}

export function prepareFacilities(base: BaseContext): FacilitiesNational {
  const marked = [...base.components.values()].filter((c) => c.digitalServices);
  const components = marked
    .map((component) => ({
      component,
      users: [...base.catalogue.values()].filter((f) => f.inUseByComponent.has(component.id))
        .length,
    }))
    .sort((a, b) => b.users - a.users || compareNames(a.component.name, b.component.name));
  return { components, total: components.reduce((sum, c) => sum + c.users, 0) };
}

export function buildFacilities(
  base: BaseContext,
  national: FacilitiesNational,
  code: MunicipalityCode,
): SectionDraft {
  const facts = factsOf(base, code);
  const municipalities = base.register.length;
  const own = national.components.filter((c) => facts.inUseByComponent.has(c.component.id));
  const nationalMean = fraction(national.total, Math.max(municipalities, 1));
  const shown = figure(
    '1.3',
    'voorzieningen',
    `Voorzieningen voor digitale dienstverlening in gebruik (van de ${national.components.length})`,
    countMeasure(own.length),
    comparison(
      'national-mean',
      decimalMeasure(nationalMean, base.methodology.display.facilitiesNationalMean),
      municipalities,
    ),
    base.catalogueMissing === null
      ? rateComparison(fraction(own.length), nationalMean, base.methodology.facilities.rule)
      : 'no data',
    base.catalogueMissing,
  );
  const rows = national.components.map(({ component, users }) => [
    component.name,
    facts.inUseByComponent.has(component.id) ? 'In gebruik' : NO_VALUE_TEXT,
    formatPercent(
      fraction(users * 100, Math.max(municipalities, 1)),
      base.methodology.display.percent,
    ),
  ]);
  return {
    section: {
      id: '1.3',
      title: 'Voorzieningen voor digitale dienstverlening',
      figures: [shown],
      tables: [
        table(
          '1.3',
          'voorzieningen',
          'Voorzieningen voor digitale dienstverlening bij uw gemeente',
          [
            ['Referentiecomponent', false],
            ['Status bij uw gemeente', false],
            ['Landelijk gebruik', true],
          ],
          rows,
          'De methodiek wijst geen referentiecomponenten voor digitale dienstverlening aan.',
        ),
      ],
      notes: [],
    },
    tiles: [
      tileFor('dienstverlening', 'voorzieningen', 'Digitale dienstverleningsvoorzieningen', shown),
    ],
  };
}
