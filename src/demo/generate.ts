/**
 * The demo history: quarter deliveries 2016Q1 to 2016Q4 made from the golden 2017Q1 delivery
 * by stepping back in time, and 2017Q2 by stepping forward. Deterministic: the same seed and
 * inputs give the same bytes. The golden delivery itself stays the 2017Q1 quarter and is only
 * read.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogueBack, catalogueForward, checkCatalogueColumns } from './catalogue.ts';
import { addDays, toDutchDate } from './dates.ts';
import {
  copyDelivery,
  type DemoDelivery,
  readDemoDelivery,
  writeDemoDelivery,
} from './delivery.ts';
import { register2016, SUCCESSOR, splitSuccessor, successorTakesOver } from './merger.ts';
import { indexPackages, type PackageIndex } from './packages.ts';
import { type DemoQuarterId, GOLDEN_QUARTER, type QuarterDates, quarterDates } from './quarters.ts';
import { createRandom, type Random } from './random.ts';
import {
  moveDataHub,
  moveFacilities,
  movePhone14,
  moveSurveys,
  previousMaturitySurvey,
} from './reports.ts';
import { cellOf } from './table.ts';

export const DEFAULT_DEMO_SEED = 20170123;

/** Where the inputs and the output live in the repository. */
export const DEMO_PATHS = {
  golden: 'data/golden-2017q1',
  register2016: 'data/cbs/gemeenten_2016_afgeleid_rvig_tabel33.csv',
  out: 'data/demo-history',
} as const;

export interface DemoOptions {
  seed: number;
  goldenFolder: string;
  registerFile: string;
  outFolder: string;
}

export interface GeneratedQuarter {
  quarter: DemoQuarterId;
  folder: string;
  files: string[];
}

const BACKWARD: DemoQuarterId[] = ['2016Q4', '2016Q3', '2016Q2', '2016Q1'];
const FORWARD: DemoQuarterId = '2017Q2';

export async function generateDemoHistory(options: DemoOptions): Promise<GeneratedQuarter[]> {
  const golden = await readDemoDelivery(options.goldenFolder);
  checkCatalogueColumns(golden);
  const packages = indexPackages(golden);
  const cbsText = await readFile(options.registerFile, 'utf8');

  // Back in time from the golden quarter, one quarter at a time.
  const made = new Map<DemoQuarterId, DemoDelivery>();
  let current = golden;
  let from = quarterDates(GOLDEN_QUARTER);
  for (const id of BACKWARD) {
    const to = quarterDates(id);
    const earlier = copyDelivery(current);
    stepBack(earlier, from, to, { seed: options.seed, packages, cbsText });
    made.set(id, earlier);
    current = earlier;
    from = to;
  }

  // Forward from the golden quarter; Meierijstad inherits Veghel's late-2016 entry.
  const late2016 = made.get('2016Q4') ?? golden;
  const later = copyDelivery(golden);
  stepForward(later, quarterDates(GOLDEN_QUARTER), quarterDates(FORWARD), late2016, {
    seed: options.seed,
    packages,
    cbsText,
  });
  made.set(FORWARD, later);

  const written: GeneratedQuarter[] = [];
  for (const id of [...BACKWARD].reverse().concat(FORWARD)) {
    const folder = join(options.outFolder, id);
    await rm(folder, { recursive: true, force: true });
    const delivery = made.get(id) as DemoDelivery;
    written.push({
      quarter: id,
      folder,
      files: await writeDemoDelivery(delivery, quarterDates(id), folder),
    });
  }
  return written;
}

interface StepInputs {
  seed: number;
  packages: PackageIndex;
  cbsText: string;
}

function stepBack(
  delivery: DemoDelivery,
  from: QuarterDates,
  to: QuarterDates,
  inputs: StepInputs,
) {
  const random = (label: string): Random => createRandom(inputs.seed, `${to.id}:${label}`);
  if (from.register !== to.register) {
    splitSuccessor(delivery, random('merger'), inputs.packages);
    delivery.gemeenten = register2016(inputs.cbsText, delivery.gemeenten);
  }
  if (from.maturity !== to.maturity) previousMaturitySurvey(delivery, random('maturity'));
  if (from.catalogue !== to.catalogue) {
    catalogueBack(delivery, to.catalogue, random('catalogue'), inputs.packages);
  }
  if (from.surveys !== to.surveys) moveSurveys(delivery, -1, random('surveys'), []);
  if (from.phone14 !== to.phone14) movePhone14(delivery, -1, random('phone14'));
  if (from.facilities !== to.facilities) moveFacilities(delivery, -1, random('facilities'));
  if (from.dataHub !== to.dataHub) moveDataHub(delivery, -1, random('datahub'));
}

function stepForward(
  delivery: DemoDelivery,
  from: QuarterDates,
  to: QuarterDates,
  late2016: DemoDelivery,
  inputs: StepInputs,
) {
  const random = (label: string): Random => createRandom(inputs.seed, `${to.id}:${label}`);
  catalogueForward(delivery, from.catalogue, to.catalogue, random('catalogue'), inputs.packages);
  const takeOver = random('merger');
  const lastChange = toDutchDate(addDays(from.catalogue, takeOver.int(60, 85)));
  successorTakesOver(delivery, late2016, lastChange, inputs.packages);

  const joinersRandom = random('joiners');
  const codes = delivery.gemeenten.rows.map((row) => cellOf(row, 0));
  const joiners = [joinersRandom.pick(codes), joinersRandom.pick(codes), joinersRandom.pick(codes)];
  moveSurveys(
    delivery,
    1,
    random('surveys'),
    joiners.filter((code) => code !== SUCCESSOR.code),
  );
  movePhone14(delivery, 1, random('phone14'));
  moveFacilities(delivery, 1, random('facilities'));
  moveDataHub(delivery, 1, random('datahub'));
}
