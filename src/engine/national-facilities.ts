/**
 * 3.1 to 3.5: connections to national facilities and activity on the data hub (GGk).
 * A municipality missing from a report has no data, which is not a recorded "no".
 */

import { formatYesNo } from '../report/format.ts';
import type { Rating, SectionId } from '../report/model.ts';
import type {
  DataHubChannel,
  DataHubDomain,
  DataHubRow,
  MunicipalityCode,
  NationalFacility,
} from '../sources/tables.ts';
import type { BaseContext } from './context.ts';
import { countMeasure, noDataMeasure, textMeasure } from './measure.ts';
import { comparison, figure, type SectionDraft, tileFor } from './section.ts';

export const FACILITIES: {
  facility: NationalFacility;
  section: SectionId;
  id: string;
  name: string;
}[] = [
  { facility: 'eherkenning', section: '3.1', id: 'eherkenning', name: 'eHerkenning' },
  {
    facility: 'mijnoverheid berichtenbox',
    section: '3.2',
    id: 'mijnoverheid_berichtenbox',
    name: 'MijnOverheid Berichtenbox',
  },
  { facility: 'handelsregister', section: '3.3', id: 'handelsregister', name: 'Handelsregister' },
  { facility: 'digimelding', section: '3.4', id: 'digimelding', name: 'Digimelding' },
];

export const DOMAINS: { domain: DataHubDomain; id: string; name: string }[] = [
  { domain: 'ijw', id: 'ijw', name: 'iJW' },
  { domain: 'iwmo', id: 'iwmo', name: 'iWMO' },
];

const CHANNEL_TEXT: Record<DataHubChannel, string> = {
  portaal: 'Portaal',
  koppeling: 'Koppeling',
  nvt: 'Niet van toepassing',
};

interface Count {
  reported: number;
  matching: number;
}

const NONE: Count = { reported: 0, matching: 0 };

/** How many municipalities a report names for `prefix`, and how many of them pass `test`. */
function countWhere<T>(map: Map<string, T>, prefix: string, test: (value: T) => boolean): Count {
  let reported = 0;
  let matching = 0;
  for (const [key, value] of map) {
    if (!key.startsWith(`${prefix}|`)) continue;
    reported += 1;
    if (test(value)) matching += 1;
  }
  return { reported, matching };
}

export interface NationalFacilitiesNational {
  connected: Map<string, boolean>;
  hub: Map<string, DataHubRow>;
  /** Municipalities connected, per facility. */
  connectedCounts: Map<NationalFacility, Count>;
  /** Municipalities active, and using an automated coupling, per data hub domain. */
  activeCounts: Map<DataHubDomain, Count>;
  couplingCounts: Map<DataHubDomain, Count>;
}

export function prepareNationalFacilities(base: BaseContext): NationalFacilitiesNational {
  const connected = new Map<string, boolean>();
  for (const row of base.tables.landelijke_voorzieningen) {
    if (base.registerByCode.has(row.municipality)) {
      connected.set(`${row.facility}|${row.municipality}`, row.connected);
    }
  }
  const hub = new Map<string, DataHubRow>();
  for (const row of base.tables.ggk) {
    if (base.registerByCode.has(row.municipality))
      hub.set(`${row.domain}|${row.municipality}`, row);
  }
  return {
    connected,
    hub,
    connectedCounts: new Map(
      FACILITIES.map(({ facility }) => [facility, countWhere(connected, facility, (c) => c)]),
    ),
    activeCounts: new Map(
      DOMAINS.map(({ domain }) => [domain, countWhere(hub, domain, (r) => r.active)]),
    ),
    couplingCounts: new Map(
      DOMAINS.map(({ domain }) => [
        domain,
        countWhere(hub, domain, (r) => r.channel === 'koppeling'),
      ]),
    ),
  };
}

function facilitySection(
  base: BaseContext,
  national: NationalFacilitiesNational,
  code: MunicipalityCode,
  spec: (typeof FACILITIES)[number],
): SectionDraft {
  const rules = base.methodology.nationalFacilities;
  const own = national.connected.get(`${spec.facility}|${code}`);
  const counts = national.connectedCounts.get(spec.facility) ?? NONE;
  const rating: Rating = own === undefined ? 'no data' : own ? rules.connected : rules.notConnected;
  const shown = figure(
    spec.section,
    spec.id,
    `${spec.name} in gebruik`,
    own === undefined ? noDataMeasure() : textMeasure(formatYesNo(own)),
    comparison(
      'national-count',
      countMeasure(counts.matching),
      counts.reported,
      'Aantal gemeenten aangesloten',
    ),
    rating,
    own === undefined ? `De rapportage over ${spec.name} noemt uw gemeente niet.` : null,
  );
  return {
    section: { id: spec.section, title: spec.name, figures: [shown], tables: [], notes: [] },
    tiles: [tileFor('landelijke-voorzieningen', spec.id, spec.name, shown)],
  };
}

function dataHubSection(
  base: BaseContext,
  national: NationalFacilitiesNational,
  code: MunicipalityCode,
): SectionDraft {
  const rules = base.methodology.dataHub;
  const draft: SectionDraft = {
    section: {
      id: '3.5',
      title: 'Gemeentelijk Gegevensknooppunt (GGk)',
      figures: [],
      tables: [],
      notes: [],
    },
    tiles: [],
  };
  for (const spec of DOMAINS) {
    const own = national.hub.get(`${spec.domain}|${code}`);
    const active = national.activeCounts.get(spec.domain) ?? NONE;
    const coupled = national.couplingCounts.get(spec.domain) ?? NONE;
    const missing = `De GGk-rapportage noemt uw gemeente niet voor ${spec.name}.`;
    const activity = figure(
      '3.5',
      `ggk_${spec.id}_actief`,
      `Laatste maand actief ${spec.name}`,
      own === undefined ? noDataMeasure() : textMeasure(formatYesNo(own.active)),
      comparison(
        'national-count',
        countMeasure(active.matching),
        active.reported,
        'Aantal gemeenten actief',
      ),
      own === undefined ? 'no data' : own.active ? rules.active : rules.inactive,
      own === undefined ? missing : null,
    );
    const channel = figure(
      '3.5',
      `ggk_${spec.id}_kanaal`,
      `Kanaal ${spec.name}`,
      own === undefined ? noDataMeasure() : textMeasure(CHANNEL_TEXT[own.channel]),
      comparison(
        'national-count',
        countMeasure(coupled.matching),
        coupled.reported,
        'Aantal gemeenten met een koppeling',
      ),
      null,
    );
    draft.section.figures.push(activity, channel);
    draft.tiles.push(
      tileFor(
        'landelijke-voorzieningen',
        `ggk_${spec.id}`,
        `Gemeentelijk gegevensknooppunt ${spec.name}`,
        activity,
      ),
    );
  }
  return draft;
}

export function buildNationalFacilities(
  base: BaseContext,
  national: NationalFacilitiesNational,
  code: MunicipalityCode,
): SectionDraft[] {
  return [
    ...FACILITIES.map((spec) => facilitySection(base, national, code, spec)),
    dataHubSection(base, national, code),
  ];
}
