import { yamlWords, type DetailCase, type Wording, type YamlCode } from './yaml-codes.js';

/** Each YAML problem in English: what it is, and how to fix it. */
const problems: Record<YamlCode, Wording> = {
  ALIAS_PROPS: ['An alias * has an anchor & or a tag !', 'Remove the anchor or tag before the alias *.'],
  BAD_ALIAS: ['An alias * names no anchor & (or the name is empty)', 'Set the anchor "&name" on the original value before the alias "*name"; quote text that starts with * or &.'],
  ALIAS_LIMIT: ['Too many nested aliases * (the file may be malicious)', 'Plan files need no nested aliases: write the values out.'],
  BAD_COLLECTION_TYPE: ['A tag (!!...) does not fit the kind of value', 'Remove the !!... tag: plan files need no tags.'],
  BAD_DIRECTIVE: ['A % directive is not valid', 'Remove the line starting with "%": plan files need no directives.'],
  BAD_DQ_ESCAPE: ['A double-quoted text has a wrong escape', 'Inside double quotes "\\" goes with n, t, ", \\ ...; write "\\\\" for a backslash, or use single quotes.'],
  BAD_INDENT: ['Wrong indentation', 'Keys of one map line up; a child is indented 2 spaces more than its parent.'],
  BAD_PROP_ORDER: ['An anchor & or tag ! is misplaced', 'Put anchors and tags right before the value, after "-" or ":".'],
  BAD_SCALAR_START: ['A value starts with a special character', 'Quote text that starts with @, `, %, *, & or !.'],
  BLOCK_AS_IMPLICIT_KEY: ['Two ":" on one line', 'Put text containing ": " in double quotes, or after ">-" on its own line.'],
  BLOCK_IN_FLOW: ['A block inside [ ] or { }', 'Write the list as "- " lines, not inside square brackets.'],
  DUPLICATE_KEY: ['A key appears twice in the same map', 'Keep one line and delete the other.'],
  IMPOSSIBLE: ['The YAML structure cannot be read here', 'Check the line: there may be text after a "#" comment or after "|", ">"; rewrite it after the schema ("plan schema").'],
  KEY_OVER_1024_CHARS: ['A key is longer than 1024 characters', 'A line break may be missing, or long text sits where a key goes: write "key: >-" and the text on the lines below, indented.'],
  MISSING_CHAR: ['A closing quote or bracket is missing', 'Close the quote or bracket that was opened, or drop the quotes.'],
  MULTILINE_IMPLICIT_KEY: ['A key runs over several lines', 'A ":" may be missing after a key above, or long text belongs after ">-".'],
  MULTIPLE_ANCHORS: ['A value has several anchors &', 'Keep one anchor per value.'],
  MULTIPLE_DOCS: ['The file has several YAML documents (separated by "---")', 'One document per file: move what follows "---" to a file of its own.'],
  MULTIPLE_TAGS: ['A value has several tags', 'Keep at most one tag per value (plan files need none).'],
  NON_STRING_KEY: ['A key is not text (a list or a map)', 'Keys are text: remove the [ ] or { } around the key.'],
  RESOURCE_EXHAUSTION: ['Values nested too deep (the file may be damaged or malicious)', 'No plan nests that deep: check the brackets [ ] { } and the indentation around this place.'],
  TAB_AS_INDENT: ['A tab used for indentation', 'YAML indents with spaces only: replace the tab with spaces.'],
  TAG_RESOLVE_FAILED: ['An unknown tag (!...)', 'Remove the ! tag; quote text that starts with "!".'],
  UNEXPECTED_TOKEN: ['An unexpected character', 'Put text containing ":" or "#" in double quotes, or after ">-" on its own line.'],
};

/** The common cases the package's detail tells apart (see `detailCases`). */
const details: Record<DetailCase, Wording> = {
  'open-sequence': ['A "[" is not closed with "]"', 'Close the list with "]" on the same line, or write it as "- " lines.'],
  'open-map': ['A "{" is not closed with "}"', 'Close the map with "}" on the same line, or write one field per line.'],
  'nested-compact': ['Two ":" on one line (text containing ": " without quotes)', 'Put text containing ": " in double quotes, or after ">-" on its own line.'],
  'multiline-key': ['A key runs over several lines (a ":" may be missing above)', 'Add the ":" after the key above, or write long text after ">-".'],
  'key-without-value': ['A key without ":"', 'Write "key: value"; a stray line of text between fields joins the value above (indented), or goes.'],
  'open-quote': ['A closing quote is missing', 'Close the quote at the end of the text, or remove the opening one.'],
  'comment-touches': ['A "#" touches the text before it', 'A comment needs a space before "#"; quote text that contains "#".'],
  'item-without-dash': ['A list item without "- "', 'Each item of a list starts with "- ", in line with the others.'],
  'not-in-line': ['Keys or items of one level are not in line', 'Indent the lines of one level alike; a child 2 spaces more than its parent.'],
  'block-header': ['Text after "|" or ">"', 'Only "-", "+" or a digit may follow "|" or ">"; the text goes on the lines below, indented.'],
  'map-comment-trailing': ['Text after a comment line inside a map', 'A "#" comment takes a line of its own or the end of a line; remove the stray text or make it a field.'],
  'unresolved-alias': ['An alias * names an anchor & not set before it', 'Set the anchor "&name" on the original value before the alias "*name"; quote text that starts with *.'],
};

export const yamlProblemEn = yamlWords(problems, details);
