/** The schema reader: what a revision's upgrade() creates, drops and changes, read from its text. */
export { readUpgrade } from './read-upgrade.js';
export { typeFromCatalogue, typeMatches } from './column-types.js';
export type { CellValue, ColumnType, ObjectExpectation, ObjectKind, UnknownReason, UnknownStep, UpgradeReading } from './schema-types.js';
