/**
 * The last guard before anything is printed: the password of any `scheme://user:password@host`
 * in a text becomes `***`. migcheck db redacts the passwords it knows exactly (src/db); this
 * pattern also covers a URL echoed back from the command line (an argument too many, an option
 * given twice) and one a driver derived. Tiny on purpose: the one catch of every run uses it.
 */
export function hideUrlPasswords(text: string): string {
  // Greedy to the last `@` of the word: an unencoded `@` or `/` inside a password is hidden too.
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)\S*@/gi, '$1***@');
}
