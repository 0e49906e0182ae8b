/**
 * The place resolver: which township (乡/镇/街道/苏木) a report belongs to, with its
 * county, prefecture, province and 12-digit 统计用区划代码.
 */
export { resolvePlace } from './resolve.ts'
export { loadPlaceRegistry, parsePlaceRegistry, type LoadedRegistry } from './registry.ts'
export { divisionIndex } from './division.ts'
export {
  emptyRegistry,
  type PlaceAddition,
  type PlaceAlias,
  type PlaceCorrection,
  type PlaceDiagnostic,
  type PlaceHint,
  type PlaceQuery,
  type PlaceRegistry,
  type PlaceResult,
  type Township,
} from './types.ts'
