/** The static reader's public surface: decode bytes, select revision files, read them, resolve label constants. */
export { decodeSource, encodeSource } from './decode-source.js';
export { isRevisionFileName, selectRevisionFiles } from './select-revision-files.js';
export { readRevisionFile, REVISION_FIELDS } from './read-revision-file.js';
export { labelConstantImports, moduleCandidatePaths, resolveLabelConstants, type LabelConstantNeed } from './resolve-label-constants.js';
