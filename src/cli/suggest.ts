/** Moved to src/pipeline (the library uses it too); kept for the help texts' imports. */
export { closest, distance } from '../pipeline/suggest.js';
