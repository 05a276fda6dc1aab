/**
 * The engine: pure functions from the source tables as they stood on a reference date and a
 * methodology version to one municipality's report model. National and peer figures are
 * computed once per engine and shared by every municipality's report. No clock, no I/O.
 */
import type { Methodology } from '../methodology/types.ts';
import { formatShortDate } from '../report/format.ts';
import type { Figure, HelpEntry, Report, TileGroup, TileGroupId } from '../report/model.ts';
import type { IsoDate, MunicipalityCode, SourceImports, SourceTables } from '../sources/tables.ts';
import { describeRatings, describeSources, describeVersions } from './appendices.ts';
import { type Members, rememberedBasisMembers } from './bases.ts';
import { buildCatalogueUse, prepareCatalogueUse } from './catalogue-use.ts';
import { type BaseContext, buildBaseContext, factsOf } from './context.ts';
import { buildFacilities, prepareFacilities } from './facilities.ts';
import { buildInformation, prepareInformation } from './information.ts';
import { buildMaturity, prepareMaturity } from './maturity.ts';
import { buildNationalFacilities, prepareNationalFacilities } from './national-facilities.ts';
import { peerTotalsOf, preparePeers } from './peers.ts';
import { buildPhone14, preparePhone14 } from './phone14.ts';
import { buildSatisfaction, prepareSatisfaction } from './satisfaction.ts';
import type { SectionDraft } from './section.ts';

export interface EngineInput {
  tables: SourceTables;
  imports: SourceImports;
  referenceDate: IsoDate;
  methodology: Methodology;
  /** Help entries (contacts, links) from the monitor team's settings. */
  help: HelpEntry[];
}

export interface Engine {
  referenceDate: IsoDate;
  /** Municipalities in the register at the reference date, by code. */
  municipalities: { code: MunicipalityCode; name: string }[];
  /** Throws `UnknownMunicipalityError` when the code is not in the register at that date. */
  report(code: MunicipalityCode): Report;
  /**
   * The municipalities behind a figure's comparison in `code`'s report (its `basis` as a
   * set), or null for a norm or no comparison. The history compares these between quarters.
   */
  basisMembers(code: MunicipalityCode, figure: Figure): Members | null;
}

export class UnknownMunicipalityError extends Error {
  constructor(
    readonly code: string,
    referenceDate: IsoDate,
  ) {
    super(
      `Gemeente ${code} staat niet in het gemeentenregister op ${formatShortDate(referenceDate)}.`,
    );
  }
}

const GROUP_TITLES: Record<TileGroupId, string> = {
  dienstverlening: '(Digitale) dienstverlening',
  informatievoorziening: 'Informatievoorziening',
  'landelijke-voorzieningen': 'Gebruik landelijke voorzieningen',
};

function prepareNational(base: BaseContext) {
  const peers = preparePeers(base);
  return {
    peers,
    maturity: prepareMaturity(base),
    satisfaction: prepareSatisfaction(base),
    facilities: prepareFacilities(base),
    phone14: preparePhone14(base),
    catalogue: prepareCatalogueUse(base),
    information: prepareInformation(base, peers),
    nationalFacilities: prepareNationalFacilities(base),
  };
}

function summarise(drafts: SectionDraft[]): TileGroup[] {
  const groups = new Map<TileGroupId, TileGroup>();
  for (const id of Object.keys(GROUP_TITLES) as TileGroupId[]) {
    groups.set(id, { id, title: GROUP_TITLES[id], tiles: [] });
  }
  for (const { group, tile } of drafts.flatMap((d) => d.tiles)) groups.get(group)?.tiles.push(tile);
  return [...groups.values()];
}

export function createEngine(input: EngineInput): Engine {
  const { methodology, referenceDate } = input;
  const base = buildBaseContext(input.tables, methodology, referenceDate);
  const national = prepareNational(base);
  const appendices = {
    ratings: describeRatings(methodology),
    sources: describeSources(methodology, input.imports),
    versions: describeVersions(methodology),
  };
  const imports = Object.values(input.imports);

  function report(code: MunicipalityCode): Report {
    const municipality = base.registerByCode.get(code);
    if (!municipality) throw new UnknownMunicipalityError(code, referenceDate);
    const facts = factsOf(base, code);
    const peers = peerTotalsOf(national.peers, facts);
    const drafts = [
      buildMaturity(base, national.maturity, code),
      buildSatisfaction(base, national.satisfaction, code),
      buildFacilities(base, national.facilities, code),
      buildPhone14(base, national.phone14, code),
      buildCatalogueUse(base, national.catalogue, code),
      ...buildInformation(base, national.information, code),
      ...buildNationalFacilities(base, national.nationalFacilities, code),
    ];
    return {
      schemaVersion: 1,
      municipality: { code, name: municipality.name, province: municipality.province },
      referenceDate,
      referenceDateText: formatShortDate(referenceDate),
      methodology: { version: methodology.version, effectiveFrom: methodology.effectiveFrom },
      imports,
      nationalBasis: base.register.length,
      peerGroup: { stars: facts.stars, size: peers.size },
      stars: { stars: facts.stars, criteria: facts.starCriteria },
      summary: summarise(drafts),
      sections: drafts.map((d) => d.section),
      appendices,
      help: input.help,
    };
  }

  return {
    referenceDate,
    municipalities: base.register.map((m) => ({ code: m.code, name: m.name })),
    report,
    basisMembers: rememberedBasisMembers({ base, ...national }),
  };
}
