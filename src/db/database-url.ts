/**
 * Database URLs as Alembic users write them (SQLAlchemy's `postgresql+psycopg2://…`, `sqlite:///…`),
 * and the redaction that keeps a password out of every line migcheck prints: the URL shown has
 * `***` for the password, and any text (a driver's error) has the password replaced wherever it
 * appears, raw or percent-encoded.
 */
import { MigcheckError } from '../core/errors.js';
import { hideUrlPasswords } from '../core/hide-passwords.js';
import { dbInMemory, dbUnsupportedUrl, DB_URL_HINT } from '../core/messages.js';
import type { Dialect } from '../core/database/catalogue.js';

/** A parsed database URL. */
export interface DatabaseUrl {
  dialect: Dialect;
  /** What the driver connects with: `postgresql://…` without SQLAlchemy's `+driver`; a file path for SQLite. */
  target: string;
  /** The URL with its password replaced by `***`: the only form ever printed. */
  shown: string;
  /** Strings that must never be printed (the password, raw and encoded). */
  secrets: string[];
}

const SCHEME = /^([a-z][a-z0-9]*)(?:\+[a-z0-9_]+)?:\/\//i;

/** Parses `url`; a scheme migcheck does not read is an error (exit 2) that never shows the URL itself. */
export function parseDatabaseUrl(url: string, extraSecrets: readonly string[] = []): DatabaseUrl {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  const secrets = secretsOf(url, extraSecrets);
  if (scheme === 'postgresql' || scheme === 'postgres') {
    const target = url.replace(SCHEME, 'postgresql://');
    return { dialect: 'postgresql', target, shown: redactText(url, secrets), secrets };
  }
  if (scheme === 'sqlite') {
    // sqlite:///relative.db, sqlite:////absolute.db (SQLAlchemy's form); the query string is for pysqlite.
    const rest = url.replace(SCHEME, '').replace(/\?.*$/, '');
    const path = rest.startsWith('/') ? rest.slice(1) : rest;
    if (path === '' || path === ':memory:') throw new MigcheckError(dbInMemory(), { hint: DB_URL_HINT });
    return { dialect: 'sqlite', target: decodeURIComponent(path), shown: redactText(url, secrets), secrets };
  }
  throw new MigcheckError(dbUnsupportedUrl(scheme), { hint: DB_URL_HINT });
}

/** The password of a `scheme://user:password@host` URL, raw, decoded and encoded, plus `extra`. */
function secretsOf(url: string, extra: readonly string[]): string[] {
  const out = new Set<string>(extra.filter((s) => s !== ''));
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^@/?#]*)@/i.exec(url);
  const userinfo = m?.[1];
  const colon = userinfo?.indexOf(':') ?? -1;
  if (userinfo !== undefined && colon >= 0) {
    const raw = userinfo.slice(colon + 1);
    if (raw !== '') {
      out.add(raw);
      try {
        out.add(decodeURIComponent(raw));
      } catch {
        // A malformed escape: the raw form is all there is.
      }
      out.add(encodeURIComponent(raw));
    }
  }
  for (const s of [...out]) {
    if (s === '') out.delete(s);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** `text` with every secret, and the password of any URL in it, replaced by `***`. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  // Any other URL with a password (a driver may echo a URL it derived).
  return hideUrlPasswords(out);
}
