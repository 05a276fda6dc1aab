/**
 * 1.4 The 14+ phone number: the municipality's status and how many are operational.
 */
import type { Rating } from '../report/model.ts';
import type { MunicipalityCode, Phone14Status } from '../sources/tables.ts';
import type { BaseContext } from './context.ts';
import { countMeasure, noDataMeasure, textMeasure } from './measure.ts';
import { comparison, figure, type SectionDraft, tileFor } from './section.ts';

export interface Phone14National {
  status: Map<MunicipalityCode, Phone14Status>;
  operational: number;
}

export function preparePhone14(base: BaseContext): Phone14National {
  const status = new Map<MunicipalityCode, Phone14Status>();
  for (const row of base.tables.telefonie14) {
    if (base.registerByCode.has(row.municipality)) status.set(row.municipality, row.status);
  }
  const operational = [...status.values()].filter((s) => s === 'operationeel').length;
  return { status, operational };
}

const STATUS_TEXT: Record<Phone14Status, string> = {
  operationeel: 'operationeel',
  'technisch aangesloten': 'technisch aangesloten, nog niet operationeel',
  'niet aangesloten': 'niet aangesloten',
};

export function buildPhone14(
  base: BaseContext,
  national: Phone14National,
  code: MunicipalityCode,
): SectionDraft {
  const rules = base.methodology.phone14;
  const status = national.status.get(code);
  const ratings: Record<Phone14Status, Rating> = {
    operationeel: rules.operational,
    'technisch aangesloten': rules.technicallyConnected,
    'niet aangesloten': rules.notConnected,
  };
  const shown = figure(
    '1.4',
    'telefonie14',
    '14+ nummer operationeel in gebruik',
    status === undefined ? noDataMeasure() : textMeasure(status === 'operationeel' ? 'Ja' : 'Nee'),
    comparison(
      'national-count',
      countMeasure(national.operational),
      national.status.size,
      'Aantal gemeenten operationeel',
    ),
    status === undefined ? 'no data' : ratings[status],
    status === undefined
      ? 'De voortgangsrapportage 14+ noemt uw gemeente niet.'
      : `Status: ${STATUS_TEXT[status]}.`,
  );
  return {
    section: { id: '1.4', title: 'Telefonie 14+', figures: [shown], tables: [], notes: [] },
    tiles: [tileFor('dienstverlening', 'telefonie14', 'Telefonie 14+', shown)],
  };
}
