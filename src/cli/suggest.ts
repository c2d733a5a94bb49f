/** Moved to src/pipeline (the library uses it too); kept for the help texts' imports. */
export { closest } from '../pipeline/suggest.js';
