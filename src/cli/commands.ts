/**
 * The list of commands. Each entry is a `register*` function living in the command's own
 * `*.command.ts` file, which wires options with commander and imports the heavy module lazily.
 */
import type { Wiring } from './program.js';
import { registerTargets } from './targets.command.js';
import { registerCheck } from './check.js';
import { registerInspect } from './inspect.js';
import { registerExplain } from './explain.js';
import { registerReconcile } from './reconcile.js';
import { registerVerify } from './verify.js';
import { registerTemplate } from './template.command.js';

export const COMMANDS: ((wire: Wiring) => void)[] = [registerCheck, registerInspect, registerTargets, registerExplain, registerReconcile, registerVerify, registerTemplate];
