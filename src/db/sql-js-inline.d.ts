// sql.js's build with the WebAssembly inlined (one file to load or bundle); typed where it is used.
declare module 'sql.js/dist/sql-wasm-inline.js';
