#!/usr/bin/env node
// The `plan` command: hands the process's arguments and output to main() and exits with its code.
import { createRequire } from 'node:module';
import { main } from '../dist/cli/main.js';

// Built-ins through require(): the ESM view of node:fs would load Node's streams (see the build).
const require = createRequire(import.meta.url);
const { fstatSync, statSync, writeSync } = require('node:fs');

/**
 * Standard output or error, written straight to its file descriptor: process.stdout would load
 * Node's stream, net and tty modules on every run, for a few lines of text (start-up is a
 * feature). A pipe that cannot take more now (EAGAIN) hands over to the stream for the rest, so
 * the order is kept. A reader that went away (`plan check | head`) is not an error worth a trace.
 */
function nullDevice() {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return undefined; // not a Unix system
  }
}

function output(fd, stream) {
  let handedOver;
  const closed = () => process.exit(process.exitCode ?? 0);
  return {
    write(text) {
      if (handedOver) return handedOver.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          if (error.code === 'EPIPE') closed();
          if (error.code !== 'EAGAIN') throw error;
          handedOver = stream();
          handedOver.on('error', (e) => {
            if (e.code !== 'EPIPE') throw e;
            closed();
          });
          return handedOver.write(bytes.subarray(offset));
        }
      }
      return true;
    },
    /** The width of a terminal (`plan due` fits its table to it). */
    get columns() {
      return this.isTTY ? stream().columns : undefined;
    },
    get isTTY() {
      // Only a character device can be a terminal, and /dev/null is none: the tty module is
      // loaded for the others alone.
      try {
        const stat = fstatSync(fd);
        if (!stat.isCharacterDevice() || stat.rdev === nullDevice()) return false;
        return require('node:tty').isatty(fd);
      } catch {
        return false;
      }
    },
  };
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: output(1, () => process.stdout),
  stderr: output(2, () => process.stderr),
});
