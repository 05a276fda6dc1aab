/**
 * Methodology version 1.15, in force from 1-4-2017. One change against 1.14: catalogue use
 * (2.1) asks for more than 45 filled reference components instead of more than 40, so that
 * "ok" means a catalogue entry that is clearly past the gate of 2.2 to 2.5 (40).
 */
import type { Methodology } from './types.ts';
import { methodology114 } from './v1-14.ts';

export const methodology115: Methodology = {
  ...methodology114,
  version: '1.15',
  effectiveFrom: '2017-04-01',
  catalogue: {
    ...methodology114.catalogue,
    use: { ...methodology114.catalogue.use, componentsMoreThan: 45 },
  },
};
