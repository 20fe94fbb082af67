/**
 * The lists of an organisation whose entries a task may name as its lead or a cooperating unit
 * (with "all-units" for every member unit). One place, for the checks, `plan due` and its output.
 */
export const nameableLists = ['departments', 'units', 'clusters', 'memberOf'] as const;
