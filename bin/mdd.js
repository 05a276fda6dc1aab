#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so there is no build step to forget.
// The project's tsconfig is named explicitly: tsx would otherwise look for one in the current
// directory, and the JSX views need its jsxImportSource from any directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
