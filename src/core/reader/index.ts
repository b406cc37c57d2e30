/** The static reader's public surface: decode bytes, select revision files, read them, resolve label constants. */

export { READER_VERSION } from './reader-version.js';
export { decodeSource, encodeSource } from './decode-source.js';
export { compareLoadOrder, isRevisionFileName, normaliseDir, selectRevisionFiles, symlinkNameCompat } from './select-revision-files.js';
export { mergeInLoadOrder } from './merge-in-load-order.js';
export { readRevisionFile, REVISION_FIELDS } from './read-revision-file.js';
export { labelConstantImports, moduleCandidatePaths, resolveLabelConstants, type LabelConstantNeed } from './resolve-label-constants.js';
