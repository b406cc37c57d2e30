/**
 * The SARIF 2.1.0 JSON schema as a validator. The schema comes from the npm package
 * @microsoft/jest-sarif (MIT; `sarif-2.1.0-rtm.5.json`, the schema of the OASIS standard), and
 * Ajv's draft-04 build validates with formats (`uri`, `uri-reference`, `date-time`) switched on.
 * That schema's `language` pattern is not a valid `u`-flag regular expression (a stray `]`), so
 * patterns are compiled without the flag, as a draft-04 validator would.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Both packages are CommonJS with a `default` export; required as such, they type-check under nodenext.
const Ajv = (require('ajv-draft-04') as typeof import('ajv-draft-04')).default;
const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

/** The schema's complaints about `log` (empty when it is a valid SARIF 2.1.0 log). */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e: { instancePath: string; message?: string; keyword: string; params: unknown }) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}
