/**
 * Names what the reader makes of a text: the parse cache keeps results per reader version, so
 * bump it whenever the same text reads differently (2: conflict markers are unparseable).
 */
export const READER_VERSION = 'reader-2';
