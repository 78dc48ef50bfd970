/**
 * Writing fixed text back without ever losing a draft: a temporary file in
 * the same folder, flushed to disk, then renamed over the original, with the
 * original's mode (and owner, where permitted). Nothing is written when the
 * file no longer holds the bytes that were checked.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import * as path from 'node:path';

export type WriteOutcome = 'written' | 'changed-meanwhile';

export function writeIfUnchanged(file: string, original: Uint8Array, content: Uint8Array): WriteOutcome {
  const target = realpathSync(file);
  const before = statSync(target);
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
