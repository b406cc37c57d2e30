/**
 * The CRC-32 of a cache file's payload, in 8 hex digits: what tells a damaged or truncated file
 * (a full disk, a killed write, a bit flipped) from a whole one where the payload itself carries
 * no check: a kept tree is too large to hash with SHA-1 on every commit, and a tree's marks are
 * offsets nothing else vouches for. zlib's CRC is native and fast (~1 ms for 3 MB); loading node:zlib
 * costs ~2 ms, so it is loaded on the first use.
 */
export function checksum(data: Uint8Array): string {
  const { crc32 } = require('node:zlib') as typeof import('node:zlib');
  return crc32(data).toString(16).padStart(8, '0');
}
