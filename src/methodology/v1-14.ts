/**
 * Methodology version 1.14, the version of the 2017 Schagen report. Every threshold and rule
 * of `shared/spec/methodology.md`, including its marked decisions, is a value here.
 */
import type { Methodology } from './types.ts';

const aboveMeanIsOk = { above: 'ok', equal: 'attention', below: 'not ok' } as const;
const belowMeanIsOk = { above: 'attention', equal: 'attention', below: 'ok' } as const;

const catalogueSource = {
  source: 'Softwarecatalogus',
  refresh: 'dagelijks',
  shownAs: 'day',
} as const;

export const methodology114: Methodology = {
  version: '1.14',
  effectiveFrom: '2016-12-01',
  maturity: {
    opportunityLevels: [0, 33],
    bestLevel: 100,
    eFormsComponentName: 'e-Formulieren',
    rule: aboveMeanIsOk,
  },
  satisfaction: { rule: aboveMeanIsOk },
  facilities: { rule: aboveMeanIsOk },
  phone14: { operational: 'ok', technicallyConnected: 'attention', notConnected: 'not ok' },
  catalogue: {
    inUseStatuses: ['in productie', 'uit te faseren'],
    productionStatus: 'in productie',
    stars: {
      componentsLow: 1,
      componentsHigh: 41,
      plannedStatuses: ['gepland', 'uit te faseren'],
      plannedMinimum: 10,
      couplingsMinimum: 10,
      recentChangeDays: 90,
    },
    use: {
      componentsMoreThan: 40,
      recentChangeDays: 90,
      bothMet: 'ok',
      oneMet: 'attention',
      noneMet: 'not ok',
    },
    gateFewerThan: 40,
    changeNormDays: 90,
    duplicatesRule: belowMeanIsOk,
    replaceNorm: 0,
    replaceRule: { above: 'not ok', equal: 'ok', below: 'ok' },
    standardsRule: { above: 'ok', equal: 'attention', below: 'attention', zero: 'not ok' },
    saasOffers: ['saas', 'beide'],
    saasRule: belowMeanIsOk,
  },
  nationalFacilities: { connected: 'ok', notConnected: 'not ok' },
  dataHub: { active: 'ok', inactive: 'not ok' },
  display: {
    percent: 0,
    count: 0,
    satisfaction: 1,
    portfolioManagementMean: 1,
    facilitiesNationalMean: 1,
    duplicatesPeerMean: 1,
    standardsPeerMean: 1,
    saasPeerMean: 0,
    packagesMean: 0,
    couplingsMean: 0,
  },
  sources: {
    gemeenten: { source: 'CBS (gemeentelijke indeling)', refresh: 'jaarlijks', shownAs: 'year' },
    referentiecomponenten: catalogueSource,
    standaarden: catalogueSource,
    pakketversies: catalogueSource,
    gemeente_pakketversies: catalogueSource,
    koppelingen: catalogueSource,
    gemeente_profielen: catalogueSource,
    digitale_volwassenheid: {
      source: 'Onderzoek digitale volwassenheid (BZK), onderzoeksjaar',
      refresh: 'jaarlijks',
      shownAs: 'year',
    },
    peilingen: {
      source: 'Waarstaatjegemeente.nl (Burgerpeiling en Ondernemerspeiling)',
      refresh: 'maandelijks',
      shownAs: 'month',
    },
    telefonie14: { source: 'Voortgangsrapportage 14+', refresh: 'per kwartaal', shownAs: 'month' },
    landelijke_voorzieningen: {
      source: 'Maandrapportages landelijke voorzieningen (Logius, KvK)',
      refresh: 'maandelijks',
      shownAs: 'month',
    },
    ggk: {
      source: 'Gemeentelijk Gegevensknooppunt (GGk)',
      refresh: 'maandelijks',
      shownAs: 'month',
    },
  },
};
