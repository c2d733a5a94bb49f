#!/usr/bin/env node
/**
 * After `npm run build`: writes dist/targets/bundled-values.json, the YAML values of the bundled target
 * files by SHA-256 of their bytes, so `targets list` and `check` skip the YAML parse for them (start-up budget).
 * Run by `npm run build` after tsc.
 */
/** @type {typeof import('../src/targets/catalogue.js')} typed by the source dist/ is built from */
const { bundledTargetPaths } = await import(new URL('../dist/targets/catalogue.js', import.meta.url).href);
/** @type {typeof import('../src/targets/validate-target-file.js')} */
const { writeBundledValues } = await import(new URL('../dist/targets/validate-target-file.js', import.meta.url).href);

const files = bundledTargetPaths();
const written = writeBundledValues(files);
if (written !== files.length) process.stderr.write(`bundled-values.json: only ${written} of ${files.length} target files cached\n`);
