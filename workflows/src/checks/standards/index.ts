export { computeAqi, aqiPollutants } from './compute-aqi';
export type { AqiConcentrations, AqiPollutant, AqiResult, ComputeAqiInput } from './compute-aqi';
export { aqiStandardForDate } from './aqi-standard-for-date';
export { classifySurfaceWater } from './classify-surface-water';
export type { ClassifySurfaceWaterInput, SurfaceWaterClassification } from './classify-surface-water';
