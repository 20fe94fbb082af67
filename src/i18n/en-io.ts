import type { Catalogue } from './catalogue.js';

/** What the system's (and the tool's own) codes mean, and what to do: one table for every message. */
const reasons: Record<string, [reason: string, hint: string]> = {
  ENOENT: ['no such file or folder', 'Check the path.'],
  EACCES: ['permission denied', 'Check the permissions of the file and its folder (ls -l), or run as a user who has them.'],
  EPERM: ['not permitted', 'Check the permissions of the file and its folder; on Windows, close the program that has it open.'],
  EROFS: ['the disk is read-only', 'Run the command on a writable copy of the plans repository.'],
  ENOSPC: ['the disk is full', 'Free some space on the disk, then run the command again.'],
  EDQUOT: ["the account's disk quota is used up", 'Delete some files or ask for a larger quota, then run the command again.'],
  EISDIR: ['it is a folder', 'Give the path of a file, or rename the folder that has the name of the file.'],
  ENOTDIR: ['part of the path is a file, not a folder', 'Check the path.'],
  EEXIST: ['a file with that name is in the way', 'Rename or move that file, or choose another path.'],
  EMFILE: ['too many open files', 'Close some programs, then run the command again.'],
  ENFILE: ['the system has too many open files', 'Close some programs, then run the command again.'],
  EIO: ['the device failed to read or write', 'Check the disk (or the connection to the network drive), then run the command again.'],
  EBUSY: ['another program holds the file', 'Close the file in Word, Excel or whatever has it open, then run the command again.'],
  ELOOP: ['the path has a loop of symbolic links', 'Fix the symbolic links on the path.'],
  ENAMETOOLONG: ['the file name or path is too long', 'Use a shorter name, or move the repository to a shallower folder.'],
  ETIMEDOUT: ['the network drive timed out', 'Check the connection to the network drive, then run the command again.'],
  ESTALE: ['the file on the network drive is no longer valid', 'Reconnect the network drive, then run the command again.'],
  ENOTREG: ['it is not a regular file but a FIFO, a device or a socket', 'Give the path of a regular file.'],
  EREADONLY: ['the file is set read-only', 'To change it, make it writable (chmod u+w, or clear "Read-only" in its Properties), then run the command again.'],
  ELOCKED: ['another plan command is writing this file', 'Wait for it to finish, then run the command again.'],
  ECHANGED: [
    'the file kept being changed elsewhere while plan was writing it, so plan wrote nothing',
    'Save and close the file in your editor, then run the command again.',
  ],
};

const actions = { read: 'read', write: 'write', list: 'list', lock: 'lock for writing' } as const;

/** "permission denied (EACCES)": the words of a code, with the code for whoever searches for it. */
export function ioReasonEn(code: string): string {
  const known = reasons[code];
  return known ? `${known[0]} (${code})` : `system error ${code}`;
}

/** What to do about a code. */
export function ioHintEn(code: string): string {
  return reasons[code]?.[1] ?? 'Check the file, its folder and the disk, then run the command again.';
}

export const ioEn: Catalogue['io'] = {
  reason: ioReasonEn,
  failed: ({ action, path, code, holder }) => {
    const hint = ioHintEn(code);
    // No path: what the command prints, to a full disk or a closed pipe (`plan due > /dev/full`).
    const what = path === '' ? 'to standard output' : action === 'list' ? `the folder "${path}"` : `"${path}"`;
    const who = code === 'ELOCKED' && holder ? ` (process ${holder.pid} on ${holder.host})` : '';
    const more =
      code === 'ELOCKED'
        ? ` If you are sure no plan command is running, delete "${path}.lock".`
        : action === 'write' && path !== '' && !['ECHANGED', 'EISDIR', 'ENOTREG'].includes(code)
          ? ' The old file, if any, is unchanged.'
          : '';
    return `Cannot ${actions[action]} ${what}: ${ioReasonEn(code)}${who}. ${hint}${more}`;
  },
};
