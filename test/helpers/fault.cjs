// Preloaded into a `plan` process (NODE_OPTIONS=--require) to make a fault the test cannot make
// without root: writes to files whose path matches PLAN_FAULT_PATH fail with PLAN_FAULT_CODE
// (ENOSPC: a full disk; EIO: a failing device), after PLAN_FAULT_AFTER bytes (default 0).
'use strict';
const fs = require('node:fs');

const pattern = new RegExp(process.env.PLAN_FAULT_PATH ?? '$^');
const code = process.env.PLAN_FAULT_CODE ?? 'ENOSPC';
const after = Number(process.env.PLAN_FAULT_AFTER ?? 0);
const watched = new Map();

function fault(syscall) {
  const error = new Error(`${code}: simulated fault, ${syscall}`);
  error.code = code;
  error.syscall = syscall;
  return error;
}

const { openSync, writeSync, closeSync, fsyncSync } = fs;
fs.openSync = function (path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  if (typeof path === 'string' && pattern.test(path)) watched.set(fd, 0);
  return fd;
};
fs.writeSync = function (fd, buffer, ...rest) {
  if (watched.has(fd)) {
    const length = typeof buffer === 'string' ? Buffer.byteLength(buffer) : buffer.length;
    const written = watched.get(fd) + length;
    if (written > after) throw fault('write');
    watched.set(fd, written);
  }
  return writeSync.call(this, fd, buffer, ...rest);
};
fs.fsyncSync = function (fd) {
  if (watched.has(fd) && code === 'EIO') throw fault('fsync');
  return fsyncSync.call(this, fd);
};
fs.closeSync = function (fd) {
  watched.delete(fd);
  return closeSync.call(this, fd);
};
