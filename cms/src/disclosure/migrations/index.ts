export { runMigrations, migrationsTable, type Migration } from './run-migrations';
export { disclosureMigrations } from './disclosure-migrations';
