/**
 * Writing fixed text back without ever losing a draft: a temporary file in
 * the same folder, flushed to disk, then renamed over the original, with the
 * original's mode (and owner, where permitted). Nothing is written when the
 * file no longer holds the bytes that were checked, is not a regular file, or
 * is read-only.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import * as path from 'node:path';

/**
 * - `not-a-file`: a device, a pipe or a socket (`/dev/null`, `<(...)`): renaming over
 *   it would put a file in its place, and reading a pipe again waits for ever;
 * - `read-only`: the file may not be written by this user, or by anyone (no write
 *   permission at all, as a draft locked for sign-off is): a rename needs only the
 *   folder's permission, so it would change the file all the same.
 */
export type WriteOutcome = 'written' | 'changed-meanwhile' | 'not-a-file' | 'read-only';

export function writeIfUnchanged(file: string, original: Uint8Array, content: Uint8Array): WriteOutcome {
  const target = realpathSync(file);
  const before = statSync(target);
  if (!before.isFile()) return 'not-a-file';
  if ((before.mode & 0o222) === 0 || !writable(target)) return 'read-only';
  if (!Buffer.from(readFileSync(target)).equals(Buffer.from(original))) return 'changed-meanwhile';
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = before.mode & 0o7777;
  const fd = openSync(tmp, 'wx', mode);
  try {
    try {
      let off = 0;
      while (off < content.length) off += writeSync(fd, content, off, content.length - off);
      fchmodSync(fd, mode);
      try {
        fchownSync(fd, before.uid, before.gid);
      } catch {
        // Only the owner's superuser may give a file away; the mode is what matters.
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Last look before the rename: someone may have saved the draft while it was being checked.
    if (!Buffer.from(readFileSync(target)).equals(Buffer.from(original))) {
      unlinkSync(tmp);
      return 'changed-meanwhile';
    }
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
  syncFolder(dir);
  return 'written';
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a folder; the rename itself is atomic.
  }
}
