export * from './hours';
export * from './parse-csv';
export * from './validate-rows';
export * from './daily-release';
