#!/usr/bin/env node
/**
 * After `npm run build`: writes dist/targets/bundled-values.json, the YAML values of the bundled target
 * files by SHA-256 of their bytes, so `targets list` and `check` skip the YAML parse for them (start-up budget).
 * Run by `npm run build` after tsc.
 */
import { bundledTargetPaths } from '../dist/targets/catalogue.js';
import { writeBundledValues } from '../dist/targets/validate-target-file.js';

const files = bundledTargetPaths();
const written = writeBundledValues(files);
if (written !== files.length) process.stderr.write(`bundled-values.json: only ${written} of ${files.length} target files cached\n`);
