// The YAML parser's plain `parse`, as a module of its own so that a lazy `import()` of it loads
// the parser only when a config file is there to read.
export { parse } from 'yaml';
