/**
 * The shape of one methodology version: every threshold, peer-group rule, rating rule and
 * display precision the engine uses. Nothing of this kind lives anywhere else in the code.
 */
import type { Rating } from '../report/model.ts';
import type { IsoDate, PortfolioStatus, TableName } from '../sources/tables.ts';

/**
 * How a value compared with a reference is rated. `zero` (when set) wins when the value is 0,
 * e.g. "no standard registered is not ok".
 *
 * @example { above: 'ok', equal: 'attention', below: 'not ok' } // 1.1 digital maturity
 */
export interface ComparisonRule {
  above: Rating;
  equal: Rating;
  below: Rating;
  zero?: Rating;
}

/** Digits after the decimal comma for each kind of shown value (half-up rounding). */
export interface DisplayPrecision {
  percent: number;
  count: number;
  satisfaction: number;
  portfolioManagementMean: number;
  facilitiesNationalMean: number;
  duplicatesPeerMean: number;
  standardsPeerMean: number;
  saasPeerMean: number;
  packagesMean: number;
  couplingsMean: number;
}

export interface SourceSetting {
  /** Dutch name of the source, as appendix 3 shows it. */
  source: string;
  /** Dutch refresh rhythm. */
  refresh: string;
  /** How the data date is shown: a day, a month or a year. */
  shownAs: 'day' | 'month' | 'year';
}

export interface Methodology {
  version: string;
  /** Date from which this version is in force. */
  effectiveFrom: IsoDate;
  maturity: {
    /** Levels listed as opportunities (0% and 33%). */
    opportunityLevels: number[];
    /** The level counted in "municipalities scoring 100%". */
    bestLevel: number;
    /** Name of the reference component whose packages count as e-forms packages. */
    eFormsComponentName: string;
    rule: ComparisonRule;
  };
  satisfaction: { rule: ComparisonRule };
  facilities: { rule: ComparisonRule };
  phone14: { operational: Rating; technicallyConnected: Rating; notConnected: Rating };
  catalogue: {
    /** Statuses that count as "in use" / "filled". */
    inUseStatuses: PortfolioStatus[];
    /** The production status (2.3 and portfolio management count against it). */
    productionStatus: PortfolioStatus;
    stars: {
      componentsLow: number;
      componentsHigh: number;
      plannedStatuses: PortfolioStatus[];
      plannedMinimum: number;
      couplingsMinimum: number;
      /** Star 5 when fewer than this many days passed since the last change. */
      recentChangeDays: number;
    };
    use: {
      /** "More than 40 reference components filled". */
      componentsMoreThan: number;
      recentChangeDays: number;
      bothMet: Rating;
      oneMet: Rating;
      noneMet: Rating;
    };
    /** Tiles 2.2 to 2.5 rate no data below this many filled components. */
    gateFewerThan: number;
    changeNormDays: number;
    duplicatesRule: ComparisonRule;
    replaceNorm: number;
    replaceRule: ComparisonRule;
    standardsRule: ComparisonRule;
    saasOffers: ('saas' | 'beide')[];
    saasRule: ComparisonRule;
  };
  nationalFacilities: { connected: Rating; notConnected: Rating };
  dataHub: { active: Rating; inactive: Rating };
  display: DisplayPrecision;
  sources: Record<TableName, SourceSetting>;
}

/** One entry of the version history (appendix 4); older versions exist only as history. */
export interface VersionHistoryEntry {
  version: string;
  date: IsoDate;
  changes: string[];
}
