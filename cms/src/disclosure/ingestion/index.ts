export { ensureIngestionTables, measurementsTable, batchesTable, releasesTable } from './ingestion-tables';
export { ingestBatch, type IngestBatchResult } from './ingest-batch';
export { startReleaseWorker, stopReleaseWorker, makeDueReleases } from './release-worker';
export { kickReleaseWorker } from './release-worker-registry';
export { registerMeasurementRoutes, registerMeasurementQueries } from './measurement-routes';
export { automaticChecksOf } from './release-checks';
