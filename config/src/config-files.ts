/** The configuration files, relative to the config dir. */
export const configFiles = {
  departments: 'departments.json',
  catalog: 'catalog.json',
  calendar: 'calendar.json',
  aqi: 'standards/aqi.json',
  gb3838: 'standards/gb3838.json',
  indexNumber: 'index-number.json',
  organisation: 'organisation.json',
  exemptions: 'exemptions.json',
  search: 'search.json',
  monitoring: 'monitoring.json',
} as const;
export type ConfigFileKey = keyof typeof configFiles;
