/**
 * The engine a worker computes with, built once per run and reference date: every job of a
 * run shares it, and a new run (perhaps after a new import) builds a new one.
 */
import { engineAt } from '../delivery/render.ts';
import type { Engine } from '../engine/index.ts';
import type { Store } from '../store/open.ts';

export interface EngineCache {
  /** The engine, and how long building it took in this call (0 when it was cached). */
  get(run: string, referenceDate: string): Promise<{ engine: Engine; builtMs: number }>;
}

export function engineCache(store: Store): EngineCache {
  let current: { key: string; engine: Promise<Engine> } | null = null;
  return {
    async get(run, referenceDate) {
      const key = `${run}|${referenceDate}`;
      if (current?.key === key) return { engine: await current.engine, builtMs: 0 };
      const started = performance.now();
      const engine = engineAt(store, referenceDate);
      current = { key, engine };
      // A failed build is not kept: the job's retry builds again.
      engine.catch(() => {
        if (current?.engine === engine) current = null;
      });
      return { engine: await engine, builtMs: performance.now() - started };
    },
  };
}
