/** The static reader's public surface: decode bytes, select revision files, read them, resolve label constants. */

/**
 * Names what the reader makes of a text: the parse cache keeps results per reader version, so
 * bump it whenever the same text reads differently (2: conflict markers are unparseable; 3: merges
 * record emptyMigration, alembic-compat problems, constant string expressions, compile errors).
 */
export const READER_VERSION = 'reader-3';
export { decodeSource, encodeSource } from './decode-source.js';
export { compareLoadOrder, isRevisionFileName, normaliseDir, selectRevisionFiles, symlinkNameCompat } from './select-revision-files.js';
export { readRevisionFile, REVISION_FIELDS } from './read-revision-file.js';
export { labelConstantImports, moduleCandidatePaths, resolveLabelConstants, type LabelConstantNeed } from './resolve-label-constants.js';
