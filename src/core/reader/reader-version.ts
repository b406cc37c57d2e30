/**
 * Names what the reader makes of a text: the parse cache and the tree summaries keep results per
 * reader version, so bump it whenever the same text reads differently (2: conflict markers are
 * unparseable; 3: merges record emptyMigration, alembic-compat problems, constant string
 * expressions, compile errors; 4: the summaries' and the parse cache's compact form carry all of 3).
 */
export const READER_VERSION = 'reader-4';
