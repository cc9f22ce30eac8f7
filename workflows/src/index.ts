export * from './errors';
export * from './engine';
export * from './checks/scanner';
export * from './checks/standards';
export * from './calendar';
export * from './checks/measurements';
