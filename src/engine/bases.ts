/**
 * The municipalities behind each figure's comparison: the set whose size is the comparison's
 * `basis`. The history compares these sets between two quarters, since a mean over the same
 * number of municipalities may still be over different ones (a merger, new survey
 * participants). Each case mirrors the section builder that computed the mean or count.
 */
import type { Figure } from '../report/model.ts';
import type { MunicipalityCode } from '../sources/tables.ts';
import { type BaseContext, factsOf, peersOf } from './context.ts';
import { AUDIENCES, type MaturityNational } from './maturity.ts';
import { DOMAINS, FACILITIES, type NationalFacilitiesNational } from './national-facilities.ts';
import type { Phone14National } from './phone14.ts';
import { INDICATORS, type SatisfactionNational, SURVEYS } from './satisfaction.ts';

export type Members = ReadonlySet<MunicipalityCode>;

export interface BasisSources {
  base: BaseContext;
  maturity: MaturityNational;
  satisfaction: SatisfactionNational;
  phone14: Phone14National;
  nationalFacilities: NationalFacilitiesNational;
}

const NONE: Members = new Set();

/** Codes of the keys `prefix|code` of a map. */
function reportedFor(map: Map<string, unknown>, prefix: string): Members {
  const codes = new Set<MunicipalityCode>();
  for (const key of map.keys()) {
    if (key.startsWith(`${prefix}|`)) codes.add(key.slice(prefix.length + 1));
  }
  return codes;
}

function maturityMembers(sources: BasisSources, id: string): Members {
  const spec = AUDIENCES.find((a) => id === `volwassenheid_${a.suffix}`);
  return sources.maturity.participants.get(spec ? spec.audience : 'all') ?? NONE;
}

function satisfactionMembers(sources: BasisSources, id: string): Members {
  for (const survey of SURVEYS) {
    for (const indicator of INDICATORS) {
      if (id !== `${survey.id}_${indicator.id}`) continue;
      const scores = sources.satisfaction.scores.get(`${survey.survey}|${indicator.indicator}`);
      return new Set(scores?.keys() ?? []);
    }
  }
  return NONE;
}

function nationalFacilityMembers(sources: BasisSources, id: string): Members {
  const national = sources.nationalFacilities;
  const facility = FACILITIES.find((f) => f.id === id);
  if (facility) return reportedFor(national.connected, facility.facility);
  const domain = DOMAINS.find((d) => id.startsWith(`ggk_${d.id}_`));
  return domain ? reportedFor(national.hub, domain.domain) : NONE;
}

/**
 * `basisMembers` for one engine, remembered per figure (and per peer group for a peer mean):
 * the sets are the same for every municipality's report, and a history asks for each one
 * from every report.
 */
export function rememberedBasisMembers(
  sources: BasisSources,
): (code: MunicipalityCode, figure: Figure) => Members | null {
  const known = new Map<string, Members | null>();
  return (code, figure) => {
    const peer = figure.comparison?.kind === 'peer-mean';
    const key = peer ? `${figure.id}|${factsOf(sources.base, code).stars}` : figure.id;
    if (!known.has(key)) known.set(key, basisMembers(sources, code, figure));
    return known.get(key) ?? null;
  };
}

/**
 * The municipalities behind `figure`'s comparison in `code`'s report, or null when the
 * comparison is a norm or there is none.
 *
 * @example basisMembers(sources, 'GM0441', figure).size === figure.comparison?.basis
 */
export function basisMembers(
  sources: BasisSources,
  code: MunicipalityCode,
  figure: Figure,
): Members | null {
  if (figure.comparison === null || figure.comparison.basis === null) return null;
  if (figure.comparison.kind === 'peer-mean') {
    return new Set(peersOf(sources.base, factsOf(sources.base, code)).map((f) => f.code));
  }
  switch (figure.section) {
    case '1.1':
      return maturityMembers(sources, figure.id);
    case '1.2':
      return satisfactionMembers(sources, figure.id);
    case '1.4':
      return new Set(sources.phone14.status.keys());
    case '3.1':
    case '3.2':
    case '3.3':
    case '3.4':
    case '3.5':
      return nationalFacilityMembers(sources, figure.id);
    default:
      // 1.3 and 2.1 compare with every municipality in the register.
      return new Set(sources.base.registerByCode.keys());
  }
}
